import BriefingCharts

/// The charts of the pages (SPEC §11): the membership timeline of an alliance page, the alliances timeline of
/// a country page and the landscape of `timeline/index.html`, each a `<figure class="chart-figure">` with the
/// SVG and its table. The present is computed once per build (`ChartPresent.date(in:)`), never today.
struct PageCharts: Sendable {
    let site: Site
    let present: BriefingDate?
    let renderer = ChartRenderer.briefing
    /// For the alliance page, whose chart sits in the column beside the key facts.
    let columnRenderer = ChartRenderer.briefingColumn

    init(_ site: Site) {
        self.site = site
        present = ChartPresent.date(in: site)
    }

    /// The figure of the alliance at `index` of `site.alliances`, for its page at `path`, worded in `language`.
    func alliance(_ index: Int, path: String, language: InterfaceLanguage) -> HTML {
        let chart = SiteCharts.membershipTimeline(of: site.alliances[index], in: site, root: SitePaths.root(from: path), present: present,
                                                   wording: ChartWording(language))
        return HTML(trusted: columnRenderer.timeline(chart).html)
    }

    /// The figure of a country's alliances, for its page at `path`, worded in `language`; empty when it belongs to none.
    func country(_ code: String, path: String, language: InterfaceLanguage) -> HTML {
        let chart = SiteCharts.countryTimeline(of: code, in: site, root: SitePaths.root(from: path), present: present,
                                               wording: ChartWording(language))
        guard chart.rowCount > 0 else { return .empty }
        return HTML(trusted: renderer.timeline(chart).html)
    }

    /// Every alliance, active then historical, for `timeline/index.html`, worded in `language`; empty without alliances.
    func landscape(language: InterfaceLanguage) -> HTML {
        guard !site.alliances.isEmpty else { return .empty }
        let chart = SiteCharts.landscape(of: site, root: SitePaths.root(from: SitePaths.timeline), present: present,
                                          wording: ChartWording(language))
        return HTML(trusted: renderer.timeline(chart).html)
    }
}
