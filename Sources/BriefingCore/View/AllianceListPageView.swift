/// `alliances/index.html` (template `alliance-list`).
public struct AllianceListPageView: PageView {
    public var frame: PageFrame
    /// By name.
    public var alliances: [AllianceSummaryView]
    /// In force, by name (`SiteLists.alliancesByStatus`).
    public var active: [AllianceSummaryView]
    /// Ended, by name.
    public var historical: [AllianceSummaryView]

    /// `Active: 12` in the page's language and digits.
    public var activeCountText: HTML = .empty

    /// `Historical: 3` in the page's language and digits.
    public var historicalCountText: HTML = .empty

    /// The ten digits of the page's language (`data-digits` of alliance-table.js), for the count it writes.
    public var digits: HTML = .empty

    public static let keys = PageFrame.keys + ["alliances", "active", "historical", "active_count_text", "historical_count_text", "digits"]

    public func child(named name: String) -> Any? {
        switch name {
        case "alliances": return alliances
        case "active": return active
        case "historical": return historical
        case "active_count_text": return activeCountText
        case "historical_count_text": return historicalCountText
        case "digits": return digits
        default: return frame.child(named: name)
        }
    }
}
