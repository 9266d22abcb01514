/// The fixed measures of the drawings, in SVG user units (CSS pixels at 100 %).
public struct ChartStyle: Sendable, Hashable {
    public var fontSize = 12.0
    /// Height of one timeline row; the drawing grows by this much per row.
    public var rowHeight = 20.0
    public var barHeight = 12.0
    /// Height of a group heading line.
    public var headingHeight = 26.0
    /// Width of the time axis' plot area.
    public var plotWidth = 600.0
    /// Labels wider than this are shortened with `…` (the table keeps the whole text).
    public var maxLabelWidth = 300.0
    public var minLabelWidth = 48.0
    public var padding = 8.0
    /// Space between a label and the plot area.
    public var labelGap = 10.0
    /// Height of the lane holding the axis' year labels (top and bottom) and of the lane of the present marker.
    public var axisLane = 18.0
    /// Minimum distance between the centres of two year labels.
    public var minTickSpacing = 48.0
    /// Side of one cell of the membership matrix.
    public var cellSize = 18.0

    public init() {}
}
