import Foundation
import Mustache

/// The template-facing shapes of the model (see docs/templates.md), built once per entity and shared by every page.
/// Text is HTML-escaped here, once (see `HTMLText`).
///
/// Each shape also carries its list-item HTML, rendered once per entity through the theme's partial
/// (`item_html` through `partials/article-item`, and so on) — the equivalent of Hugo's `partialCached`.
/// Links inside that HTML are relative, so it is rendered once per page depth (`root`), when first needed.
final class ViewValues: @unchecked Sendable {
    /// The shapes as seen from pages at one depth below the output root, each built on first use and kept.
    final class Level: @unchecked Sendable {
        /// Unowned: `ViewValues` keeps its levels, and outlives every use of them.
        unowned let values: ViewValues
        let root: String
        private let lock = NSLock()
        private var articleCache: [[String: Any]?]
        private var allianceCache: [[String: Any]?]
        private var countryCache: [String: [String: Any]] = [:]
        private var termCache: [Taxonomy: [String: [String: Any]]] = [:]

        init(values: ViewValues, root: String) {
            self.values = values
            self.root = root
            articleCache = Array(repeating: nil, count: values.articles.count)
            allianceCache = Array(repeating: nil, count: values.alliances.count)
        }

        func article(_ index: Int) -> [String: Any] {
            if let cached = locked({ articleCache[index] }) { return cached }
            var value = values.articles[index]
            value["item_html"] = values.fragment("partials/article-item", value, root: root)
            return locked { articleCache[index] = value; return value }
        }

        func alliance(_ index: Int) -> [String: Any] {
            if let cached = locked({ allianceCache[index] }) { return cached }
            var value = values.alliances[index]
            value["members"] = values.site.alliances[index].members.compactMap { country($0.country.value) }
            value["row_html"] = values.fragment("partials/alliance-row", value, root: root)
            value["card_html"] = values.fragment("partials/alliance-card", value, root: root)
            return locked { allianceCache[index] = value; return value }
        }

        func country(_ code: String) -> [String: Any]? {
            if let cached = locked({ countryCache[code] }) { return cached }
            guard var value = values.countries[code] else { return nil }
            value["chip_html"] = values.fragment("partials/country-chip", value, root: root)
            return locked { countryCache[code] = value; return value }
        }

        func term(_ taxonomy: Taxonomy, _ id: String) -> [String: Any]? {
            if let cached = locked({ termCache[taxonomy]?[id] }) { return cached }
            guard var value = values.terms[taxonomy]?[id] else { return nil }
            value["tag_html"] = values.fragment("partials/term-tag", value, root: root)
            return locked { termCache[taxonomy, default: [:]][id] = value; return value }
        }

        func articles(_ indices: [Int]) -> [[String: Any]] { indices.map(article) }
        func alliances(_ indices: [Int]) -> [[String: Any]] { indices.map(alliance) }
        func countries(_ codes: [String]) -> [[String: Any]] { codes.compactMap(country) }
        func terms(_ taxonomy: Taxonomy, _ ids: [String]) -> [[String: Any]] { ids.compactMap { term(taxonomy, $0) } }

        private func locked<T>(_ body: () -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body()
        }
    }

    let site: Site
    private let library: MustacheLibrary
    private let lock = NSLock()
    private var levels: [String: Level] = [:]
    fileprivate let articles: [[String: Any]]
    fileprivate let alliances: [[String: Any]]
    fileprivate let countries: [String: [String: Any]]
    fileprivate let terms: [Taxonomy: [String: [String: Any]]]

    init(_ linked: LinkedSite, library: MustacheLibrary) {
        site = linked.site
        self.library = library
        var countries: [String: [String: Any]] = [:]
        for country in site.countries.values {
            countries[country.code] = [
                "code": country.code, "name": HTMLText.escape(country.name), "region": HTMLText.escape(country.region),
                "path": SitePaths.country(country.code),
            ]
        }
        self.countries = countries
        var terms: [Taxonomy: [String: [String: Any]]] = [:]
        for taxonomy in Taxonomy.allCases {
            var byID: [String: [String: Any]] = [:]
            for term in site.config.terms(of: taxonomy) {
                byID[term.id] = [
                    "id": term.id, "title": HTMLText.escape(term.title), "description": HTMLText.escape(term.description),
                    "path": SitePaths.term(taxonomy, term.id), "taxonomy": taxonomy.rawValue,
                ]
            }
            terms[taxonomy] = byID
        }
        self.terms = terms
        alliances = site.alliances.map { alliance in
            [
                "id": alliance.id, "name": HTMLText.escape(alliance.name), "short_name": HTMLText.escape(alliance.shortName ?? ""),
                "display_name": HTMLText.escape(alliance.displayName), "path": SitePaths.alliance(alliance.id),
                "kind": alliance.kind?.rawValue ?? "", "kind_display": alliance.kind.map { $0.rawValue.capitalized } ?? "",
                "status": alliance.status.rawValue, "status_display": alliance.status.rawValue.capitalized,
                "is_active": alliance.status == .active,
                "established": alliance.established.iso, "established_display": alliance.established.display,
                "ended": alliance.ended?.iso ?? "", "ended_display": alliance.ended?.display ?? "",
                "member_count": alliance.members.count,
            ]
        }
        articles = site.articles.map { article in
            [
                "slug": article.slug, "title": HTMLText.escape(article.title), "path": SitePaths.article(article.slug),
                "date": article.date.iso, "date_display": article.date.display, "summary": HTMLText.escape(article.summary),
            ]
        }
    }

    /// The shapes for a page at `path`, whose links need the prefix `SitePaths.root(from: path)`.
    func level(for path: String) -> Level {
        let root = SitePaths.root(from: path)
        lock.lock()
        defer { lock.unlock() }
        if let level = levels[root] { return level }
        let level = Level(values: self, root: root)
        levels[root] = level
        return level
    }

    /// One entity through one partial, with the links of a page at depth `root`; empty when the theme lacks the partial.
    fileprivate func fragment(_ partial: String, _ value: [String: Any], root: String) -> String {
        var data = value
        data["root"] = root
        var html = library.render(data, withTemplate: partial) ?? ""
        while let last = html.last, last.isWhitespace { html.removeLast() }
        return html
    }
}
