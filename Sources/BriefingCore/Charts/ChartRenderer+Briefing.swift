import BriefingCharts
import BriefingMarkdown

extension ChartRenderer {
    /// The renderer of every chart briefing writes: the chart module with the project's one escaper
    /// (`HTMLEscaping.escape`), so text in the SVG and its table is escaped exactly as the rest of the page.
    public static let briefing = ChartRenderer(escape: HTMLEscaping.escape)
}
