/// A line of text placed in the drawing: its baseline point, which side the point is on, and the box the text
/// is estimated to fill (see `TextMetrics`).
public struct PlacedText: Sendable, Hashable {
    /// The text drawn; shortened with `…` when it did not fit, see `full`.
    public var text: String
    /// The whole text when `text` was shortened, else nil.
    public var full: String?
    public var x: Double
    /// Baseline.
    public var y: Double
    public var anchor: VisualAnchor
    /// Whether the text's first strong character is right-to-left (Arabic, Hebrew, …).
    public var rightToLeft: Bool
    public var box: ChartRect
}

/// Which visual side of a text its x position is: independent of the text's direction, unlike SVG's
/// `text-anchor` (`start` is the right side of right-to-left text).
public enum VisualAnchor: Sendable, Hashable {
    case left
    case center
    case right
}
