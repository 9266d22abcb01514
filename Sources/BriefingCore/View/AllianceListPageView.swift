/// `alliances/index.html` (template `alliance-list`).
public struct AllianceListPageView: PageView {
    public var frame: PageFrame
    /// By name.
    public var alliances: [AllianceSummaryView]
    /// In force, by name (`SiteLists.alliancesByStatus`).
    public var active: [AllianceSummaryView]
    /// Ended, by name.
    public var historical: [AllianceSummaryView]

    public static let keys = PageFrame.keys + ["alliances", "active", "historical"]

    public func child(named name: String) -> Any? {
        switch name {
        case "alliances": return alliances
        case "active": return active
        case "historical": return historical
        default: return frame.child(named: name)
        }
    }
}
