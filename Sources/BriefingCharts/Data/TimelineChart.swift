/// A timeline: rows of labelled bars on one time axis, in groups with optional headings.
///
/// Input of `ChartRenderer.timeline(_:)`. All text is plain text (escaped when written). Units are dates;
/// the geometry turns them into pixels.
public struct TimelineChart: Sendable, Hashable {
    /// Prefix of the ids in the SVG (`<id>-title`, `<id>-desc`); must be unique in the page, e.g. `chart-members`.
    public var id: String
    /// The chart's accessible name (`<title>`), also the table's caption.
    public var title: String
    /// A sentence or two saying what the chart shows (`<desc>`).
    public var summary: String
    /// Headers of the table's columns.
    public var columns: TimelineColumns
    /// Groups in drawing order; a group without rows is left out.
    public var groups: [TimelineGroup]
    /// Where open-ended spans stop and the "present" line is drawn; nil draws no line (open spans then end at
    /// the latest date of the chart).
    public var present: ChartDate?
    /// A shaded band behind every row, e.g. an alliance's lifetime behind its members.
    public var band: TimelineSpan?
    /// Axis limits in whole years (`from` inclusive, `to` through its end); nil fits the axis to the data.
    public var from: Int?
    public var to: Int?

    public init(id: String, title: String, summary: String, columns: TimelineColumns, groups: [TimelineGroup],
                present: ChartDate? = nil, band: TimelineSpan? = nil, from: Int? = nil, to: Int? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.columns = columns
        self.groups = groups
        self.present = present
        self.band = band
        self.from = from
        self.to = to
    }

    /// Number of rows over all groups.
    public var rowCount: Int { groups.reduce(0) { $0 + $1.rows.count } }
}

/// Headers of a timeline's table, e.g. `Member`, `Joined`, `Left`, `Status`.
public struct TimelineColumns: Sendable, Hashable {
    public var name: String
    public var from: String
    public var to: String
    public var status: String

    public init(name: String, from: String, to: String, status: String) {
        self.name = name
        self.from = from
        self.to = to
        self.status = status
    }
}

/// Rows under one heading, e.g. "Current members (6)".
public struct TimelineGroup: Sendable, Hashable {
    /// Shown above the rows in the drawing and as a header row in the table; nil shows none.
    public var heading: String?
    public var rows: [TimelineRow]

    public init(heading: String?, rows: [TimelineRow]) {
        self.heading = heading
        self.rows = rows
    }
}

/// One labelled row: a member, a country's alliance, an alliance.
public struct TimelineRow: Sendable, Hashable {
    public var label: String
    /// Where the label links to in the table (the drawing, an image, has no links); relative to the page.
    public var href: String?
    /// Whether the row's period is still running, which styles its bars.
    public var status: TimelineStatus
    /// What the table's status column says, e.g. `current member`.
    public var statusText: String
    /// Bars, drawn in order; the `.primary` ones are the row's data in the table.
    public var spans: [TimelineSpan]
    /// Emphasised (bold) label and bar, e.g. the alliance itself above its members.
    public var emphasised: Bool

    public init(label: String, href: String? = nil, status: TimelineStatus, statusText: String,
                spans: [TimelineSpan], emphasised: Bool = false) {
        self.label = label
        self.href = href
        self.status = status
        self.statusText = statusText
        self.spans = spans
        self.emphasised = emphasised
    }
}

/// Whether a row's period runs to the present or has ended.
public enum TimelineStatus: String, Sendable, Hashable {
    case ongoing
    case ended
}

/// A period from `start` to `end`; `end` nil means "to the present".
public struct TimelineSpan: Sendable, Hashable {
    public var start: ChartDate
    public var end: ChartDate?
    public var emphasis: Emphasis

    /// `.primary` bars are the data; `.context` bars (e.g. the alliance's lifetime behind a country's membership)
    /// are drawn faintly and left out of the table.
    public enum Emphasis: String, Sendable, Hashable {
        case primary
        case context
    }

    public init(start: ChartDate, end: ChartDate?, emphasis: Emphasis = .primary) {
        self.start = start
        self.end = end
        self.emphasis = emphasis
    }
}
