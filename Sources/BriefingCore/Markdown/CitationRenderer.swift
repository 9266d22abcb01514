import BriefingMarkdown

/// The interface words of an article's Sources list; English unless the site's language supplies others.
public struct SourcesListStrings: Sendable, Hashable {
    /// The list's heading (`heading.sources` in the i18n catalogues).
    public var heading: String
    /// Before the date a source's URL was last checked: "accessed 30 November 2026".
    public var accessed: String
    /// The text of the link to an archived copy.
    public var archivedCopy: String
    /// `aria-label` of the back-link from a list entry to a citation in the text.
    public var backToCitation: String
    /// The text of the link from a list entry to the source's entry on the sources page (`source.where_used`).
    public var whereUsed: String
    /// The language dates are written in (`accessed 30 November 2026`, `١٧ سبتمبر، ٢٠٢٥`); nil for `BriefingDate.display`.
    public var dateLanguage: String? = nil

    public init(heading: String = "Sources", accessed: String = "accessed", archivedCopy: String = "archived copy",
                backToCitation: String = "Back to the citation", whereUsed: String = "Where it is used") {
        self.heading = heading
        self.accessed = accessed
        self.archivedCopy = archivedCopy
        self.backToCitation = backToCitation
        self.whereUsed = whereUsed
    }

    public static let english = SourcesListStrings()

    /// The words of `interface`'s catalogue (`heading.sources`, `source.accessed`, …) and dates in its language.
    public init(_ interface: InterfaceLanguage) {
        self.init(heading: interface.text("heading.sources"), accessed: interface.text("source.accessed"),
                  archivedCopy: interface.text("source.archived_copy"), backToCitation: interface.text("source.back_to_citation"),
                  whereUsed: interface.text("source.where_used"))
        if LanguageTag(interface.tag)?.language != "en" { dateLanguage = interface.tag }
    }
}

/// Citations in one article body (SPEC §9): `[text](cite:<id>)` renders `text` followed by a numbered `<sup>` link to
/// the article's Sources list, `[](cite:<id>)` only the number.
///
/// Numbers follow the order of first citation; a source cited again keeps its number. Citation `k` (1-based) of
/// source `n` has the id `cite-ref-n-k`; list entry `n` has the id `source-n` and links back to each of its
/// citations and to the source's entry on the sources page (`SitePaths.source(_:)`). Front matter `sources` (further
/// reading) follow the cited sources in the list, without back-links.
///
/// It works with the Markdown renderer in two steps: while cmark's tree is rendered, `marker(for:)` replaces each
/// `cite:` destination with a placeholder fragment that no link of the article uses; `finish(_:)` then replaces each
/// placeholder link by its text and the `<sup>` and appends the Sources list.
struct CitationRenderer {
    static let scheme = "cite:"

    let catalog: SourceCatalog
    let strings: SourcesListStrings
    /// `#` + a prefix no destination of the article contains, followed by the citation's index in `citations`.
    private let markerPrefix: String
    /// Source ids in the order of their numbers.
    private(set) var cited: [String] = []
    private var numberOfSource: [String: Int] = [:]
    /// Per rendered `cite:` link, in document order: the source's number and which of its citations it is; nil for
    /// an unknown source, whose link is reduced to its text.
    private var citations: [(number: Int, occurrence: Int)?] = []
    private var occurrences: [Int] = []

    init(catalog: SourceCatalog, strings: SourcesListStrings, destinations: [String]) {
        self.catalog = catalog
        self.strings = strings
        var prefix = "briefing-citation-"
        while destinations.contains(where: { $0.contains(prefix) }) { prefix = "x" + prefix }
        markerPrefix = "#" + prefix
    }

    /// `id` for `cite:id`; nil for any other destination.
    static func citedID(_ destination: String) -> String? {
        destination.hasPrefix(scheme) ? String(destination.dropFirst(scheme.count)) : nil
    }

    /// The error for a `cite:` link to a source `Content/sources.yml` does not define, else nil.
    func check(_ id: String, file: String, at location: SourceLocation) -> Diagnostic? {
        if catalog[id] != nil || catalog.isBroken(id) { return nil }
        return Self.unknownSource(id, catalog: catalog, file: file, at: location, what: "cited")
    }

    /// The `unknown-source` error for `id`, with a suggestion; nil when its entry was already reported as broken.
    static func unknownSource(_ id: String, catalog: SourceCatalog, file: String, at location: SourceLocation, what: String) -> Diagnostic? {
        if catalog.isBroken(id) { return nil }
        if id.isEmpty {
            return .error("unknown-source", file: file, at: location, "empty source id; write cite:<id> with an id from Content/sources.yml")
        }
        var message = "unknown source '\(id)' \(what)"
        let hint = Suggestion.hint(for: id, in: catalog.ids)
        if !hint.isEmpty {
            message += hint
        } else if catalog.isEmpty {
            message += "; the site has no Content/sources.yml: create it with an entry '\(id): {title: ..., url: ...}'"
        } else {
            message += "; add it to Content/sources.yml"
        }
        return .error("unknown-source", file: file, at: location, message)
    }

    /// For a `cite:` destination, met while rendering in document order: the placeholder URL of this citation.
    mutating func marker(for destination: String) -> String? {
        guard let id = Self.citedID(destination) else { return nil }
        let index = citations.count
        if catalog[id] == nil {
            citations.append(nil)
        } else {
            let number: Int
            if let known = numberOfSource[id] {
                number = known
            } else {
                cited.append(id)
                number = cited.count
                numberOfSource[id] = number
                occurrences.append(0)
            }
            occurrences[number - 1] += 1
            citations.append((number, occurrences[number - 1]))
        }
        return markerPrefix + String(index)
    }

    /// Errors for the ids of front matter `sources` that `Content/sources.yml` does not define, at their positions.
    func check(furtherReading: [Located<String>], file: String) -> [Diagnostic] {
        furtherReading.compactMap { item in
            catalog[item.value] != nil ? nil
                : Self.unknownSource(item.value, catalog: catalog, file: file, at: item.location, what: "in 'sources'")
        }
    }

    /// The rendered body with every placeholder link replaced by its text and reference number, followed by the
    /// Sources list when the article cites or lists a source; and the list's heading for the table of contents
    /// (none when the article has no list, or when a heading of the body already took the id `sources`).
    func finish(_ rendered: RenderedMarkdown, furtherReading: [Located<String>]) -> (html: String, tocEntries: [MarkdownHeading]) {
        var output = citations.isEmpty ? rendered.html : replacingMarkers(in: rendered.html)
        var entries = cited
        for item in furtherReading where catalog[item.value] != nil && !entries.contains(item.value) { entries.append(item.value) }
        guard !entries.isEmpty else { return (output, []) }
        let idTaken = rendered.headings.contains { $0.id == "sources" }
        output += "<section class=\"sources\">\n<h2" + (idTaken ? "" : " id=\"sources\"") + ">"
        output += HTMLEscaping.escape(strings.heading) + "</h2>\n<ol class=\"source-list\">\n"
        for (index, id) in entries.enumerated() {
            guard let source = catalog[id] else { continue }
            output += listEntry(source, number: index + 1, citations: index < occurrences.count ? occurrences[index] : 0)
        }
        output += "</ol>\n</section>\n"
        return (output, idTaken ? [] : [MarkdownHeading(level: 2, text: strings.heading, id: "sources")])
    }

    private func listEntry(_ source: Source, number: Int, citations: Int) -> String {
        var entry = "<li id=\"source-\(number)\">"
        if let url = source.url {
            entry += "<a href=\"\(HTMLEscaping.escape(url))\">\(HTMLEscaping.escape(source.title))</a>"
        } else {
            entry += HTMLEscaping.escape(source.title)
        }
        if let publisher = source.publisher { entry += ", " + HTMLEscaping.escape(publisher) }
        if let published = source.published { entry += ", " + time(published) }
        if let accessed = source.accessed { entry += " (" + HTMLEscaping.escape(strings.accessed) + " " + time(accessed) + ")" }
        entry += "."
        if let archive = source.archiveURL {
            entry += " <a href=\"\(HTMLEscaping.escape(archive))\">\(HTMLEscaping.escape(strings.archivedCopy))</a>."
        }
        if let id = source.id {
            // The body belongs to `articles/<slug>/index.html`, two folders below the site root.
            let href = SitePaths.root(from: SitePaths.article("x")) + SitePaths.source(id)
            entry += " <a class=\"source-uses-link\" href=\"\(HTMLEscaping.escape(href))\">\(HTMLEscaping.escape(strings.whereUsed))</a>"
        }
        let label = HTMLEscaping.escape(strings.backToCitation)
        if citations == 1 {
            entry += " <a class=\"source-backlink\" href=\"#cite-ref-\(number)-1\" aria-label=\"\(label)\">↩</a>"
        } else if citations > 1 {
            entry += " <span class=\"source-backlinks\">↩"
            for occurrence in 1...citations {
                entry += " <a href=\"#cite-ref-\(number)-\(occurrence)\" aria-label=\"\(label) \(Self.letter(occurrence))\">\(Self.letter(occurrence))</a>"
            }
            entry += "</span>"
        }
        return entry + "</li>\n"
    }

    private func time(_ date: BriefingDate) -> String {
        let text = strings.dateLanguage.map { LocalizedDateFormatter(languageTag: $0, calendars: [.gregorian]).gregorian(date) } ?? date.display
        return "<time datetime=\"\(date.iso)\">\(HTMLEscaping.escape(text))</time>"
    }

    /// `a`, `b`, … `z`, `aa`, `ab`, …: the back-link labels of a source's citations.
    static func letter(_ occurrence: Int) -> String {
        var n = occurrence
        var letters = ""
        while n > 0 {
            n -= 1
            letters = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(n % 26))) + letters
            n /= 26
        }
        return letters
    }

    /// Each `<a href="MARKER<i>" …>text</a>` becomes `text<sup …>` (or `text` alone for an unknown source).
    private func replacingMarkers(in html: String) -> String {
        let open = "<a href=\"" + markerPrefix
        var output = ""
        output.reserveCapacity(html.utf8.count + citations.count * 64)
        var rest = html[...]
        while let start = rest.range(of: open) {
            let afterPrefix = start.upperBound
            guard let quote = rest[afterPrefix...].firstIndex(of: "\""),
                  let index = Int(rest[afterPrefix..<quote]), citations.indices.contains(index),
                  let tagEnd = rest[quote...].firstIndex(of: ">"),
                  let close = rest[tagEnd...].range(of: "</a>") else {
                output += rest[..<start.upperBound]
                rest = rest[start.upperBound...]
                continue
            }
            output += rest[..<start.lowerBound]
            output += rest[rest.index(after: tagEnd)..<close.lowerBound]
            if let (number, occurrence) = citations[index] {
                output += "<sup class=\"citation\"><a href=\"#source-\(number)\" id=\"cite-ref-\(number)-\(occurrence)\">[\(number)]</a></sup>"
            }
            rest = rest[close.upperBound...]
        }
        output += rest
        return output
    }
}
