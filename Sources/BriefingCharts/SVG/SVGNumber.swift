/// Coordinates as text with at most one decimal, rounded half away from zero, with `.` whatever the locale:
/// `12`, `12.5`, `-0.3`. Same number, same bytes.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        let whole = tenths / 10
        let fraction = abs(tenths % 10)
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-0" : String(whole)) + "." + String(fraction)
    }
}
