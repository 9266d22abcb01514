import Foundation

/// Builds `search/search-index.js`: a script that assigns the search index to `window.BRIEFING_SEARCH_INDEX`,
/// so the search page works from `file://` (a script loads from disk where `fetch()` of a JSON file does not).
///
/// The index holds, for every article, alliance and country, what a result shows (kind, title, path, a line of
/// facts, a text) — searched as folded substrings by `search.js` — and, for article bodies, an inverted index:
/// the sorted vocabulary of folded body words and, per word, the articles containing it (`SearchPostings`).
/// Article bodies are not copied into the index, which keeps it small. Built in time linear in the content.
struct SearchIndexBuilder {
    let linked: LinkedSite
    let jobs: Int
    /// The language of the index's result lines (dates, kinds, names); the site's first language when nil.
    var interface: InterfaceLanguage? = nil

    /// Characters of body text used as a result's text when an article has no summary.
    static let excerptLength = 200

    enum Kind: Int, CaseIterable {
        case article, alliance, country, source

        var name: String {
            switch self {
            case .article: return "Article"
            case .alliance: return "Alliance"
            case .country: return "Country"
            case .source: return "Source"
            }
        }

        /// Where a document of this kind lives, split around its id: every path is prefix + id + suffix.
        var pathParts: (prefix: String, suffix: String) {
            let marker = "\u{0}"
            let template: String
            switch self {
            case .article: template = SitePaths.article(marker)
            case .alliance: template = SitePaths.alliance(marker)
            case .country: template = SitePaths.country(marker)
            case .source: template = SitePaths.source(marker)
            }
            let parts = template.components(separatedBy: marker)
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }

    /// One searchable thing and what a result shows for it.
    struct Document {
        var kind: Kind
        /// The path segment that, between the kind's prefix and suffix, names the page.
        var id: String
        var title: String
        var meta: String
        var text: String
    }

    var site: Site { linked.site }

    func build() -> RenderedFile {
        let (words, postings) = bodyIndex()
        return file(words: words, postings: postings)
    }

    /// The index made from the previous build's `search-index.js` (`previous`) when only the bodies of the articles
    /// with the slugs `edited` changed since (`BodyOnlyEdit`): their words are taken out of every posting list and
    /// put back from their new bodies; every other article's words are the file's. Byte-identical to `build()`.
    /// Nil when `previous` is not an index this version wrote.
    func build(patching previous: [UInt8], edited: Set<String>) -> RenderedFile? {
        guard let (oldWords, oldPostings) = Self.parse(previous), oldWords.count == oldPostings.count else { return nil }
        let order = linked.articlesNewestFirst
        let editedDocuments = order.indices.filter { edited.contains(site.articles[order[$0]].slug) }
        let removed = Set(editedDocuments)
        var wordNumbers: [String: Int] = [:]
        var vocabulary: [String] = []
        var documentsOfWord: [[Int]] = []
        for (word, posting) in zip(oldWords, oldPostings) {
            let documents = SearchPostings.decode(posting)
            guard documents.allSatisfy({ $0 < order.count }) else { return nil }
            wordNumbers[word] = vocabulary.count
            vocabulary.append(word)
            documentsOfWord.append(removed.isEmpty ? documents : documents.filter { !removed.contains($0) })
        }
        for document in editedDocuments {
            for word in SearchText.words(linked.bodies[order[document]].plainText) {
                if let number = wordNumbers[word] {
                    let list = documentsOfWord[number]
                    let at = list.firstIndex { $0 > document } ?? list.count
                    documentsOfWord[number].insert(document, at: at)
                } else {
                    wordNumbers[word] = vocabulary.count
                    vocabulary.append(word)
                    documentsOfWord.append([document])
                }
            }
        }
        let kept = vocabulary.indices.filter { !documentsOfWord[$0].isEmpty }
        let sorted = kept.sorted { vocabulary[$0].utf16.lexicographicallyPrecedes(vocabulary[$1].utf16) }
        let postings = sorted.parallelMap(jobs: jobs) { SearchPostings.encode(documentsOfWord[$0]) }
        return file(words: sorted.map { vocabulary[$0] }, postings: postings)
    }

    /// The `words` and `postings` arrays of an index file `build()` wrote.
    static func parse(_ bytes: [UInt8]) -> (words: [String], postings: [String])? {
        // `memchr` for the marker's first byte, then `memcmp`: Foundation's generic `firstRange(of:)` took 4 % of
        // the CPU of a body-only build at 10,000 articles.
        func find(_ marker: String, from start: Int) -> Int? {
            let needle = Array(marker.utf8)
            return bytes.withUnsafeBytes { haystack -> Int? in
                var index = start
                while index + needle.count <= haystack.count {
                    guard let hit = memchr(haystack.baseAddress! + index, Int32(needle[0]), haystack.count - index) else { return nil }
                    index = UnsafeRawPointer(hit) - haystack.baseAddress!
                    if index + needle.count <= haystack.count, memcmp(hit, needle, needle.count) == 0 { return index }
                    index += 1
                }
                return nil
            }
        }
        let wordsMarker = "\n\"words\":[", postingsMarker = "],\n\"postings\":[", endMarker = "]};\n"
        guard let words = find(wordsMarker, from: 0), let postings = find(postingsMarker, from: words),
              let end = find(endMarker, from: postings) else { return nil }
        func strings(_ range: Range<Int>) -> [String]? {
            try? JSONDecoder().decode([String].self, from: Data([UInt8(ascii: "[")] + bytes[range] + [UInt8(ascii: "]")]))
        }
        guard let wordList = strings((words + wordsMarker.utf8.count)..<postings),
              let postingList = strings((postings + postingsMarker.utf8.count)..<end) else { return nil }
        return (wordList, postingList)
    }

    private func file(words: [String], postings: [String]) -> RenderedFile {
        let documents = self.documents()
        var out = "/* Search index of this briefing, written by briefing for search/index.html. Do not edit. */\n"
        out += "window.BRIEFING_SEARCH_INDEX = {\"version\":1,\n\"kinds\":["
        out += Kind.allCases.map { kind in
            "{\"name\":\(ScriptString.literal(kind.name)),\"prefix\":\(ScriptString.literal(kind.pathParts.prefix)),\"suffix\":\(ScriptString.literal(kind.pathParts.suffix))}"
        }.joined(separator: ",")
        out += "],\n\"docs\":[\n"
        for (index, document) in documents.enumerated() {
            if index > 0 { out += ",\n" }
            out += "[\(document.kind.rawValue),\(ScriptString.literal(document.id)),\(ScriptString.literal(document.title)),"
            out += "\(ScriptString.literal(document.meta)),\(ScriptString.literal(document.text))]"
        }
        out += "],\n\"words\":["
        out += words.map(ScriptString.literal).joined(separator: ",")
        out += "],\n\"postings\":["
        out += postings.map(ScriptString.literal).joined(separator: ",")
        out += "]};\n"
        return RenderedFile(path: SitePaths.searchIndex, bytes: Array(out.utf8))
    }

    /// Articles newest first (their numbers are the ones the postings use), then alliances and countries by name,
    /// then the sources as on the sources page (`sources(_:)`).
    func documents() -> [Document] {
        let interface = interface ?? LanguageEdition.primary(linked).interface
        var documents: [Document] = linked.articlesNewestFirst.map { index in
            let article = site.articles[index]
            let text = article.summary.isEmpty ? Self.excerpt(linked.bodies[index].plainText) : article.summary
            return Document(kind: .article, id: article.slug, title: article.title, meta: interface.date(article.date), text: text)
        }
        for index in linked.alliancesByName {
            let alliance = site.alliances[index]
            var facts: [String] = []
            if let shortName = alliance.shortName { facts.append(shortName) }
            if let kind = alliance.kind { facts.append(interface.kind(kind)) }
            let established = interface.date(alliance.established)
            facts.append(alliance.ended.map { interface.text("date.range", ["from": established, "to": interface.date($0)]) }
                         ?? interface.text("member.since", ["date": established]))
            let members = alliance.members.compactMap { site.countries[$0.country.value].map(interface.countryName) }
            var text = interface.text("search.members", ["list": interface.strings.list(members)])
            let summary = interface.allianceSummary(alliance)
            if !summary.isEmpty { text += " " + summary }
            documents.append(Document(kind: .alliance, id: alliance.id, title: interface.allianceName(alliance),
                                      meta: facts.joined(separator: " · "), text: text))
        }
        for code in linked.countryPages {
            guard let country = site.countries[code] else { continue }
            let alliances = (linked.alliancesByCountry[code] ?? []).map { index in
                let alliance = site.alliances[index]
                return LocalizedNames.hasAllianceName(alliance, language: interface.tag) ? interface.allianceName(alliance) : alliance.displayName
            }
            let text = alliances.isEmpty ? "" : interface.text("search.member_of", ["list": interface.strings.list(alliances)])
            documents.append(Document(kind: .country, id: code.lowercased(), title: interface.countryName(country),
                                      meta: country.region, text: text))
        }
        documents += sourceDocuments()
        return documents
    }

    /// One document per source of the sources page — the entries of `Content/sources.yml` by id, then the distinct
    /// inline alliance sources — pointing at its entry there (`sources/index.html#<anchor>`). Meta: publisher and
    /// publication date; text: the titles of the articles and the names of the alliances using it.
    func sourceDocuments() -> [Document] {
        let interface = interface ?? LanguageEdition.primary(linked).interface
        func document(_ source: Source, anchor: String, articles: [Int], alliances: [Int]) -> Document {
            let meta = [source.publisher, source.published.map(interface.date)].compactMap { $0 }.joined(separator: " · ")
            var uses: [String] = []
            if !articles.isEmpty {
                uses.append(interface.text("search.cited_in", ["list": articles.map { site.articles[$0].title }.joined(separator: "; ")]))
            }
            if !alliances.isEmpty {
                uses.append(interface.text("search.used_by_alliances",
                                           ["list": interface.strings.list(alliances.map { site.alliances[$0].displayName })]))
            }
            return Document(kind: .source, id: anchor, title: source.title, meta: meta, text: uses.joined(separator: " "))
        }
        var documents: [Document] = site.sources.sources.compactMap { source in
            guard let id = source.id else { return nil }
            let uses = linked.sourceUses[id] ?? SourceUses()
            return document(source, anchor: id, articles: uses.articles, alliances: uses.alliances)
        }
        for entry in linked.inlineSources.entries {
            documents.append(document(entry.source, anchor: entry.anchor, articles: [], alliances: entry.alliances))
        }
        return documents
    }

    /// The vocabulary of article bodies, sorted by UTF-16 code units (the order JavaScript compares strings in),
    /// and for each word the encoded numbers of the articles that contain it.
    func bodyIndex() -> (words: [String], postings: [String]) {
        let order = linked.articlesNewestFirst
        let wordsPerArticle = order.parallelMap(jobs: jobs) { SearchText.words(linked.bodies[$0].plainText) }
        var wordNumbers: [String: Int] = [:]
        var vocabulary: [String] = []
        var documentsOfWord: [[Int]] = []
        for (document, words) in wordsPerArticle.enumerated() {
            for word in words {
                if let number = wordNumbers[word] {
                    documentsOfWord[number].append(document)
                } else {
                    wordNumbers[word] = vocabulary.count
                    vocabulary.append(word)
                    documentsOfWord.append([document])
                }
            }
        }
        let sorted = vocabulary.indices.sorted { vocabulary[$0].utf16.lexicographicallyPrecedes(vocabulary[$1].utf16) }
        let postings = sorted.parallelMap(jobs: jobs) { SearchPostings.encode(documentsOfWord[$0]) }
        return (sorted.map { vocabulary[$0] }, postings)
    }

    /// The start of `text`, cut at a word boundary near `excerptLength` characters.
    static func excerpt(_ text: String) -> String {
        guard text.count > excerptLength else { return text }
        let cut = text.prefix(excerptLength)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}
