/// A grid of rows (e.g. countries) against columns (e.g. alliances), a mark where a row belongs to a column.
///
/// Input of `ChartRenderer.matrix(_:)`. Plain text throughout.
public struct MembershipMatrix: Sendable, Hashable {
    /// Prefix of the ids in the SVG; unique in the page.
    public var id: String
    public var title: String
    public var summary: String
    /// Header of the table's first column, e.g. `Country`.
    public var rowHeader: String
    public var rows: [MatrixLine]
    public var columns: [MatrixLine]
    /// At most one entry per (row, column); indices into `rows` and `columns`. Entries out of range are ignored.
    public var entries: [MatrixEntry]

    public init(id: String, title: String, summary: String, rowHeader: String, rows: [MatrixLine],
                columns: [MatrixLine], entries: [MatrixEntry]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.rowHeader = rowHeader
        self.rows = rows
        self.columns = columns
        self.entries = entries
    }
}

/// A row or column heading, with an optional link (used in the table).
public struct MatrixLine: Sendable, Hashable {
    public var label: String
    public var href: String?

    public init(label: String, href: String? = nil) {
        self.label = label
        self.href = href
    }
}

/// Row `row` belongs to column `column`: currently or formerly, with the period as text (`since 2017`).
public struct MatrixEntry: Sendable, Hashable {
    public var row: Int
    public var column: Int
    public var status: TimelineStatus
    public var text: String

    public init(row: Int, column: Int, status: TimelineStatus, text: String) {
        self.row = row
        self.column = column
        self.status = status
        self.text = text
    }
}
