/// Builds every page of the site (SPEC §4) with the data its template gets (docs/templates.md).
struct PageBuilder: @unchecked Sendable {
    let linked: LinkedSite
    let values: ViewValues
    /// Position of each country page in name order (`LinkedSite.countryPages` is sorted by name).
    let countryRank: [String: Int]

    static let homeLatestCount = 10

    init(_ linked: LinkedSite, theme: Theme, jobs: Int) {
        self.linked = linked
        var rank: [String: Int] = [:]
        for (position, code) in linked.countryPages.enumerated() { rank[code] = position }
        countryRank = rank
        values = ViewValues(linked, library: theme.library)
    }

    var site: Site { linked.site }

    /// One closure per page, each building that page's data; run them on any thread (see `SiteRenderer`).
    func pages() -> [@Sendable () -> Page] {
        var pages: [@Sendable () -> Page] = [{ home() }, { articleList() }, { allianceList() }, { countryList() }]
        pages += site.articles.indices.map { index in { article(index) } }
        pages += site.alliances.indices.map { index in { alliance(index) } }
        pages += linked.countryPages.map { code in { country(code) } }
        for taxonomy in Taxonomy.allCases {
            pages.append { termList(taxonomy) }
            pages += site.config.terms(of: taxonomy).map { term in { self.term(term) } }
        }
        pages += [{ search() }, { notFound() }]
        return pages
    }

    func page(_ path: String, template: String, kind: String, title: String, description: String = "",
                      section: String?, _ data: [String: Any]) -> Page {
        var data = data
        data["root"] = SitePaths.root(from: path)
        data["site"] = [
            "title": HTMLText.escape(site.config.title), "description": HTMLText.escape(site.config.description),
            "language": HTMLText.escape(site.config.language),
        ] as [String: Any]
        data["page"] = ["title": HTMLText.escape(title), "description": HTMLText.escape(description), "kind": kind, "path": path] as [String: Any]
        data["nav"] = Self.sections.map { entry -> [String: Any] in
            ["title": entry.title, "path": entry.path, "current": entry.path == section]
        }
        return Page(path: path, template: template, data: data)
    }

    static let sections: [(title: String, path: String)] = [
        ("Articles", SitePaths.articles), ("Alliances", SitePaths.alliances), ("Countries", SitePaths.countries),
        ("Impacts", SitePaths.taxonomy(.impacts)), ("Roles", SitePaths.taxonomy(.roles)),
    ]

    private func home() -> Page {
        let values = self.values.level(for: SitePaths.home)
        let latest = Array(linked.articlesNewestFirst.prefix(Self.homeLatestCount))
        return page(SitePaths.home, template: "home", kind: "home", title: site.config.title,
                    description: site.config.description, section: nil, [
            "latest": values.articles(latest),
            "has_more_articles": site.articles.count > latest.count,
            "article_count": site.articles.count,
            "alliances": values.alliances(linked.alliancesByName),
            "alliance_count": site.alliances.count,
            "country_count": linked.countryPages.count,
            "impacts": termsWithCounts(.impacts, values),
            "roles": termsWithCounts(.roles, values),
        ])
    }

    private func termsWithCounts(_ taxonomy: Taxonomy, _ values: ViewValues.Level) -> [[String: Any]] {
        site.config.terms(of: taxonomy).compactMap { term in
            guard var value = values.term(taxonomy, term.id) else { return nil }
            value["article_count"] = linked.articlesByTerm[taxonomy]?[term.id]?.count ?? 0
            value["alliance_count"] = linked.alliancesByTerm[taxonomy]?[term.id]?.count ?? 0
            return value
        }
    }

    private func articleList() -> Page {
        let values = self.values.level(for: SitePaths.articles)
        var years: [[String: Any]] = []
        var currentYear: Int?
        var group: [Int] = []
        for index in linked.articlesNewestFirst {
            let year = site.articles[index].date.year
            if year != currentYear, let currentYear {
                years.append(["year": currentYear, "articles": values.articles(group)])
                group = []
            }
            currentYear = year
            group.append(index)
        }
        if let currentYear { years.append(["year": currentYear, "articles": values.articles(group)]) }
        return page(SitePaths.articles, template: "article-list", kind: "article-list", title: "Articles",
                    description: "All articles of \(site.config.title), newest first.", section: SitePaths.articles, [
            "articles": values.articles(linked.articlesNewestFirst),
            "years": years,
        ])
    }

    private func article(_ index: Int) -> Page {
        let values = self.values.level(for: SitePaths.article(site.articles[index].slug))
        let article = site.articles[index]
        let body = linked.bodies[index]
        let references = linked.referencesOfArticle[index]
        let toc = body.toc.map { ["level": $0.level, "text": HTMLText.escape($0.text), "id": HTMLText.escape($0.id)] as [String: Any] }
        let allianceIndices = (references[.alliance] ?? []).compactMap { linked.allianceIndexByID[$0] }
        var data = values.article(index)
        data["updated"] = article.updated?.iso ?? ""
        data["updated_display"] = article.updated?.display ?? ""
        data["body_html"] = body.html
        data["toc"] = toc
        data["has_toc"] = toc.count >= 2
        data["impacts"] = values.terms(.impacts, references[.impact] ?? [])
        data["roles"] = values.terms(.roles, references[.role] ?? [])
        data["alliances"] = values.alliances(allianceIndices)
        data["countries"] = values.countries(references[.country] ?? [])
        data["related"] = values.articles(linked.related[index])
        data["reading_minutes"] = max(1, body.plainText.utf8.reduce(0) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 } / 200)
        return page(SitePaths.article(article.slug), template: "article", kind: "article", title: article.title,
                    description: article.summary, section: SitePaths.articles, ["article": data])
    }

    private func allianceList() -> Page {
        let values = self.values.level(for: SitePaths.alliances)
        let all = linked.alliancesByName
        return page(SitePaths.alliances, template: "alliance-list", kind: "alliance-list", title: "Alliances",
                    description: "Every alliance in \(site.config.title): members, kind, dates and status.", section: SitePaths.alliances, [
            "alliances": values.alliances(all),
            "active": values.alliances(all.filter { site.alliances[$0].status == .active }),
            "historical": values.alliances(all.filter { site.alliances[$0].status == .historical }),
        ])
    }

    private func alliance(_ index: Int) -> Page {
        let values = self.values.level(for: SitePaths.alliance(site.alliances[index].id))
        let alliance = site.alliances[index]
        var data = values.alliance(index)
        data["summary"] = HTMLText.escape(alliance.summary)
        data["members_note"] = HTMLText.escape(alliance.membersNote ?? "")
        data["headquarters"] = HTMLText.escape(alliance.headquarters ?? "")
        data["roles"] = values.terms(.roles, alliance.roles.map(\.value))
        data["impacts"] = values.terms(.impacts, alliance.impacts.map(\.value))
        data["sources"] = alliance.sources.map { ["title": HTMLText.escape($0.title), "url": HTMLText.escape($0.url ?? ""), "has_url": $0.url != nil] as [String: Any] }
        data["memberships"] = alliance.members.compactMap { member -> [String: Any]? in
            guard let country = values.country(member.country.value) else { return nil }
            return ["country": country, "joined_display": member.joined?.display ?? "", "left_display": member.left?.display ?? "",
                    "is_former": member.left != nil]
        }
        data["articles"] = values.articles(linked.articlesByAlliance[alliance.id] ?? [])
        return page(SitePaths.alliance(alliance.id), template: "alliance", kind: "alliance", title: alliance.name,
                    description: alliance.summary, section: SitePaths.alliances, ["alliance": data])
    }

    private func countryList() -> Page {
        let values = self.values.level(for: SitePaths.countries)
        var byRegion: [String: [String]] = [:]
        for code in linked.countryPages {
            byRegion[site.countries[code]!.region, default: []].append(code)
        }
        let regions = byRegion.keys.sorted().map { region -> [String: Any] in
            let countries = byRegion[region]!.map { code -> [String: Any] in
                var value = values.country(code)!
                value["alliance_count"] = linked.alliancesByCountry[code]?.count ?? 0
                return value
            }
            return ["name": region.isEmpty ? "Other" : HTMLText.escape(region), "countries": countries]
        }
        return page(SitePaths.countries, template: "country-list", kind: "country-list", title: "Countries",
                    description: "Countries in \(site.config.title) and their alliances.", section: SitePaths.countries, ["regions": regions])
    }

    private func country(_ code: String) -> Page {
        let values = self.values.level(for: SitePaths.country(code))
        let country = site.countries[code]!
        let allianceIndices = linked.alliancesByCountry[code] ?? []
        var partnerAlliances: [String: [Int]] = [:]
        for index in allianceIndices {
            for member in site.alliances[index].members where member.country.value != code {
                partnerAlliances[member.country.value, default: []].append(index)
            }
        }
        let partners = partnerAlliances.keys.filter { site.countries[$0] != nil }
            .sorted { countryRank[$0, default: 0] < countryRank[$1, default: 0] }
            .map { partner -> [String: Any] in
                ["country": values.country(partner)!, "alliances": values.alliances(partnerAlliances[partner]!)]
            }
        var data = values.country(code)!
        data["alliances"] = values.alliances(allianceIndices)
        data["partners"] = partners
        data["articles"] = values.articles(linked.articlesByCountry[code] ?? [])
        return page(SitePaths.country(code), template: "country", kind: "country", title: country.name,
                    description: "\(country.name): alliances, partners and articles.", section: SitePaths.countries, ["country": data])
    }

    private func termList(_ taxonomy: Taxonomy) -> Page {
        let values = self.values.level(for: SitePaths.taxonomy(taxonomy))
        let path = SitePaths.taxonomy(taxonomy)
        return page(path, template: "term-list", kind: "term-list", title: taxonomy.title,
                    description: "\(taxonomy.title) in \(site.config.title).", section: path, [
            "taxonomy": ["id": taxonomy.rawValue, "title": taxonomy.title, "path": path] as [String: Any],
            "terms": termsWithCounts(taxonomy, values),
        ])
    }

    private func term(_ term: TaxonomyTerm) -> Page {
        let values = self.values.level(for: SitePaths.term(term.taxonomy, term.id))
        var data = values.term(term.taxonomy, term.id)!
        data["taxonomy_title"] = term.taxonomy.title
        data["articles"] = values.articles(linked.articlesByTerm[term.taxonomy]?[term.id] ?? [])
        data["alliances"] = values.alliances(linked.alliancesByTerm[term.taxonomy]?[term.id] ?? [])
        return page(SitePaths.term(term.taxonomy, term.id), template: "term", kind: "term", title: term.title,
                    description: term.description, section: SitePaths.taxonomy(term.taxonomy), ["term": data])
    }
}
