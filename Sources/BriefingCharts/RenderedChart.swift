/// A chart ready for a page: the drawing and the same data as a table.
public struct RenderedChart: Sendable, Hashable {
    /// One inline `<svg role="img">` element (also well-formed XML), no script, nothing from another host.
    public var svg: String
    /// `<details class="chart-data"><summary>…</summary><table class="chart-table">…</table></details>`.
    public var table: String

    public init(svg: String, table: String) {
        self.svg = svg
        self.table = table
    }

    /// Both in a `<figure class="chart-figure">`, what a page usually wants.
    public var html: String {
        "<figure class=\"chart-figure\">\n" + svg + "\n" + table + "\n</figure>"
    }
}
