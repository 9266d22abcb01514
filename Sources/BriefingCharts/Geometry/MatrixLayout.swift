/// Where everything of a `MembershipMatrix` goes: row labels right-aligned in a column on the left, one square
/// cell per (row, column), column labels above their columns rotated by −45° so neighbours never overlap (the
/// rotated labels are parallel, one cell apart), the drawing growing by one cell per row and per column.
public struct MatrixLayout: Sendable, Hashable {
    public var width: Double
    public var height: Double
    /// Top-left corner of cell (0, 0).
    public var gridX: Double
    public var gridY: Double
    public var cellSize: Double
    public var rowLabels: [PlacedText]
    /// Unrotated placement; the SVG rotates each by −45° around its (x, y).
    public var columnLabels: [PlacedText]
    public var cells: [PlacedCell]

    public struct PlacedCell: Sendable, Hashable {
        public var row: Int
        public var column: Int
        public var rect: ChartRect
        public var status: TimelineStatus
        /// The entry's period as text, e.g. `since June 2017`.
        public var text: String
    }

    /// The rotation of column labels, in degrees (negative: counter-clockwise, reading upwards to the right).
    public static let columnLabelAngle = -45.0

    public init(_ matrix: MembershipMatrix, style: ChartStyle = ChartStyle()) {
        let fontSize = style.fontSize
        let cell = style.cellSize
        let textHeight = fontSize * 1.25
        var rowLabelWidth = style.minLabelWidth
        for row in matrix.rows { rowLabelWidth = max(rowLabelWidth, TextMetrics.width(row.label, fontSize: fontSize)) }
        rowLabelWidth = min(rowLabelWidth, style.maxLabelWidth).rounded(.up)
        let maxColumnLabel = style.maxLabelWidth * 0.6
        var columnLabelWidth = 0.0
        for column in matrix.columns { columnLabelWidth = max(columnLabelWidth, TextMetrics.width(column.label, fontSize: fontSize)) }
        columnLabelWidth = min(columnLabelWidth, maxColumnLabel)
        let diagonal = 0.7072
        let header = (columnLabelWidth * diagonal + fontSize + style.padding).rounded(.up)

        let gridX = style.padding + rowLabelWidth + style.labelGap
        let gridY = style.padding + header
        var rowLabels: [PlacedText] = []
        rowLabels.reserveCapacity(matrix.rows.count)
        for (index, row) in matrix.rows.enumerated() {
            let text = TextMetrics.truncated(row.label, fontSize: fontSize, maxWidth: rowLabelWidth)
            let textWidth = TextMetrics.width(text, fontSize: fontSize)
            let top = gridY + Double(index) * cell
            let x = gridX - style.labelGap
            rowLabels.append(PlacedText(text: text, full: text == row.label ? nil : row.label, x: x,
                                        y: top + cell / 2 + fontSize * 0.35, anchor: .right,
                                        rightToLeft: TextDirection.isRightToLeft(text),
                                        box: ChartRect(x: x - textWidth, y: top + (cell - textHeight) / 2, width: textWidth, height: textHeight)))
        }
        var columnLabels: [PlacedText] = []
        for (index, column) in matrix.columns.enumerated() {
            let text = TextMetrics.truncated(column.label, fontSize: fontSize, maxWidth: maxColumnLabel)
            let textWidth = TextMetrics.width(text, fontSize: fontSize)
            let x = gridX + Double(index) * cell + cell / 2 + fontSize * 0.3
            let y = gridY - 4
            columnLabels.append(PlacedText(text: text, full: text == column.label ? nil : column.label, x: x, y: y,
                                           anchor: .left, rightToLeft: TextDirection.isRightToLeft(text),
                                           box: ChartRect(x: x, y: y - fontSize, width: textWidth, height: textHeight)))
        }
        var cells: [PlacedCell] = []
        var seen = Set<Int>()
        for entry in matrix.entries where matrix.rows.indices.contains(entry.row) && matrix.columns.indices.contains(entry.column) {
            guard seen.insert(entry.row * matrix.columns.count + entry.column).inserted else { continue }
            cells.append(PlacedCell(row: entry.row, column: entry.column,
                                    rect: ChartRect(x: gridX + Double(entry.column) * cell + 2, y: gridY + Double(entry.row) * cell + 2,
                                                    width: cell - 4, height: cell - 4),
                                    status: entry.status, text: entry.text))
        }
        cells.sort { ($0.row, $0.column) < ($1.row, $1.column) }
        let gridRight = gridX + Double(matrix.columns.count) * cell
        self.width = (gridRight + columnLabelWidth * diagonal + fontSize + style.padding).rounded(.up)
        self.height = (gridY + Double(matrix.rows.count) * cell + style.padding).rounded(.up)
        self.gridX = gridX
        self.gridY = gridY
        self.cellSize = cell
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.cells = cells
    }
}
