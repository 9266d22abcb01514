/// The view stage: builds every page of the site (SPEC §4) as a typed view (docs/templates.md) from the linked site.
struct ViewBuilder: Sendable {
    let linked: LinkedSite
    let catalog: ViewCatalog
    let chromes: ChromeCatalog
    /// The theme's stylesheet, for the pages that must load nothing (`404.html`).
    let stylesheet: HTML
    /// The charts of the alliance and country pages and of the timeline page.
    let charts: PageCharts
    /// The language the pages are built in, and where (`edition.prefix`).
    let edition: LanguageEdition

    static let homeLatestCount = 10

    /// The pages of the site's first language (of its only one, on a one-language site).
    init(_ linked: LinkedSite, theme: Theme) {
        self.init(LanguageEdition.primary(linked), theme: theme)
    }

    /// The pages of one language of the site, at their paths under `edition.prefix`.
    init(_ edition: LanguageEdition, theme: Theme) {
        self.edition = edition
        self.linked = edition.linked
        catalog = ViewCatalog(linked, library: theme.library, interface: edition.interface)
        chromes = ChromeCatalog(library: theme.library)
        stylesheet = HTML(stylesheet: theme.stylesheet)
        charts = PageCharts(linked.site)
    }

    var site: Site { linked.site }
    var interface: InterfaceLanguage { edition.interface }
    func text(_ key: String, _ values: [String: String] = [:]) -> String { interface.text(key, values) }

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

    /// The names every page has, for a page at `path` (relative to the language's folder) in the main section
    /// `section`. `versions` are the paths of the page in each language it exists in (nil: every language, same path).
    func frame(_ path: String, kind: String, title: String, description: String = "", section: String?,
               direction: TextDirection? = nil, versions: [(language: String, path: String)]? = nil) -> PageFrame {
        let fullPath = edition.prefix + path
        let siteRoot = SitePaths.root(from: fullPath)
        let versions = versions ?? edition.languages.map { ($0.tag, path) }
        let languages = versions.compactMap { version -> LanguageLinkView? in
            guard let language = edition.languages.first(where: { $0.tag == version.language }) else { return nil }
            let prefix = language.isPrimary ? "" : language.tag + "/"
            return LanguageLinkView(lang: HTML(escaping: language.tag), dir: HTML(escaping: language.direction.rawValue),
                                    name: HTML(escaping: LanguageEdition.autonym(language.tag)),
                                    path: HTML(escaping: siteRoot + prefix + version.path), current: language.tag == interface.tag)
        }
        let primary = languages.count > 1 ? languages.first { link in edition.languages.first?.tag == link.lang.markup } : nil
        var frame = PageFrame(
            root: HTML(escaping: SitePaths.root(from: path)),
            site: siteInfo,
            page: PageInfoView(title: HTML(escaping: title), description: HTML(escaping: description),
                               kind: HTML(escaping: kind), path: HTML(escaping: fullPath)),
            nav: sections.map { entry in
                NavEntryView(title: HTML(escaping: entry.title), path: HTML(escaping: entry.path), current: entry.path == section)
            },
            lang: HTML(escaping: interface.tag), dir: HTML(escaping: (direction ?? interface.direction).rawValue),
            t: InterfaceTextView(interface, siteTitle: site.config.title),
            languages: languages.count > 1 ? languages : [], xDefault: primary?.path ?? .empty)
        frame.chrome = chromes.chrome(for: frame, section: section)
        return frame
    }

    var siteInfo: SiteInfoView {
        var info = SiteInfoView(title: HTML(escaping: site.config.title), description: HTML(escaping: site.config.description),
                                language: HTML(escaping: interface.tag))
        info.hasSingleFile = site.config.singleFile != .off
        return info
    }

    var sections: [(title: String, path: String)] {
        [(text("nav.articles"), SitePaths.articles), (text("nav.alliances"), SitePaths.alliances), (text("nav.countries"), SitePaths.countries),
         (text("nav.impacts"), SitePaths.taxonomy(.impacts)), (text("nav.roles"), SitePaths.taxonomy(.roles)),
         (text("nav.timeline"), SitePaths.timeline)]
    }

    /// `path` under the language's folder: where a page of this edition is written.
    func output(_ path: String) -> String { edition.prefix + path }

    /// The title of a vocabulary (`Impacts`, `Roles`) in the page's language.
    func title(of taxonomy: Taxonomy) -> String { text("nav." + taxonomy.rawValue) }

    func home() -> Page {
        let values = catalog.level(for: SitePaths.home)
        let latest = Array(linked.articlesNewestFirst.prefix(Self.homeLatestCount))
        var view = HomePageView(
            frame: frame(SitePaths.home, kind: "home", title: site.config.title, description: site.config.description, section: nil),
            latest: values.articles(latest), hasMoreArticles: site.articles.count > latest.count,
            articleCount: site.articles.count, alliances: values.alliances(SiteLists.mostReferencedAlliances(linked)),
            allianceCount: site.alliances.count, countryCount: linked.countryPages.count,
            impacts: termsWithCounts(.impacts, values), roles: termsWithCounts(.roles, values),
            allArticles: HTML(escaping: interface.text("articles.all", count: site.articles.count)),
            articleCountDisplay: digits(site.articles.count), allianceCountDisplay: digits(site.alliances.count),
            countryCountDisplay: digits(linked.countryPages.count))
        view.hasMoreAlliances = site.alliances.count > view.alliances.count
        return Page(path: output(SitePaths.home), template: "home", view: view)
    }

    private func termsWithCounts(_ taxonomy: Taxonomy, _ values: ViewCatalog.Level) -> [TermWithCountsView] {
        site.config.terms(of: taxonomy).compactMap { term in
            values.term(taxonomy, term.id).map { summary in
                let articleCount = linked.articlesByTerm[taxonomy]?[term.id]?.count ?? 0
                let allianceCount = linked.alliancesByTerm[taxonomy]?[term.id]?.count ?? 0
                return TermWithCountsView(term: summary, articleCount: articleCount, allianceCount: allianceCount,
                                          countsText: HTML(escaping: text("term.article_count", ["count": interface.strings.number(articleCount)])
                                              + " · " + text("term.alliance_count", ["count": interface.strings.number(allianceCount)])))
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
        var spaces = 0
        var plainText = body.plainText
        plainText.withUTF8 { bytes in
            for byte in bytes where byte == UInt8(ascii: " ") { spaces += 1 }
        }
        let readingMinutes = max(1, spaces / 200)
        var detail = ArticleDetailView(
            article: values.article(index),
            updated: HTML(escaping: article.updated?.iso ?? ""), updatedDisplay: HTML(escaping: article.updated.map(interface.date) ?? ""),
            bodyHTML: HTML(trusted: body.html), toc: toc, hasToc: toc.count >= 2,
            impacts: values.terms(.impacts, references[.impact] ?? []), roles: values.terms(.roles, references[.role] ?? []),
            alliances: values.alliances(allianceIndices), countries: values.countries(references[.country] ?? []),
            related: values.articles(linked.related[index]),
            readingMinutes: readingMinutes,
            reviewed: HTML(escaping: article.reviewed?.value.iso ?? ""), reviewedDisplay: HTML(escaping: article.reviewed.map { interface.date($0.value) } ?? ""))
        detail.readingTime = HTML(escaping: interface.readingTime(minutes: readingMinutes))
        let sidebar = SiteLists.sidebar(references[.alliance] ?? [])
        detail.allianceCards = values.alliances(sidebar.cards.compactMap { linked.allianceIndexByID[$0] })
        detail.moreAlliances = values.alliances(sidebar.compact.compactMap { linked.allianceIndexByID[$0] })
        detail.moreAllianceCountDisplay = digits(detail.moreAlliances.count)
        let versions = edition.translations.versions(of: article).map { ($0.language, SitePaths.article($0.article.slug)) }
        let view = ArticlePageView(frame: frame(path, kind: "article", title: article.title, description: article.summary,
                                                section: SitePaths.articles, direction: interface.direction(of: article),
                                                versions: versions.isEmpty ? [(interface.tag, path)] : versions), article: detail)
        return Page(path: output(path), template: "article", view: view)
    }

    func allianceList() -> Page {
        let values = catalog.level(for: SitePaths.alliances)
        let all = linked.alliancesByName
        let split = SiteLists.alliancesByStatus(linked)
        let view = AllianceListPageView(
            frame: frame(SitePaths.alliances, kind: "alliance-list", title: text("title.alliances"),
                         description: text("description.alliances", ["site": site.config.title]), section: SitePaths.alliances),
            alliances: values.alliances(all),
            active: values.alliances(split.active), historical: values.alliances(split.historical),
            activeCountText: counted("alliances.active_count", split.active.count),
            historicalCountText: counted("alliances.historical_count", split.historical.count),
            digits: HTML(escaping: (0...9).map { interface.strings.number($0) }.joined()))
        return Page(path: output(SitePaths.alliances), template: "alliance-list", view: view)
    }

    func alliance(_ index: Int) -> Page {
        let alliance = site.alliances[index]
        let path = SitePaths.alliance(alliance.id)
        let values = catalog.level(for: path)
        var detail = AllianceDetailView(
            alliance: values.alliance(index),
            summary: HTML(escaping: interface.allianceSummary(alliance)), membersNote: HTML(escaping: alliance.membersNote ?? ""),
            headquarters: HTML(escaping: alliance.headquarters ?? ""),
            roles: values.terms(.roles, alliance.roles.map(\.value)), impacts: values.terms(.impacts, alliance.impacts.map(\.value)),
            sources: alliance.sources.map { Self.source($0, in: linked) },
            memberships: alliance.members.compactMap { member in
                values.country(member.country.value).map { country in
                    MembershipView(country: country, joinedDisplay: HTML(escaping: member.joined.map(interface.date) ?? ""),
                                   leftDisplay: HTML(escaping: member.left.map(interface.date) ?? ""), isFormer: member.left != nil,
                                   joinedText: HTML(escaping: member.joined.map { text("member.joined", ["date": interface.date($0)]) } ?? ""),
                                   leftText: HTML(escaping: member.left.map { text("member.left", ["date": interface.date($0)]) } ?? ""))
                }
            },
            articles: values.articles(linked.articlesByAlliance[alliance.id] ?? []),
            chartHTML: charts.alliance(index, path: path, language: interface),
            reviewed: HTML(escaping: alliance.reviewed?.value.iso ?? ""), reviewedDisplay: HTML(escaping: alliance.reviewed.map { interface.date($0.value) } ?? ""))
        (detail.currentMemberships, detail.formerMemberships) = memberViews(alliance, values)
        let view = AlliancePageView(frame: frame(path, kind: "alliance", title: interface.allianceName(alliance),
                                                 description: interface.allianceSummary(alliance), section: SitePaths.alliances), alliance: detail)
        return Page(path: output(path), template: "alliance", view: view)
    }

    /// `value` in the page's digits (`12` → `١٢` in Arabic).
    func digits(_ value: Int) -> HTML { HTML(escaping: interface.strings.number(value)) }

    /// A plain key with a `{count}` placeholder, the count in the page's digits.
    func counted(_ key: String, _ count: Int) -> HTML { HTML(escaping: text(key, ["count": interface.strings.number(count)])) }

    /// A year heading (`2025`, `٢٠٢٥`) in the page's language.
    func yearDisplay(_ year: Int) -> HTML { HTML(escaping: interface.date(BriefingDate(year: year))) }

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
            RegionView(name: region.isEmpty ? HTML(escaping: text("countries.other_region")) : HTML(escaping: region),
                       countries: (byRegion[region] ?? []).compactMap { code in
                           values.country(code).map { CountryWithCountView(country: $0, allianceCount: linked.alliancesByCountry[code]?.count ?? 0,
                                                                             allianceCountDisplay: digits(linked.alliancesByCountry[code]?.count ?? 0)) }
                       })
        }
        let view = CountryListPageView(
            frame: frame(SitePaths.countries, kind: "country-list", title: text("title.countries"),
                         description: text("description.countries", ["site": site.config.title]), section: SitePaths.countries),
            regions: regions)
        return Page(path: output(SitePaths.countries), template: "country-list", view: view)
    }

    func country(_ code: String) -> Page {
        let path = SitePaths.country(code)
        let values = catalog.level(for: path)
        let name = site.countries[code].map(interface.countryName) ?? code
        let allianceIndices = SiteLists.alliances(ofCountry: code, in: linked)
        let partners = SiteLists.partners(ofCountry: code, in: linked).compactMap { partner in
            values.country(partner.code).map { PartnerView(country: $0, alliances: values.alliances(partner.alliances)) }
        }
        let summary = values.country(code) ?? CountrySummaryView(code: HTML(escaping: code), name: HTML(escaping: name),
                                                                 region: .empty, path: HTML(escaping: path))
        let region = site.countries[code]?.region ?? ""
        let detail = CountryDetailView(country: summary, alliances: values.alliances(allianceIndices), partners: partners,
                                       articles: values.articles(linked.articlesByCountry[code] ?? []),
                                       chartHTML: charts.country(code, path: path, language: interface),
                                       regionText: HTML(escaping: region.isEmpty ? "" : text("country.region", ["region": region])),
                                       alliancesCaption: HTML(escaping: text("country.alliances_caption", ["name": name])),
                                       partnersCaption: HTML(escaping: text("country.partners_caption", ["name": name])),
                                       noArticles: HTML(escaping: text("country.no_articles", ["name": name])))
        let view = CountryPageView(frame: frame(path, kind: "country", title: name,
                                                description: text("country.alliances_caption", ["name": name]), section: SitePaths.countries),
                                   country: detail)
        return Page(path: output(path), template: "country", view: view)
    }

    func termList(_ taxonomy: Taxonomy) -> Page {
        let path = SitePaths.taxonomy(taxonomy)
        let values = catalog.level(for: path)
        let view = TermListPageView(
            frame: frame(path, kind: "term-list", title: title(of: taxonomy),
                         description: "\(title(of: taxonomy)) — \(site.config.title)", section: path),
            taxonomy: TaxonomyView(id: HTML(escaping: taxonomy.rawValue), title: HTML(escaping: title(of: taxonomy)), path: HTML(escaping: path)),
            terms: termsWithCounts(taxonomy, values))
        return Page(path: output(path), template: "term-list", view: view)
    }

    func term(_ term: TaxonomyTerm) -> Page {
        let path = SitePaths.term(term.taxonomy, term.id)
        let values = catalog.level(for: path)
        let summary = values.term(term.taxonomy, term.id)
            ?? TermSummaryView(id: HTML(escaping: term.id), title: HTML(escaping: term.title), description: HTML(escaping: term.description),
                               path: HTML(escaping: path), taxonomy: HTML(escaping: term.taxonomy.rawValue))
        let detail = TermDetailView(term: summary, taxonomyTitle: HTML(escaping: title(of: term.taxonomy)),
                                    articles: values.articles(linked.articlesByTerm[term.taxonomy]?[term.id] ?? []),
                                    alliances: values.alliances(linked.alliancesByTerm[term.taxonomy]?[term.id] ?? []),
                                    alliancesCaption: HTML(escaping: text("term.alliances_caption", ["title": term.title])))
        let view = TermPageView(frame: frame(path, kind: "term", title: term.title, description: term.description,
                                             section: SitePaths.taxonomy(term.taxonomy)), term: detail)
        return Page(path: output(path), template: "term", view: view)
    }

    /// `search/index.html`: the search form, the script that searches `search/search-index.js`, and links to the
    /// full lists for readers without JavaScript.
    func search() -> Page {
        let browse: [(String, String, Int)] = [
            (text("search.all_articles"), SitePaths.articles, site.articles.count),
            (text("nav.alliances"), SitePaths.alliances, site.alliances.count),
            (text("nav.countries"), SitePaths.countries, linked.countryPages.count),
            (title(of: .impacts), SitePaths.taxonomy(.impacts), site.config.impacts.count),
            (title(of: .roles), SitePaths.taxonomy(.roles), site.config.roles.count),
        ]
        let view = SearchPageView(
            frame: frame(SitePaths.search, kind: "search", title: text("title.search"),
                         description: text("description.search", ["site": site.config.title]), section: nil),
            search: SearchView(indexPath: HTML(escaping: SitePaths.searchIndex),
                               browse: browse.map { BrowseEntryView(title: HTML(escaping: $0.0), path: HTML(escaping: $0.1), count: $0.2) },
                               messages: HTML(escaping: interface.searchMessages.json), digits: HTML(escaping: interface.searchMessages.digits)))
        return Page(path: output(SitePaths.search), template: "search", view: view)
    }

    /// `404.html`, which a web server shows for any missing address, at any depth: with `base_url` its links are
    /// absolute under it (`root` is the base URL, escaped for the attribute), so they work wherever it is shown;
    /// without, they are relative to the site root, where the file lies. Its stylesheet is inline either way.
    func notFound() -> Page {
        var frame = frame(SitePaths.notFound, kind: "not-found", title: text("title.not_found"),
                          description: text("description.not_found"), section: nil)
        if let baseURL = site.config.baseURL {
            frame.root = HTML(escaping: baseURL)
            frame.chrome = chromes.chrome(for: frame, section: nil)
        }
        return Page(path: output(SitePaths.notFound), template: "404", view: NotFoundPageView(frame: frame, stylesHTML: stylesheet))
    }
}

extension ViewBuilder {
    /// `timeline/index.html`: every alliance from its establishment to its end, active then historical (SPEC §11).
    func timeline() -> Page {
        let active = site.alliances.count { $0.isInForce }
        let view = TimelinePageView(
            frame: frame(SitePaths.timeline, kind: "timeline", title: text("title.timeline"),
                         description: text("description.timeline", ["site": site.config.title]),
                         section: SitePaths.timeline),
            chartHTML: charts.landscape(language: interface), activeCount: active, historicalCount: site.alliances.count - active,
            countsText: HTML(escaping: text("timeline.counts", ["active": interface.strings.number(active),
                                                                 "historical": interface.strings.number(site.alliances.count - active)])))
        return Page(path: output(SitePaths.timeline), template: "timeline", view: view)
    }
}

extension HTML {
    /// A stylesheet's text made safe inside `<style>`: no `</` can close the element early (`<\/` is the same CSS).
    init(stylesheet css: String) {
        self.init(trusted: css.replacingOccurrences(of: "</", with: "<\\/"))
    }
}
