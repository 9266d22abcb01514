/// Writes a laid-out timeline as one `<svg>` element. Colours are `currentColor` presentation attributes
/// (readable without a stylesheet, in print and in dark mode) that the classes let CSS override.
enum TimelineSVG {
    static func write(_ chart: TimelineChart, layout: TimelineLayout, strings: ChartStrings,
                      escape: @escaping @Sendable (String) -> String) -> String {
        var svg = SVGBuilder(capacity: 1024 + layout.rows.count * 260, escape: escape)
        svg.open(id: chart.id, kind: "timeline", width: layout.width, height: layout.height, title: chart.title, summary: chart.summary)
        if let band = layout.band {
            svg.rect(band, class: "chart-band", extra: " fill-opacity=\"0.07\"")
            svg.raw("\n")
        }
        svg.raw("<g class=\"chart-grid\" stroke=\"currentColor\" stroke-opacity=\"0.18\" stroke-width=\"1\">")
        for tick in layout.axis.ticks {
            let x = layout.axis.x(Double(tick))
            svg.line(x1: x, y1: layout.plot.y, x2: x, y2: layout.plot.maxY)
        }
        svg.raw("</g>\n<g class=\"chart-axis\">")
        for label in layout.tickLabels { svg.text(label, class: "chart-year") }
        svg.raw("</g>\n")
        if !layout.headings.isEmpty {
            svg.raw("<g class=\"chart-headings\" font-weight=\"bold\">")
            for heading in layout.headings { svg.text(heading, class: "chart-heading") }
            svg.raw("</g>\n")
        }
        svg.raw("<g class=\"chart-rows\">\n")
        for placed in layout.rows {
            let row = chart.groups[placed.group].rows[placed.index]
            svg.raw("<g class=\"chart-row chart-\(row.status.rawValue)\(row.emphasised ? " chart-emphasised" : "")\">")
            svg.raw("<title>")
            svg.raw(escape(row.label + ": " + periods(row, strings: strings)))
            svg.raw("</title>")
            for bar in placed.bars {
                let opacity: String
                switch (bar.emphasis, row.status) {
                case (.context, _): opacity = "0.16"
                case (.primary, .ongoing): opacity = "0.85"
                case (.primary, .ended): opacity = "0.45"
                }
                svg.rect(bar.rect, class: bar.emphasis == .context ? "chart-bar chart-context" : "chart-bar",
                         extra: " rx=\"2\" fill-opacity=\"\(opacity)\"")
                if bar.open && bar.emphasis == .primary {
                    svg.raw("<path class=\"chart-more\" d=\"M")
                    svg.number(bar.rect.maxX + 1)
                    svg.raw(" ")
                    svg.number(bar.rect.y)
                    svg.raw("l5 ")
                    svg.number(bar.rect.height / 2)
                    svg.raw("l-5 ")
                    svg.number(bar.rect.height / 2)
                    svg.raw("z\" fill-opacity=\"\(opacity)\"/>")
                }
            }
            svg.text(placed.label, class: row.emphasised ? "chart-label chart-label-emphasised" : "chart-label",
                     transform: nil)
            svg.raw("</g>\n")
        }
        svg.raw("</g>\n")
        if let present = layout.present {
            svg.raw("<g class=\"chart-present\"><line")
            svg.attribute("x1", present.x)
            svg.attribute("y1", present.top)
            svg.attribute("x2", present.x)
            svg.attribute("y2", present.bottom)
            svg.raw(" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>")
            svg.text(present.label, class: "chart-present-label")
            svg.raw("</g>\n")
        }
        svg.close()
        return svg.output
    }

    /// `25 May 1981 – present` for each primary span, joined by `; `.
    static func periods(_ row: TimelineRow, strings: ChartStrings) -> String {
        row.spans.filter { $0.emphasis == .primary }
            .map { $0.start.text + " – " + ($0.end?.text ?? strings.present) }
            .joined(separator: "; ")
    }
}
