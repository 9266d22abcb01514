import BriefingCharts
import BriefingMarkdown

extension ChartRenderer {
    /// The renderer of the charts on full-width pages (country pages, `timeline/index.html`): the chart module
    /// with the project's one escaper (`HTMLEscaping.escape`), so text in the SVG and its table is escaped exactly
    /// as the rest of the page.
    public static let briefing = ChartRenderer(escape: HTMLEscaping.escape)

    /// As `briefing`, with a 420-unit plot, so that a chart with labels of usual length (up to about 180 units) is
    /// at most about 630 units wide and is shown at full size in a page's main column (about 42rem: an alliance
    /// page beside its key facts, an article's text) instead of being scaled down.
    public static let briefingColumn: ChartRenderer = {
        var style = ChartStyle()
        style.plotWidth = 420
        return ChartRenderer(style: style, escape: HTMLEscaping.escape)
    }()
}
