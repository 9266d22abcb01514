/// Writes a laid-out membership matrix as one `<svg>` element.
enum MatrixSVG {
    static func write(_ matrix: MembershipMatrix, layout: MatrixLayout, escape: @escaping @Sendable (String) -> String) -> String {
        var svg = SVGBuilder(capacity: 1024 + layout.cells.count * 120 + (matrix.rows.count + matrix.columns.count) * 120,
                             escape: escape)
        svg.open(id: matrix.id, kind: "matrix", width: layout.width, height: layout.height, title: matrix.title, summary: matrix.summary)
        let gridRight = layout.gridX + Double(matrix.columns.count) * layout.cellSize
        let gridBottom = layout.gridY + Double(matrix.rows.count) * layout.cellSize
        svg.raw("<g class=\"chart-grid\" stroke=\"currentColor\" stroke-opacity=\"0.18\" stroke-width=\"1\">")
        for row in 0...matrix.rows.count {
            let y = layout.gridY + Double(row) * layout.cellSize
            svg.line(x1: layout.gridX, y1: y, x2: gridRight, y2: y)
        }
        for column in 0...matrix.columns.count {
            let x = layout.gridX + Double(column) * layout.cellSize
            svg.line(x1: x, y1: layout.gridY, x2: x, y2: gridBottom)
        }
        svg.raw("</g>\n<g class=\"chart-columns\">")
        for label in layout.columnLabels {
            svg.text(label, class: "chart-label",
                     transform: "rotate(\(SVGNumber.format(MatrixLayout.columnLabelAngle)) \(SVGNumber.format(label.x)) \(SVGNumber.format(label.y)))")
        }
        svg.raw("</g>\n<g class=\"chart-rows\">")
        for label in layout.rowLabels { svg.text(label, class: "chart-label") }
        svg.raw("</g>\n<g class=\"chart-cells\">\n")
        for cell in layout.cells {
            svg.raw("<g class=\"chart-cell chart-\(cell.status.rawValue)\"><title>")
            svg.raw(escape(matrix.rows[cell.row].label + " – " + matrix.columns[cell.column].label + ": " + cell.text))
            svg.raw("</title>")
            svg.rect(cell.rect, class: "chart-bar", extra: " rx=\"2\" fill-opacity=\"\(cell.status == .ongoing ? "0.85" : "0.4")\"")
            svg.raw("</g>\n")
        }
        svg.raw("</g>\n")
        svg.close()
        return svg.output
    }
}
