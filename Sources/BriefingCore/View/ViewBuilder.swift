/// The view stage: builds every page of the site (SPEC §4) as a typed view (docs/templates.md) from the linked site.
struct ViewBuilder: Sendable {
    let linked: LinkedSite
    let catalog: ViewCatalog
    /// The theme's stylesheet, for the pages that must load nothing (`404.html`).
    let stylesheet: HTML
    /// Position of each country page in name order (`LinkedSite.countryPages` is sorted by name).
    let countryRank: [String: Int]
    /// The charts of the alliance and country pages and of the timeline page.
    let charts: PageCharts

    static let homeLatestCount = 10

    init(_ linked: LinkedSite, theme: Theme) {
        self.linked = linked
        var rank: [String: Int] = [:]
        for (position, code) in linked.countryPages.enumerated() { rank[code] = position }
        countryRank = rank
        catalog = ViewCatalog(linked, library: theme.library)
        stylesheet = HTML(stylesheet: theme.stylesheet)
        charts = PageCharts(linked.site)
    }

    var site: Site { linked.site }

    /// One closure per page, each building that page's view; run them on any thread (see `SiteRenderer`).
    func pages() -> [@Sendable () -> Page] {
        var pages: [@Sendable () -> Page] = [{ home() }, { allianceList() }, { countryList() }]
        pages += articlePagination.pages.map { page in { articleList(page) } }
        pages += site.articles.indices.map { index in { article(index) } }
        pages += site.alliances.indices.map { index in { alliance(index) } }
        pages += linked.countryPages.map { code in { country(code) } }
        for taxonomy in Taxonomy.allCases {
            pages.append { termList(taxonomy) }
            pages += site.config.terms(of: taxonomy).map { term in { self.term(term) } }
        }
        pages += [{ search() }, { notFound() }, { timeline() }, { sourceList() }]
        return pages
    }

    /// The names every page has, for a page at `path` in the main section `section`.
    func frame(_ path: String, kind: String, title: String, description: String = "", section: String?) -> PageFrame {
        PageFrame(
            root: HTML(escaping: SitePaths.root(from: path)),
            site: siteInfo,
            page: PageInfoView(title: HTML(escaping: title), description: HTML(escaping: description),
                               kind: HTML(escaping: kind), path: HTML(escaping: path)),
            nav: Self.sections.map { entry in
                NavEntryView(title: HTML(escaping: entry.title), path: HTML(escaping: entry.path), current: entry.path == section)
            })
    }

    var siteInfo: SiteInfoView {
        var info = SiteInfoView(title: HTML(escaping: site.config.title), description: HTML(escaping: site.config.description),
                                language: HTML(escaping: site.config.language))
        info.hasSingleFile = site.config.singleFile != .off
        return info
    }

    static let sections: [(title: String, path: String)] = [
        ("Articles", SitePaths.articles), ("Alliances", SitePaths.alliances), ("Countries", SitePaths.countries),
        ("Impacts", SitePaths.taxonomy(.impacts)), ("Roles", SitePaths.taxonomy(.roles)),
        ("Timeline", SitePaths.timeline),
    ]

    func home() -> Page {
        let values = catalog.level(for: SitePaths.home)
        let latest = Array(linked.articlesNewestFirst.prefix(Self.homeLatestCount))
        var view = HomePageView(
            frame: frame(SitePaths.home, kind: "home", title: site.config.title, description: site.config.description, section: nil),
            latest: values.articles(latest), hasMoreArticles: site.articles.count > latest.count,
            articleCount: site.articles.count, alliances: values.alliances(SiteLists.mostReferencedAlliances(linked)),
            allianceCount: site.alliances.count, countryCount: linked.countryPages.count,
            impacts: termsWithCounts(.impacts, values), roles: termsWithCounts(.roles, values))
        view.hasMoreAlliances = site.alliances.count > view.alliances.count
        return Page(path: SitePaths.home, template: "home", view: view)
    }

    private func termsWithCounts(_ taxonomy: Taxonomy, _ values: ViewCatalog.Level) -> [TermWithCountsView] {
        site.config.terms(of: taxonomy).compactMap { term in
            values.term(taxonomy, term.id).map { summary in
                TermWithCountsView(term: summary, articleCount: linked.articlesByTerm[taxonomy]?[term.id]?.count ?? 0,
                                   allianceCount: linked.alliancesByTerm[taxonomy]?[term.id]?.count ?? 0)
            }
        }
    }

    func article(_ index: Int) -> Page {
        let article = site.articles[index]
        let path = SitePaths.article(article.slug)
        let values = catalog.level(for: path)
        let body = linked.bodies[index]
        let references = linked.referencesOfArticle[index]
        let toc = body.toc.map { TocEntryView(level: $0.level, text: HTML(escaping: $0.text), id: HTML(escaping: $0.id)) }
        let allianceIndices = (references[.alliance] ?? []).compactMap { linked.allianceIndexByID[$0] }
        var detail = ArticleDetailView(
            article: values.article(index),
            updated: HTML(escaping: article.updated?.iso ?? ""), updatedDisplay: HTML(escaping: article.updated?.display ?? ""),
            bodyHTML: HTML(trusted: body.html), toc: toc, hasToc: toc.count >= 2,
            impacts: values.terms(.impacts, references[.impact] ?? []), roles: values.terms(.roles, references[.role] ?? []),
            alliances: values.alliances(allianceIndices), countries: values.countries(references[.country] ?? []),
            related: values.articles(linked.related[index]),
            readingMinutes: max(1, body.plainText.utf8.reduce(0) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 } / 200),
            reviewed: HTML(escaping: article.reviewed?.value.iso ?? ""), reviewedDisplay: HTML(escaping: article.reviewed?.value.display ?? ""))
        let sidebar = SiteLists.sidebar(references[.alliance] ?? [])
        detail.allianceCards = values.alliances(sidebar.cards.compactMap { linked.allianceIndexByID[$0] })
        detail.moreAlliances = values.alliances(sidebar.compact.compactMap { linked.allianceIndexByID[$0] })
        let view = ArticlePageView(frame: frame(path, kind: "article", title: article.title, description: article.summary,
                                                section: SitePaths.articles), article: detail)
        return Page(path: path, template: "article", view: view)
    }

    func allianceList() -> Page {
        let values = catalog.level(for: SitePaths.alliances)
        let all = linked.alliancesByName
        let split = SiteLists.alliancesByStatus(linked)
        let view = AllianceListPageView(
            frame: frame(SitePaths.alliances, kind: "alliance-list", title: "Alliances",
                         description: "Every alliance in \(site.config.title): members, kind, dates and status.", section: SitePaths.alliances),
            alliances: values.alliances(all),
            active: values.alliances(split.active), historical: values.alliances(split.historical))
        return Page(path: SitePaths.alliances, template: "alliance-list", view: view)
    }

    func alliance(_ index: Int) -> Page {
        let alliance = site.alliances[index]
        let path = SitePaths.alliance(alliance.id)
        let values = catalog.level(for: path)
        var detail = AllianceDetailView(
            alliance: values.alliance(index),
            summary: HTML(escaping: alliance.summary), membersNote: HTML(escaping: alliance.membersNote ?? ""),
            headquarters: HTML(escaping: alliance.headquarters ?? ""),
            roles: values.terms(.roles, alliance.roles.map(\.value)), impacts: values.terms(.impacts, alliance.impacts.map(\.value)),
            sources: alliance.sources.map { Self.source($0, in: linked) },
            memberships: alliance.members.compactMap { member in
                values.country(member.country.value).map { country in
                    MembershipView(country: country, joinedDisplay: HTML(escaping: member.joined?.display ?? ""),
                                   leftDisplay: HTML(escaping: member.left?.display ?? ""), isFormer: member.left != nil)
                }
            },
            articles: values.articles(linked.articlesByAlliance[alliance.id] ?? []),
            chartHTML: charts.alliance(index, path: path),
            reviewed: HTML(escaping: alliance.reviewed?.value.iso ?? ""), reviewedDisplay: HTML(escaping: alliance.reviewed?.value.display ?? ""))
        (detail.currentMemberships, detail.formerMemberships) = memberViews(alliance, values)
        let view = AlliancePageView(frame: frame(path, kind: "alliance", title: alliance.name, description: alliance.summary,
                                                 section: SitePaths.alliances), alliance: detail)
        return Page(path: path, template: "alliance", view: view)
    }

    /// `source` with every field, linked to its entry on the sources page.
    static func source(_ source: Source, in linked: LinkedSite) -> SourceView {
        SourceView(source, anchor: linked.inlineSources.anchor(of: source))
    }

    func countryList() -> Page {
        let values = catalog.level(for: SitePaths.countries)
        var byRegion: [String: [String]] = [:]
        for code in linked.countryPages {
            byRegion[site.countries[code]?.region ?? "", default: []].append(code)
        }
        let regions = byRegion.keys.sorted().map { region in
            RegionView(name: region.isEmpty ? HTML(escaping: "Other") : HTML(escaping: region),
                       countries: (byRegion[region] ?? []).compactMap { code in
                           values.country(code).map { CountryWithCountView(country: $0, allianceCount: linked.alliancesByCountry[code]?.count ?? 0) }
                       })
        }
        let view = CountryListPageView(
            frame: frame(SitePaths.countries, kind: "country-list", title: "Countries",
                         description: "Countries in \(site.config.title) and their alliances.", section: SitePaths.countries),
            regions: regions)
        return Page(path: SitePaths.countries, template: "country-list", view: view)
    }

    func country(_ code: String) -> Page {
        let path = SitePaths.country(code)
        let values = catalog.level(for: path)
        let name = site.countries[code]?.name ?? code
        let allianceIndices = SiteLists.alliances(ofCountry: code, in: linked)
        let partners = SiteLists.partners(ofCountry: code, in: linked).compactMap { partner in
            values.country(partner.code).map { PartnerView(country: $0, alliances: values.alliances(partner.alliances)) }
        }
        let summary = values.country(code) ?? CountrySummaryView(code: HTML(escaping: code), name: HTML(escaping: name),
                                                                 region: .empty, path: HTML(escaping: path))
        let detail = CountryDetailView(country: summary, alliances: values.alliances(allianceIndices), partners: partners,
                                       articles: values.articles(linked.articlesByCountry[code] ?? []),
                                       chartHTML: charts.country(code, path: path))
        let view = CountryPageView(frame: frame(path, kind: "country", title: name,
                                                description: "\(name): alliances, partners and articles.", section: SitePaths.countries),
                                   country: detail)
        return Page(path: path, template: "country", view: view)
    }

    func termList(_ taxonomy: Taxonomy) -> Page {
        let path = SitePaths.taxonomy(taxonomy)
        let values = catalog.level(for: path)
        let view = TermListPageView(
            frame: frame(path, kind: "term-list", title: taxonomy.title,
                         description: "\(taxonomy.title) in \(site.config.title).", section: path),
            taxonomy: TaxonomyView(id: HTML(escaping: taxonomy.rawValue), title: HTML(escaping: taxonomy.title), path: HTML(escaping: path)),
            terms: termsWithCounts(taxonomy, values))
        return Page(path: path, template: "term-list", view: view)
    }

    func term(_ term: TaxonomyTerm) -> Page {
        let path = SitePaths.term(term.taxonomy, term.id)
        let values = catalog.level(for: path)
        let summary = values.term(term.taxonomy, term.id)
            ?? TermSummaryView(id: HTML(escaping: term.id), title: HTML(escaping: term.title), description: HTML(escaping: term.description),
                               path: HTML(escaping: path), taxonomy: HTML(escaping: term.taxonomy.rawValue))
        let detail = TermDetailView(term: summary, taxonomyTitle: HTML(escaping: term.taxonomy.title),
                                    articles: values.articles(linked.articlesByTerm[term.taxonomy]?[term.id] ?? []),
                                    alliances: values.alliances(linked.alliancesByTerm[term.taxonomy]?[term.id] ?? []))
        let view = TermPageView(frame: frame(path, kind: "term", title: term.title, description: term.description,
                                             section: SitePaths.taxonomy(term.taxonomy)), term: detail)
        return Page(path: path, template: "term", view: view)
    }

    /// `search/index.html`: the search form, the script that searches `search/search-index.js`, and links to the
    /// full lists for readers without JavaScript.
    func search() -> Page {
        let browse: [(String, String, Int)] = [
            ("All articles", SitePaths.articles, site.articles.count),
            ("Alliances", SitePaths.alliances, site.alliances.count),
            ("Countries", SitePaths.countries, linked.countryPages.count),
            (Taxonomy.impacts.title, SitePaths.taxonomy(.impacts), site.config.impacts.count),
            (Taxonomy.roles.title, SitePaths.taxonomy(.roles), site.config.roles.count),
        ]
        let view = SearchPageView(
            frame: frame(SitePaths.search, kind: "search", title: "Search",
                         description: "Search the articles, alliances and countries of \(site.config.title).", section: nil),
            search: SearchView(indexPath: HTML(escaping: SitePaths.searchIndex),
                               browse: browse.map { BrowseEntryView(title: HTML(escaping: $0.0), path: HTML(escaping: $0.1), count: $0.2) }))
        return Page(path: SitePaths.search, template: "search", view: view)
    }

    /// `404.html`, which a web server shows for any missing address, at any depth: with `base_url` its links are
    /// absolute under it (`root` is the base URL, escaped for the attribute), so they work wherever it is shown;
    /// without, they are relative to the site root, where the file lies. Its stylesheet is inline either way.
    func notFound() -> Page {
        var frame = frame(SitePaths.notFound, kind: "not-found", title: "Page not found",
                          description: "There is no page at this address.", section: nil)
        if let baseURL = site.config.baseURL { frame.root = HTML(escaping: baseURL) }
        return Page(path: SitePaths.notFound, template: "404", view: NotFoundPageView(frame: frame, stylesHTML: stylesheet))
    }
}

extension ViewBuilder {
    /// `timeline/index.html`: every alliance from its establishment to its end, active then historical (SPEC §11).
    func timeline() -> Page {
        let active = site.alliances.count { $0.status == .active && $0.ended == nil }
        let view = TimelinePageView(
            frame: frame(SitePaths.timeline, kind: "timeline", title: "Timeline",
                         description: "Every alliance in \(site.config.title) over time, from its establishment to its end.",
                         section: SitePaths.timeline),
            chartHTML: charts.landscape(), activeCount: active, historicalCount: site.alliances.count - active)
        return Page(path: SitePaths.timeline, template: "timeline", view: view)
    }
}

extension HTML {
    /// A stylesheet's text made safe inside `<style>`: no `</` can close the element early (`<\/` is the same CSS).
    init(stylesheet css: String) {
        self.init(trusted: css.replacingOccurrences(of: "</", with: "<\\/"))
    }
}
