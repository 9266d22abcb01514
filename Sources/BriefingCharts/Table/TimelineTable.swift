/// The data of a timeline as an HTML table inside `<details>`, for screen readers and copying: one row per
/// primary span (a row's later spans continue under the same header cell), a header row per group.
enum TimelineTable {
    static func write(_ chart: TimelineChart, strings: ChartStrings, escape: @escaping @Sendable (String) -> String) -> String {
        var html = ""
        html.reserveCapacity(512 + chart.rowCount * 160)
        html += "<details class=\"chart-data\"><summary>"
        html += escape(strings.tableSummary)
        html += "</summary>\n<table class=\"chart-table\"><caption>"
        html += escape(chart.title)
        html += "</caption>\n<thead><tr>"
        for header in [chart.columns.name, chart.columns.from, chart.columns.to, chart.columns.status] {
            html += "<th scope=\"col\">"
            html += escape(header)
            html += "</th>"
        }
        html += "</tr></thead>\n"
        for group in chart.groups where !group.rows.isEmpty {
            html += "<tbody>\n"
            if let heading = group.heading {
                html += "<tr><th scope=\"colgroup\" colspan=\"4\">"
                html += escape(heading)
                html += "</th></tr>\n"
            }
            for row in group.rows {
                let spans = row.spans.filter { $0.emphasis == .primary }
                let count = max(spans.count, 1)
                let rowspan = count > 1 ? " rowspan=\"\(count)\"" : ""
                html += "<tr><th scope=\"row\"\(rowspan)>"
                if let href = row.href {
                    html += "<a href=\""
                    html += escape(href)
                    html += "\"><bdi>"
                    html += escape(row.label)
                    html += "</bdi></a>"
                } else {
                    html += "<bdi>"
                    html += escape(row.label)
                    html += "</bdi>"
                }
                html += "</th>"
                for (index, span) in (spans.isEmpty ? [nil] : spans.map(Optional.some)).enumerated() {
                    if index > 0 { html += "</tr>\n<tr>" }
                    html += "<td>"
                    html += escape(span?.start.text ?? "")
                    html += "</td><td>"
                    html += escape(span.map { $0.end?.text ?? strings.present } ?? "")
                    html += "</td>"
                    if index == 0 {
                        html += "<td\(rowspan)>"
                        html += escape(row.statusText)
                        html += "</td>"
                    }
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        html += "</table></details>"
        return html
    }
}
