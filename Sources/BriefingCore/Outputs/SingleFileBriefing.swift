import Foundation
import Mustache

/// The data of `briefing.html` (template `briefing`): the whole briefing in one self-contained file — the theme's
/// stylesheet inlined, every article oldest first with a table of contents, then an annex with the alliances,
/// the countries and the two vocabularies. Bodies are the already-rendered ones, rewritten by
/// `SingleFileLinkRewriter` so that cross-links point into the file. See docs/templates.md and docs/offline.md.
struct SingleFileBriefing {
    let linked: LinkedSite
    let theme: Theme
    let jobs: Int
    /// The language of the file: dates, names and interface strings.
    var interface: InterfaceLanguage
    /// The articles the file holds, oldest first (`single_file:`, `SiteLists.singleFileArticles`).
    let selectedArticles: [Int]
    /// The alliances of the annex, by name: every alliance when the file holds every article, else those the
    /// selected articles reference (`SiteLists.alliances(referencedBy:in:)`).
    let annexAlliances: [Int]
    /// The countries of the annex, by name: every country with a page when the file holds every article, else the
    /// members of the annex alliances and the countries the selected articles reference.
    let annexCountries: [String]
    private let selectedSet: Set<Int>
    private let annexSet: Set<Int>

    init(linked: LinkedSite, theme: Theme, jobs: Int, interface: InterfaceLanguage? = nil) {
        self.linked = linked
        self.theme = theme
        self.jobs = jobs
        self.interface = interface ?? LanguageEdition.primary(linked).interface
        let selection = linked.site.config.singleFile
        selectedArticles = SiteLists.singleFileArticles(linked, selection: selection)
        if selection == .all {
            annexAlliances = linked.alliancesByName
            annexCountries = linked.countryPages
        } else {
            annexAlliances = SiteLists.alliances(referencedBy: selectedArticles, in: linked)
            var codes: Set<String> = []
            for index in annexAlliances { codes.formUnion(linked.site.alliances[index].members.map(\.country.value)) }
            for index in selectedArticles { codes.formUnion(linked.referencesOfArticle[index][.country] ?? []) }
            annexCountries = linked.countryPages.filter { codes.contains($0) }
        }
        selectedSet = Set(selectedArticles)
        annexSet = Set(annexAlliances)
    }

    var site: Site { linked.site }
    private func date(_ date: BriefingDate?) -> HTML { html(date.map(interface.date) ?? "") }

    /// Where the frame (`page()`) holds the sections: NUL occurs neither in escaped text (`HTMLEscaping` drops
    /// control characters) nor in cmark's output (it writes U+FFFD for it), so a marker cannot be forged by content.
    static let allSectionsMarker = "\u{0}" + allSectionsName + "\u{0}"
    static func sectionMarker(_ position: Int) -> String { "\u{0}" + sectionNamePrefix + String(position) + "\u{0}" }
    private static let allSectionsName = "briefing-sections"
    private static let sectionNamePrefix = "briefing-section-"

    /// `briefing.html`, handed to `sink` piece by piece in order: the frame (template `briefing`), with each
    /// article's section rendered where the frame holds its marker, a chunk of articles at a time on `jobs` threads,
    /// so the whole file (105 MB at 10,000 articles) is never in memory. Nil when the theme has no `briefing`;
    /// else where the sections went (nil when a template prints a section twice or leaves one out).
    func write(to sink: (UnsafeRawBufferPointer) -> Void) -> SingleFileSectionMap?? {
        guard let frame = theme.render(page()) else { return nil }
        let rewriter = makeRewriter()
        let bytes = Array(frame.utf8)
        var offset = 0
        var sections: [SingleFileSectionMap.Section?] = Array(repeating: nil, count: selectedArticles.count)
        var mappable = true
        func emit(_ text: String) {
            var text = text
            text.withUTF8 { sink(UnsafeRawBufferPointer($0)) }
            offset += text.utf8.count
        }
        func emit(_ range: Range<Int>) {
            bytes[range].withUnsafeBytes { sink($0) }
            offset += range.count
        }
        func emitSection(_ position: Int, _ text: String) {
            if sections[position] != nil { mappable = false }
            sections[position] = .init(slug: site.articles[selectedArticles[position]].slug, offset: offset, length: text.utf8.count)
            emit(text)
        }
        var index = 0
        while let open = bytes[index...].firstIndex(of: 0), let close = bytes[(open + 1)...].firstIndex(of: 0) {
            let name = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
            emit(index..<open)
            if name == Self.allSectionsName {
                let chunk = max(64, 32 * jobs)
                for start in stride(from: 0, to: selectedArticles.count, by: chunk) {
                    let positions = Array(start..<min(start + chunk, selectedArticles.count))
                    let texts = positions.parallelMap(jobs: jobs) { section($0, rewriter: rewriter) }
                    for (position, text) in zip(positions, texts) {
                        if position > 0 { emit("\n") }
                        emitSection(position, text)
                    }
                }
            } else if name.hasPrefix(Self.sectionNamePrefix), let position = Int(name.dropFirst(Self.sectionNamePrefix.count)),
                      selectedArticles.indices.contains(position) {
                emitSection(position, section(position, rewriter: rewriter))
            } else {
                emit(open..<(close + 1))
            }
            index = close + 1
        }
        emit(index..<bytes.count)
        let complete = sections.compactMap { $0 }
        // `patch` copies the file front to back: every section once, in the articles' order.
        guard mappable, complete.count == sections.count,
              zip(complete, complete.dropFirst()).allSatisfy({ $0.offset + $0.length <= $1.offset }) else { return .some(nil) }
        return SingleFileSectionMap(sections: complete, fileSize: offset, fileModified: 0)
    }

    /// `briefing.html` made from the previous build's file at `previous`, described by `map`, when only the
    /// bodies of the articles `edited` (slugs) changed since (`BodyOnlyEdit`): every other byte is copied, and
    /// the edited articles' sections are rendered again. Nil when `map` does not list the file's articles in this
    /// order or the file cannot be read (the sink may then have had part of the file); then `write(to:)` is the way.
    func patch(previous: String, map: SingleFileSectionMap, edited: Set<String>,
               to sink: (UnsafeRawBufferPointer) -> Void) -> SingleFileSectionMap? {
        guard map.sections.map(\.slug) == selectedArticles.map({ site.articles[$0].slug }),
              let handle = FileHandle(forReadingAtPath: previous) else { return nil }
        defer { try? handle.close() }
        let rewriter = makeRewriter()
        var sections: [SingleFileSectionMap.Section] = []
        sections.reserveCapacity(map.sections.count)
        var written = 0
        var cursor = 0
        var failed = false
        func copy(upTo end: Int) {
            while cursor < end, !failed {
                let count = min(end - cursor, 1 << 20)
                guard (try? handle.seek(toOffset: UInt64(cursor))) != nil, let data = try? handle.read(upToCount: count), data.count == count else {
                    failed = true
                    return
                }
                data.withUnsafeBytes { sink($0) }
                cursor += count
                written += count
            }
        }
        for (position, old) in map.sections.enumerated() {
            copy(upTo: old.offset)
            if edited.contains(old.slug) {
                var text = section(position, rewriter: rewriter)
                sections.append(.init(slug: old.slug, offset: written, length: text.utf8.count))
                text.withUTF8 { sink(UnsafeRawBufferPointer($0)) }
                written += text.utf8.count
                cursor = old.offset + old.length
            } else {
                sections.append(.init(slug: old.slug, offset: written, length: old.length))
                copy(upTo: old.offset + old.length)
            }
        }
        copy(upTo: map.fileSize)
        return failed ? nil : SingleFileSectionMap(sections: sections, fileSize: written, fileModified: 0)
    }

    /// The whole of `briefing.html` in memory (tests, and builds that do not write to a staging folder).
    func html() -> String? {
        var bytes: [UInt8] = []
        guard write(to: { bytes.append(contentsOf: $0) }) != nil else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func makeRewriter() -> SingleFileLinkRewriter {
        // The rewriter writes into attribute values as they stand in the HTML, so `base_url` goes in escaped.
        let baseURL = site.config.baseURL.map { HTML(escaping: $0).markup }
        var rewriter = SingleFileLinkRewriter(targets: targets(), baseURL: baseURL, embeddedImages: embeddedImages())
        if !interface.isPrimary { rewriter.folder = interface.tag + "/" }
        return rewriter
    }

    /// The `position`th selected article through `partials/briefing-article`, its body rewritten for the file.
    private func section(_ position: Int, rewriter: SingleFileLinkRewriter) -> String {
        let index = selectedArticles[position]
        let value = article(index, body: rewriter.rewrite(linked.bodies[index].html, slug: site.articles[index].slug))
        let context = TextsContext(value: value, texts: InterfaceTextView(interface, siteTitle: site.config.title))
        return theme.library.render(view: context, withTemplate: "partials/briefing-article") ?? ""
    }

    /// The view of `briefing.html` without its articles' bodies: each article's `section_html` (and
    /// `sections_html`) is a marker that `write(to:)` replaces with the rendered section.
    func page() -> Page {
        let chronological = selectedArticles
        let texts = InterfaceTextView(interface, siteTitle: site.config.title)
        let articles: [BriefingArticleView] = Array(chronological.enumerated()).parallelMap(jobs: jobs) { position, index in
            var value = article(index, body: "")
            value.contentsHTML = HTML(trusted: (theme.library.render(view: TextsContext(value: value, texts: texts), withTemplate: "partials/briefing-contents-entry") ?? "")
                .trimmingCharacters(in: .newlines))
            value.sectionHTML = HTML(trusted: Self.sectionMarker(position))
            return value
        }
        let dates = chronological.map { site.articles[$0].date }
        let briefing = BriefingView(
            stylesHTML: HTML(stylesheet: theme.chartsStylesheet.isEmpty ? theme.stylesheet : theme.stylesheet + "\n" + theme.chartsStylesheet),
            articleCount: chronological.count, allianceCount: annexAlliances.count, countryCount: annexCountries.count,
            firstDateDisplay: date(dates.first), lastDateDisplay: date(dates.last),
            articles: articles,
            contentsHTML: HTML(trusted: articles.map(\.contentsHTML.markup).joined(separator: "\n    ")),
            sectionsHTML: HTML(trusted: Self.allSectionsMarker),
            alliances: annexAlliances.map(alliance),
            countries: annexCountries.map(country),
            impacts: terms(.impacts), roles: terms(.roles),
            sources: sourceEntries(),
            rangeText: html(interface.text("briefing.range", ["from": interface.date(dates.first ?? BriefingDate(year: 1)),
                                                              "to": interface.date(dates.last ?? BriefingDate(year: 1))])))
        let title = site.config.title
        let frame = PageFrame(
            root: .empty,
            site: SiteInfoView(title: html(title), description: html(site.config.description), language: html(interface.tag)),
            page: PageInfoView(title: html(title), description: html(site.config.description), kind: html("briefing"), path: html(SitePaths.singleFile)),
            nav: [], lang: html(interface.tag), dir: html(interface.direction.rawValue),
            t: InterfaceTextView(interface, siteTitle: title))
        return Page(path: SitePaths.singleFile, template: "briefing", view: BriefingPageView(frame: frame, briefing: briefing))
    }

    /// Every page the single file has a section for; links to the others go to the site's pages.
    func targets() -> [String: SingleFileLinkRewriter.Target] {
        typealias Rewriter = SingleFileLinkRewriter
        var targets: [String: Rewriter.Target] = [
            SitePaths.home: .anchor("top"),
            SitePaths.articles: .anchor("contents"),
            SitePaths.alliances: .anchor("annex-alliances"),
            SitePaths.countries: .anchor("annex-countries"),
        ]
        targets[SitePaths.sources] = .sources
        for index in selectedArticles {
            let slug = site.articles[index].slug
            targets[SitePaths.article(slug)] = .article(slug: slug)
        }
        for index in annexAlliances {
            let id = site.alliances[index].id
            targets[SitePaths.alliance(id)] = .anchor(Rewriter.allianceAnchor(id))
        }
        for code in annexCountries { targets[SitePaths.country(code)] = .anchor(Rewriter.countryAnchor(code)) }
        for taxonomy in Taxonomy.allCases {
            targets[SitePaths.taxonomy(taxonomy)] = .anchor("annex-" + taxonomy.rawValue)
            for term in site.config.terms(of: taxonomy) {
                targets[SitePaths.term(taxonomy, term.id)] = .anchor(Rewriter.termAnchor(taxonomy, term.id))
            }
        }
        return targets
    }

    static let imageTypes = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
                             "webp": "image/webp", "svg": "image/svg+xml", "avif": "image/avif"]

    /// `data:` URLs for the images under `Content/assets/` (only those an article shows end up in the file).
    func embeddedImages() -> [String: String] {
        var images: [String: String] = [:]
        for asset in site.assets {
            let type = Self.imageTypes[(asset as NSString).pathExtension.lowercased()]
            guard let type, let data = FileManager.default.contents(atPath: site.root + "/Content/assets/" + asset) else { continue }
            images[asset] = "data:\(type);base64," + data.base64EncodedString()
        }
        return images
    }

    private func article(_ index: Int, body: String) -> BriefingArticleView {
        typealias Rewriter = SingleFileLinkRewriter
        let article = site.articles[index]
        let references = linked.referencesOfArticle[index]
        let toc = linked.bodies[index].toc.filter { $0.level == 2 }.map { heading in
            BriefingTocEntryView(text: html(heading.text), anchor: html(Rewriter.headingAnchor(article.slug, heading.id)))
        }
        let alliances = (references[.alliance] ?? []).compactMap { linked.allianceIndexByID[$0].map { site.alliances[$0] } }
        return BriefingArticleView(
            anchor: html(Rewriter.articleAnchor(article.slug)), slug: html(article.slug), title: html(article.title),
            date: html(article.date.iso), dateDisplay: date(article.date),
            updated: html(article.updated?.iso ?? ""), updatedDisplay: date(article.updated),
            summary: html(article.summary), bodyHTML: HTML(trusted: body), toc: toc, hasToc: !toc.isEmpty,
            alliances: alliances.map(allianceLink),
            countries: (references[.country] ?? []).compactMap(countryLink),
            impacts: termLinks(.impacts, references[.impact] ?? []),
            roles: termLinks(.roles, references[.role] ?? []),
            reviewed: html(article.reviewed?.value.iso ?? ""), reviewedDisplay: html(article.reviewed?.value.display ?? ""))
    }

    private func allianceLink(_ alliance: Alliance) -> BriefingAllianceLinkView {
        BriefingAllianceLinkView(name: html(interface.allianceName(alliance)),
                                 displayName: html(LocalizedNames.hasAllianceName(alliance, language: interface.tag) ? interface.allianceName(alliance) : alliance.displayName),
                                 anchor: html(SingleFileLinkRewriter.allianceAnchor(alliance.id)))
    }

    private func alliance(_ index: Int) -> BriefingAllianceView {
        let alliance = site.alliances[index]
        let memberships = alliance.members.compactMap { member -> BriefingMembershipView? in
            guard let country = countryLink(member.country.value) else { return nil }
            return BriefingMembershipView(code: country.code, name: country.name, anchor: country.anchor,
                                          joinedDisplay: date(member.joined), leftDisplay: date(member.left),
                                          isFormer: member.left != nil, datesText: html(membershipDates(joined: member.joined, left: member.left)))
        }
        return BriefingAllianceView(
            anchor: html(SingleFileLinkRewriter.allianceAnchor(alliance.id)), id: html(alliance.id), name: html(interface.allianceName(alliance)),
            shortName: html(alliance.shortName ?? ""), displayName: html(alliance.displayName),
            kindDisplay: html(alliance.kind.map(interface.kind) ?? ""),
            status: html(alliance.status.rawValue), statusDisplay: html(interface.status(alliance.status)),
            establishedDisplay: date(alliance.established), endedDisplay: date(alliance.ended),
            headquarters: html(alliance.headquarters ?? ""), summary: html(interface.allianceSummary(alliance)), membersNote: html(alliance.membersNote ?? ""),
            memberCount: alliance.members.count, memberships: memberships,
            roles: termLinks(.roles, alliance.roles.map(\.value)), impacts: termLinks(.impacts, alliance.impacts.map(\.value)),
            sources: alliance.sources.map { ViewBuilder.source($0, in: linked) },
            articles: (linked.articlesByAlliance[alliance.id] ?? []).filter { selectedSet.contains($0) }.map(articleLink),
            reviewed: html(alliance.reviewed?.value.iso ?? ""), reviewedDisplay: html(alliance.reviewed.map { interface.date($0.value) } ?? ""),
            memberCountText: html(interface.text("fact.members_count", ["count": interface.strings.number(alliance.members.count)])))
    }

    /// The annex's sources, as on the sources page: the entries of `Content/sources.yml` by id, then the distinct
    /// inline alliance sources; each with the anchor `SingleFileLinkRewriter.sourceAnchor(_:)` of its page anchor.
    private func sourceEntries() -> [BriefingSourceView] {
        func entry(_ source: Source, anchor: String, articles: [Int], alliances: [Int]) -> BriefingSourceView {
            BriefingSourceView(source: SourceView(source, anchor: anchor), anchor: html(SingleFileLinkRewriter.sourceAnchor(anchor)),
                               articles: articles.filter { selectedSet.contains($0) }.map(articleLink),
                               alliances: alliances.filter { annexSet.contains($0) }.map { allianceLink(site.alliances[$0]) })
        }
        var entries = site.sources.sources.compactMap { source -> BriefingSourceView? in
            guard let id = source.id else { return nil }
            let uses = linked.sourceUses[id] ?? SourceUses()
            return entry(source, anchor: id, articles: uses.articles, alliances: uses.alliances)
        }
        entries += linked.inlineSources.entries.map { entry($0.source, anchor: $0.anchor, articles: [], alliances: $0.alliances) }
        return entries
    }

    private func country(_ code: String) -> BriefingCountryView {
        let link = countryLink(code)
        return BriefingCountryView(
            code: link?.code ?? html(code), name: link?.name ?? html(code), anchor: link?.anchor ?? html(SingleFileLinkRewriter.countryAnchor(code)),
            region: html(site.countries[code]?.region ?? ""),
            alliances: (linked.alliancesByCountry[code] ?? []).filter { annexSet.contains($0) }.map { allianceLink(site.alliances[$0]) })
    }

    private func terms(_ taxonomy: Taxonomy) -> [BriefingTermView] {
        site.config.terms(of: taxonomy).map { term in
            BriefingTermView(id: html(term.id), title: html(term.title), description: html(term.description),
                             anchor: html(SingleFileLinkRewriter.termAnchor(taxonomy, term.id)))
        }
    }

    private func countryLink(_ code: String) -> BriefingCountryLinkView? {
        guard let country = site.countries[code] else { return nil }
        return BriefingCountryLinkView(code: html(code), name: html(interface.countryName(country)), anchor: html(SingleFileLinkRewriter.countryAnchor(code)))
    }

    private func termLinks(_ taxonomy: Taxonomy, _ ids: [String]) -> [BriefingTermLinkView] {
        let terms = site.config.terms(of: taxonomy)
        return ids.compactMap { id in
            terms.first { $0.id == id }.map {
                BriefingTermLinkView(id: html($0.id), title: html($0.title), anchor: html(SingleFileLinkRewriter.termAnchor(taxonomy, $0.id)))
            }
        }
    }

    private func html(_ text: String) -> HTML { HTML(escaping: text) }

    /// `joined …, left …`, `joined …` or `left …` in the file's language; empty without dates.
    private func membershipDates(joined: BriefingDate?, left: BriefingDate?) -> String {
        switch (joined, left) {
        case let (joined?, left?): interface.text("member.joined_left", ["joined": interface.date(joined), "left": interface.date(left)])
        case let (joined?, nil): interface.text("member.joined", ["date": interface.date(joined)])
        case let (nil, left?): interface.text("member.left", ["date": interface.date(left)])
        case (nil, nil): ""
        }
    }

    private func articleLink(_ index: Int) -> BriefingArticleLinkView {
        let article = site.articles[index]
        return BriefingArticleLinkView(title: html(article.title), dateDisplay: date(article.date),
                                       anchor: html(SingleFileLinkRewriter.articleAnchor(article.slug)))
    }
}

/// A partial's context: the value and the interface strings as `t`.
private struct TextsContext<Value: TemplateView>: MustacheParent {
    let value: Value
    let texts: InterfaceTextView

    func child(named name: String) -> Any? {
        name == "t" ? texts : value.child(named: name)
    }
}
