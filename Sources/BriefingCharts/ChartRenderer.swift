/// Turns chart data into SVG and an HTML table: data (`TimelineChart`, `MembershipMatrix`) → geometry
/// (`TimelineLayout`, `MatrixLayout`) → markup. Same input, same bytes: numbers have one decimal at most and
/// nothing depends on the locale, the clock or hashing order.
public struct ChartRenderer: Sendable {
    public var style: ChartStyle
    public var strings: ChartStrings
    /// Escapes text and attribute values; `ChartEscaper.escape` unless the page has its own.
    public var escape: @Sendable (String) -> String

    public init(style: ChartStyle = ChartStyle(), strings: ChartStrings = ChartStrings(),
                escape: @escaping @Sendable (String) -> String = ChartEscaper.escape) {
        self.style = style
        self.strings = strings
        self.escape = escape
    }

    /// The timeline as SVG and as a table.
    public func timeline(_ chart: TimelineChart) -> RenderedChart {
        let layout = TimelineLayout(chart, style: style, presentLabel: strings.present)
        return RenderedChart(svg: TimelineSVG.write(chart, layout: layout, strings: strings, escape: escape),
                             table: TimelineTable.write(chart, strings: strings, escape: escape))
    }

    /// The membership matrix as SVG and as a table.
    public func matrix(_ matrix: MembershipMatrix) -> RenderedChart {
        let layout = MatrixLayout(matrix, style: style)
        return RenderedChart(svg: MatrixSVG.write(matrix, layout: layout, escape: escape),
                             table: MatrixTable.write(matrix, strings: strings, escape: escape))
    }

    /// `ChartRenderer().timeline(chart)`.
    public static func timeline(_ chart: TimelineChart) -> RenderedChart { ChartRenderer().timeline(chart) }

    /// `ChartRenderer().matrix(matrix)`.
    public static func matrix(_ matrix: MembershipMatrix) -> RenderedChart { ChartRenderer().matrix(matrix) }
}
