import Mustache
import Synchronization

/// The shared shapes of every article, alliance, country and term (docs/templates.md, "Shared shapes"), built once
/// per entity, and their list-item fragments rendered once per entity and page depth through the theme's partials
/// (`item_html` through `partials/article-item`, …) — the equivalent of Hugo's `partialCached`.
///
/// Thread-safe: the fragments of each depth are built on first use under a `Mutex` (rendered outside it) and kept.
final class ViewCatalog: Sendable {
    let shapes: Shapes
    private let levels = Mutex<[String: Level]>([:])

    /// Names, dates, kinds and statuses in `interface`'s language; fragments get its strings as `t`.
    init(_ linked: LinkedSite, library: MustacheLibrary, interface: InterfaceLanguage) {
        shapes = Shapes(linked, library: library, interface: interface)
    }

    /// The shapes as seen from a page at `path`, whose links need the prefix `SitePaths.root(from: path)`.
    func level(for path: String) -> Level {
        let root = SitePaths.root(from: path)
        if let level = levels.withLock({ $0[root] }) { return level }
        let level = Level(shapes: shapes, root: root)
        return levels.withLock { levels in
            if let existing = levels[root] { return existing }
            levels[root] = level
            return level
        }
    }

    /// The shapes without fragments, one per entity.
    struct Shapes: Sendable {
        let site: Site
        let library: MustacheLibrary
        let texts: InterfaceTextView
        let articles: [ArticleSummaryView]
        let alliances: [AllianceSummaryView]
        let countries: [String: CountrySummaryView]
        let terms: [Taxonomy: [String: TermSummaryView]]

        init(_ linked: LinkedSite, library: MustacheLibrary, interface: InterfaceLanguage) {
            site = linked.site
            self.library = library
            texts = InterfaceTextView(interface, siteTitle: site.config.title)
            var countries: [String: CountrySummaryView] = [:]
            for country in site.countries.values {
                countries[country.code] = CountrySummaryView(
                    code: HTML(escaping: country.code), name: HTML(escaping: interface.countryName(country)),
                    region: HTML(escaping: country.region), path: HTML(escaping: SitePaths.country(country.code)))
            }
            self.countries = countries
            var terms: [Taxonomy: [String: TermSummaryView]] = [:]
            for taxonomy in Taxonomy.allCases {
                var byID: [String: TermSummaryView] = [:]
                for term in site.config.terms(of: taxonomy) {
                    byID[term.id] = TermSummaryView(
                        id: HTML(escaping: term.id), title: HTML(escaping: term.title), description: HTML(escaping: term.description),
                        path: HTML(escaping: SitePaths.term(taxonomy, term.id)), taxonomy: HTML(escaping: taxonomy.rawValue))
                }
                terms[taxonomy] = byID
            }
            self.terms = terms
            alliances = site.alliances.map { alliance in
                var value = AllianceSummaryView(
                    id: HTML(escaping: alliance.id), name: HTML(escaping: interface.allianceName(alliance)),
                    shortName: HTML(escaping: alliance.shortName ?? ""),
                    displayName: HTML(escaping: LocalizedNames.hasAllianceName(alliance, language: interface.tag) ? interface.allianceName(alliance) : alliance.displayName), path: HTML(escaping: SitePaths.alliance(alliance.id)),
                    kind: HTML(escaping: alliance.kind?.rawValue ?? ""), kindDisplay: HTML(escaping: alliance.kind.map(interface.kind) ?? ""),
                    status: HTML(escaping: alliance.status.rawValue), statusDisplay: HTML(escaping: interface.status(alliance.status)),
                    isActive: alliance.status == .active,
                    established: HTML(escaping: alliance.established.iso), establishedDisplay: HTML(escaping: interface.date(alliance.established)),
                    ended: HTML(escaping: alliance.ended?.iso ?? ""), endedDisplay: HTML(escaping: alliance.ended.map(interface.date) ?? ""),
                    memberCount: alliance.members.count,
                    memberCountText: HTML(escaping: interface.text("fact.members_count", ["count": interface.strings.number(alliance.members.count)])),
                    endedText: HTML(escaping: alliance.ended.map { interface.text("alliance.ended", ["date": interface.date($0)]) } ?? ""),
                    memberCountDisplay: HTML(escaping: interface.strings.number(alliance.members.count)))
                (value.currentMemberCount, value.formerMemberCount) = SiteLists.memberCounts(alliance)
                value.currentMemberCountDisplay = HTML(escaping: interface.strings.number(value.currentMemberCount))
                value.formerMemberCountDisplay = HTML(escaping: interface.strings.number(value.formerMemberCount))
                return value
            }
            articles = site.articles.map { article in
                ArticleSummaryView(
                    slug: HTML(escaping: article.slug), title: HTML(escaping: article.title), path: HTML(escaping: SitePaths.article(article.slug)),
                    date: HTML(escaping: article.date.iso), dateDisplay: HTML(escaping: interface.date(article.date)), summary: HTML(escaping: article.summary))
            }
        }

        /// One entity through one partial, with the links of a page at depth `root`; empty when the theme lacks the partial.
        fileprivate func fragment(_ partial: String, _ value: some TemplateView, root: HTML) -> HTML {
            var html = library.render(view: FragmentContext(value: value, root: root, texts: texts), withTemplate: partial) ?? ""
            while let last = html.last, last.isWhitespace { html.removeLast() }
            return HTML(trusted: html)
        }
    }

    /// The shapes, with their fragments, for pages at one depth below the output root.
    final class Level: Sendable {
        private let catalog: Shapes
        let root: HTML
        private let articleCache: Mutex<[ArticleSummaryView?]>
        private let allianceCache: Mutex<[AllianceSummaryView?]>
        private let countryCache = Mutex<[String: CountrySummaryView]>([:])
        private let termCache = Mutex<[Taxonomy: [String: TermSummaryView]]>([:])

        fileprivate init(shapes: Shapes, root: String) {
            catalog = shapes
            self.root = HTML(escaping: root)
            articleCache = Mutex(Array(repeating: nil, count: catalog.articles.count))
            allianceCache = Mutex(Array(repeating: nil, count: catalog.alliances.count))
        }

        func article(_ index: Int) -> ArticleSummaryView {
            if let cached = articleCache.withLock({ $0[index] }) { return cached }
            var value = catalog.articles[index]
            value.itemHTML = catalog.fragment("partials/article-item", value, root: root)
            value.fingerprint = ViewFingerprint.digest(value)
            articleCache.withLock { $0[index] = value }
            return value
        }

        func alliance(_ index: Int) -> AllianceSummaryView {
            if let cached = allianceCache.withLock({ $0[index] }) { return cached }
            var value = catalog.alliances[index]
            let alliance = catalog.site.alliances[index]
            value.members = alliance.members.compactMap { country($0.country.value) }
            let states = MemberStates(alliance)
            value.currentMembers = states.current.compactMap(country)
            value.formerMembers = states.former.compactMap(country)
            value.rowHTML = catalog.fragment("partials/alliance-row", value, root: root)
            value.cardHTML = catalog.fragment("partials/alliance-card", value, root: root)
            value.fingerprint = ViewFingerprint.digest(value)
            allianceCache.withLock { $0[index] = value }
            return value
        }

        func country(_ code: String) -> CountrySummaryView? {
            if let cached = countryCache.withLock({ $0[code] }) { return cached }
            guard var value = catalog.countries[code] else { return nil }
            value.chipHTML = catalog.fragment("partials/country-chip", value, root: root)
            value.fingerprint = ViewFingerprint.digest(value)
            countryCache.withLock { $0[code] = value }
            return value
        }

        func term(_ taxonomy: Taxonomy, _ id: String) -> TermSummaryView? {
            if let cached = termCache.withLock({ $0[taxonomy]?[id] }) { return cached }
            guard var value = catalog.terms[taxonomy]?[id] else { return nil }
            value.tagHTML = catalog.fragment("partials/term-tag", value, root: root)
            value.fingerprint = ViewFingerprint.digest(value)
            termCache.withLock { $0[taxonomy, default: [:]][id] = value }
            return value
        }

        func articles(_ indices: [Int]) -> [ArticleSummaryView] { indices.map(article) }
        func alliances(_ indices: [Int]) -> [AllianceSummaryView] { indices.map(alliance) }
        func countries(_ codes: [String]) -> [CountrySummaryView] { codes.compactMap(country) }
        func terms(_ taxonomy: Taxonomy, _ ids: [String]) -> [TermSummaryView] { ids.compactMap { term(taxonomy, $0) } }
    }
}

/// The context of a cached fragment: the entity's view and the `root` of the pages it is rendered for.
private struct FragmentContext<Value: TemplateView>: MustacheParent {
    let value: Value
    let root: HTML
    let texts: InterfaceTextView

    func child(named name: String) -> Any? {
        switch name {
        case "root": return root
        case "t": return texts
        default: return value.child(named: name)
        }
    }
}
