/// The data of a membership matrix as an HTML table inside `<details>`: a header row of the columns, then one
/// row per matrix row with the period text in each cell where it is a member.
enum MatrixTable {
    static func write(_ matrix: MembershipMatrix, strings: ChartStrings, escape: @escaping @Sendable (String) -> String) -> String {
        let columnCount = matrix.columns.count
        var cells = [String?](repeating: nil, count: matrix.rows.count * columnCount)
        for entry in matrix.entries where matrix.rows.indices.contains(entry.row) && matrix.columns.indices.contains(entry.column) {
            let slot = entry.row * columnCount + entry.column
            if cells[slot] == nil { cells[slot] = entry.text }
        }
        var html = ""
        html.reserveCapacity(512 + cells.count * 24 + matrix.rows.count * 80)
        html += "<details class=\"chart-data\"><summary>"
        html += escape(strings.tableSummary)
        html += "</summary>\n<table class=\"chart-table\"><caption>"
        html += escape(matrix.title)
        html += "</caption>\n<thead><tr><th scope=\"col\">"
        html += escape(matrix.rowHeader)
        html += "</th>"
        for column in matrix.columns {
            html += "<th scope=\"col\">"
            html += link(column, escape: escape)
            html += "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (rowIndex, row) in matrix.rows.enumerated() {
            html += "<tr><th scope=\"row\">"
            html += link(row, escape: escape)
            html += "</th>"
            for column in 0..<columnCount {
                html += "<td>"
                html += escape(cells[rowIndex * columnCount + column] ?? "")
                html += "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></details>"
        return html
    }

    private static func link(_ line: MatrixLine, escape: (String) -> String) -> String {
        guard let href = line.href else { return "<bdi>" + escape(line.label) + "</bdi>" }
        return "<a href=\"" + escape(href) + "\"><bdi>" + escape(line.label) + "</bdi></a>"
    }
}
