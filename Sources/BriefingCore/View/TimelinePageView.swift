/// `timeline/index.html` (template `timeline`): every alliance on one time axis, grouped active / historical
/// (SPEC §11, docs/charts.md).
public struct TimelinePageView: PageView {
    public var frame: PageFrame
    /// The chart: a `<figure class="chart-figure">` with the SVG and its table; empty without alliances.
    public var chartHTML: HTML
    public var activeCount: Int
    public var historicalCount: Int
    /// `9 active, 3 historical.` in the page's language and digits (`timeline.counts`).
    public var countsText: HTML = .empty

    public static let keys = PageFrame.keys + ["chart_html", "active_count", "historical_count", "counts_text"]

    public func child(named name: String) -> Any? {
        switch name {
        case "chart_html": return chartHTML
        case "active_count": return activeCount
        case "historical_count": return historicalCount
        case "counts_text": return countsText
        default: return frame.child(named: name)
        }
    }
}
