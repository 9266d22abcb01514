/// The template-facing shapes of the model (see docs/templates.md), built once per entity and shared by every page.
struct ViewValues {
    let articleSummaries: [[String: Any]]
    let allianceSummaries: [[String: Any]]
    let countrySummaries: [String: [String: Any]]
    let termSummaries: [Taxonomy: [String: [String: Any]]]

    init(_ linked: LinkedSite) {
        let site = linked.site
        var countries: [String: [String: Any]] = [:]
        for country in site.countries.values {
            countries[country.code] = [
                "code": country.code, "name": country.name, "region": country.region,
                "path": SitePaths.country(country.code),
            ]
        }
        countrySummaries = countries
        articleSummaries = site.articles.map { article in
            [
                "slug": article.slug, "title": article.title, "path": SitePaths.article(article.slug),
                "date": article.date.iso, "date_display": article.date.display, "summary": article.summary,
            ]
        }
        allianceSummaries = site.alliances.map { alliance in
            var value: [String: Any] = [
                "id": alliance.id, "name": alliance.name, "short_name": alliance.shortName ?? "",
                "display_name": alliance.displayName, "path": SitePaths.alliance(alliance.id),
                "kind": alliance.kind?.rawValue ?? "", "kind_display": alliance.kind.map { $0.rawValue.capitalized } ?? "",
                "status": alliance.status.rawValue, "status_display": alliance.status.rawValue.capitalized,
                "is_active": alliance.status == .active,
                "established": alliance.established.iso, "established_display": alliance.established.display,
                "ended": alliance.ended?.iso ?? "", "ended_display": alliance.ended?.display ?? "",
                "member_count": alliance.members.count,
            ]
            value["members"] = alliance.members.compactMap { countries[$0.country.value] }
            return value
        }
        var terms: [Taxonomy: [String: [String: Any]]] = [:]
        for taxonomy in Taxonomy.allCases {
            var byID: [String: [String: Any]] = [:]
            for term in site.config.terms(of: taxonomy) {
                byID[term.id] = [
                    "id": term.id, "title": term.title, "description": term.description,
                    "path": SitePaths.term(taxonomy, term.id), "taxonomy": taxonomy.rawValue,
                ]
            }
            terms[taxonomy] = byID
        }
        termSummaries = terms
    }

    func articles(_ indices: [Int]) -> [[String: Any]] { indices.map { articleSummaries[$0] } }
    func alliances(_ indices: [Int]) -> [[String: Any]] { indices.map { allianceSummaries[$0] } }
    func countries(_ codes: [String]) -> [[String: Any]] { codes.compactMap { countrySummaries[$0] } }
    func terms(_ taxonomy: Taxonomy, _ ids: [String]) -> [[String: Any]] { ids.compactMap { termSummaries[taxonomy]?[$0] } }
}
