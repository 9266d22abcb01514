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

    /// The figure of the alliance at `index` of `site.alliances`, for its page at `path`.
    func alliance(_ index: Int, path: String) -> HTML {
        let chart = SiteCharts.membershipTimeline(of: site.alliances[index], in: site, root: SitePaths.root(from: path), present: present)
        return HTML(trusted: columnRenderer.timeline(chart).html)
    }

    /// The figure of a country's alliances, for its page at `path`; empty when it belongs to none.
    func country(_ code: String, path: String) -> HTML {
        let chart = SiteCharts.countryTimeline(of: code, in: site, root: SitePaths.root(from: path), present: present)
        guard chart.rowCount > 0 else { return .empty }
        return HTML(trusted: renderer.timeline(chart).html)
    }

    /// Every alliance, active then historical, for `timeline/index.html`; empty without alliances.
    func landscape() -> HTML {
        guard !site.alliances.isEmpty else { return .empty }
        let chart = SiteCharts.landscape(of: site, root: SitePaths.root(from: SitePaths.timeline), present: present)
        return HTML(trusted: renderer.timeline(chart).html)
    }
}
