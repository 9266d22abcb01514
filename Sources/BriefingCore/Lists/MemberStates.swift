/// An alliance's member states split as `SiteLists.memberCounts` counts them (SPEC §12), each state once, in the
/// order its first membership period is written.
public struct MemberStates: Sendable, Hashable {
    /// Codes of the states in `Alliance.currentMembers`.
    public var current: [String]
    /// Codes of the other member states.
    public var former: [String]
    /// Every period of each state, by code, in the order written.
    public var periods: [String: [Membership]]

    public init(_ alliance: Alliance) {
        let currentCodes = Set(alliance.currentMembers.map(\.country.value))
        var order: [String] = []
        var periods: [String: [Membership]] = [:]
        for member in alliance.members {
            let code = member.country.value
            if periods[code] == nil { order.append(code) }
            periods[code, default: []].append(member)
        }
        current = order.filter { currentCodes.contains($0) }
        former = order.filter { !currentCodes.contains($0) }
        self.periods = periods
    }
}
