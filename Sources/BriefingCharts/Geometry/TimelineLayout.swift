/// Where everything of a `TimelineChart` goes: a label column (right-aligned labels, each in its own row of
/// fixed height), a plot area with one bar per span, group headings on lines of their own, year labels above
/// and below, and the present marker in a lane of its own above the years — so no two texts can overlap,
/// whatever the number of rows: the drawing grows by `style.rowHeight` per row.
public struct TimelineLayout: Sendable, Hashable {
    public var width: Double
    public var height: Double
    public var axis: TimeAxis
    /// The column the row labels are in.
    public var labelColumn: ChartRect
    /// The area of the bars (from the first row's top to the last row's bottom).
    public var plot: ChartRect
    public var headings: [PlacedText]
    public var rows: [PlacedRow]
    /// Year labels above and below the rows.
    public var tickLabels: [PlacedText]
    public var present: PresentMarker?
    public var band: ChartRect?

    /// One row: its label and bars. `group` and `index` locate its `TimelineRow` in the chart.
    public struct PlacedRow: Sendable, Hashable {
        public var group: Int
        public var index: Int
        /// The row's whole height.
        public var box: ChartRect
        public var label: PlacedText
        public var bars: [PlacedBar]
    }

    /// One span's bar, clipped to the axis.
    public struct PlacedBar: Sendable, Hashable {
        public var rect: ChartRect
        public var emphasis: TimelineSpan.Emphasis
        /// Runs to the present (drawn with a small arrow at its end).
        public var open: Bool
    }

    /// The vertical "present" line and its label.
    public struct PresentMarker: Sendable, Hashable {
        public var x: Double
        public var top: Double
        public var bottom: Double
        public var label: PlacedText
    }

    public init(_ chart: TimelineChart, style: ChartStyle = ChartStyle(), presentLabel: String = "present") {
        let fontSize = style.fontSize
        let spans = chart.groups.lazy.flatMap { $0.rows }.flatMap { $0.spans }
        let presentEnd = chart.present?.end
        var dataLower = Double.infinity
        var dataUpper = -Double.infinity
        for span in spans {
            dataLower = min(dataLower, span.start.start)
            dataUpper = max(dataUpper, span.end?.end ?? presentEnd ?? span.start.end)
        }
        if let band = chart.band {
            dataLower = min(dataLower, band.start.start)
            dataUpper = max(dataUpper, band.end?.end ?? presentEnd ?? band.start.end)
        }
        if let presentEnd {
            dataUpper = max(dataUpper, presentEnd)
            if !dataLower.isFinite { dataLower = presentEnd - 10 }
        }
        if !dataLower.isFinite { (dataLower, dataUpper) = (2000, 2010) }
        let openEnd = presentEnd ?? dataUpper

        var labelWidth = style.minLabelWidth
        for group in chart.groups {
            for row in group.rows {
                labelWidth = max(labelWidth, TextMetrics.width(row.label, fontSize: fontSize, bold: row.emphasised))
            }
        }
        labelWidth = min(labelWidth, style.maxLabelWidth).rounded(.up)
        let labelRight = style.padding + labelWidth
        let plotX = labelRight + style.labelGap
        let axis = TimeAxis(dataLower: dataLower, dataUpper: dataUpper, from: chart.from, to: chart.to,
                            plotX: plotX, plotWidth: style.plotWidth, minTickSpacing: style.minTickSpacing)
        let yearHalf = (TextMetrics.width("0000", fontSize: fontSize) / 2).rounded(.up)
        let width = plotX + style.plotWidth + max(style.padding, yearHalf + 2)

        var y = style.padding
        let presentVisible = presentEnd.map { $0 >= axis.lower && $0 <= axis.upper } ?? false
        let presentLaneTop = y
        if presentVisible { y += style.axisLane }
        let topTicksBaseline = y + style.axisLane - 5
        y += style.axisLane
        let rowsTop = y

        var headings: [PlacedText] = []
        var rows: [PlacedRow] = []
        rows.reserveCapacity(chart.rowCount)
        let textHeight = fontSize * 1.25
        for (groupIndex, group) in chart.groups.enumerated() where !group.rows.isEmpty {
            if let heading = group.heading {
                let available = width - 2 * style.padding
                let text = TextMetrics.truncated(heading, fontSize: fontSize, maxWidth: available, bold: true)
                let textWidth = TextMetrics.width(text, fontSize: fontSize, bold: true)
                let baseline = y + style.headingHeight - 8
                let rtl = TextDirection.isRightToLeft(text)
                headings.append(PlacedText(text: text, full: text == heading ? nil : heading, x: style.padding, y: baseline,
                                           anchor: .left, rightToLeft: rtl,
                                           box: ChartRect(x: style.padding, y: baseline - fontSize, width: textWidth, height: textHeight)))
                y += style.headingHeight
            }
            for (index, row) in group.rows.enumerated() {
                let box = ChartRect(x: 0, y: y, width: width, height: style.rowHeight)
                let text = TextMetrics.truncated(row.label, fontSize: fontSize, maxWidth: labelWidth, bold: row.emphasised)
                let textWidth = TextMetrics.width(text, fontSize: fontSize, bold: row.emphasised)
                let baseline = y + style.rowHeight / 2 + fontSize * 0.35
                let label = PlacedText(text: text, full: text == row.label ? nil : row.label, x: labelRight, y: baseline,
                                       anchor: .right, rightToLeft: TextDirection.isRightToLeft(text),
                                       box: ChartRect(x: labelRight - textWidth, y: y + (style.rowHeight - textHeight) / 2,
                                                      width: textWidth, height: textHeight))
                var bars: [PlacedBar] = []
                for span in row.spans {
                    let start = max(span.start.start, axis.lower)
                    let end = min(span.end?.end ?? openEnd, axis.upper)
                    guard end > start else { continue }
                    let x0 = axis.x(start)
                    let barWidth = max(axis.x(end) - x0, 2)
                    let height = span.emphasis == .context ? style.barHeight + 4 : style.barHeight
                    bars.append(PlacedBar(rect: ChartRect(x: x0, y: y + (style.rowHeight - height) / 2, width: barWidth, height: height),
                                          emphasis: span.emphasis, open: span.end == nil && presentEnd != nil && end >= openEnd))
                }
                rows.append(PlacedRow(group: groupIndex, index: index, box: box, label: label, bars: bars))
                y += style.rowHeight
            }
        }
        let rowsBottom = y
        let bottomTicksBaseline = y + style.axisLane - 5
        y += style.axisLane + style.padding

        var tickLabels: [PlacedText] = []
        let tickWidth = TextMetrics.width("0000", fontSize: fontSize)
        for baseline in [topTicksBaseline, bottomTicksBaseline] {
            for tick in axis.ticks {
                let x = axis.x(Double(tick))
                let text = String(tick)
                let textWidth = max(TextMetrics.width(text, fontSize: fontSize), tickWidth)
                tickLabels.append(PlacedText(text: text, full: nil, x: x, y: baseline, anchor: .center, rightToLeft: false,
                                             box: ChartRect(x: x - textWidth / 2, y: baseline - fontSize, width: textWidth, height: textHeight)))
            }
        }

        var present: PresentMarker?
        if presentVisible, let presentEnd {
            let x = axis.x(presentEnd)
            let textWidth = TextMetrics.width(presentLabel, fontSize: fontSize)
            let centre = min(max(x, plotX + textWidth / 2), width - style.padding / 2 - textWidth / 2)
            let baseline = presentLaneTop + style.axisLane - 5
            present = PresentMarker(
                x: x, top: presentLaneTop + style.axisLane, bottom: rowsBottom,
                label: PlacedText(text: presentLabel, full: nil, x: centre, y: baseline, anchor: .center,
                                  rightToLeft: TextDirection.isRightToLeft(presentLabel),
                                  box: ChartRect(x: centre - textWidth / 2, y: baseline - fontSize, width: textWidth, height: textHeight)))
        }

        var band: ChartRect?
        if let span = chart.band {
            let start = max(span.start.start, axis.lower)
            let end = min(span.end?.end ?? openEnd, axis.upper)
            if end > start, rowsBottom > rowsTop {
                band = ChartRect(x: axis.x(start), y: rowsTop, width: axis.x(end) - axis.x(start), height: rowsBottom - rowsTop)
            }
        }

        self.width = width.rounded(.up)
        self.height = y.rounded(.up)
        self.axis = axis
        self.labelColumn = ChartRect(x: style.padding, y: rowsTop, width: labelWidth, height: rowsBottom - rowsTop)
        self.plot = ChartRect(x: plotX, y: rowsTop, width: style.plotWidth, height: rowsBottom - rowsTop)
        self.headings = headings
        self.rows = rows
        self.tickLabels = tickLabels
        self.present = present
        self.band = band
    }
}
