/// A member's period as charts draw it: `joined`, else the alliance's `established`; `left`, else the
/// alliance's `ended`; current when it has not left and the alliance is active.
struct MembershipPeriod: Sendable, Hashable {
    var joined: BriefingDate
    var left: BriefingDate?
    var isCurrent: Bool

    init(_ member: Membership, of alliance: Alliance) {
        joined = member.joined ?? alliance.established
        left = member.left ?? alliance.ended
        isCurrent = member.left == nil && alliance.isInForce
    }
}
