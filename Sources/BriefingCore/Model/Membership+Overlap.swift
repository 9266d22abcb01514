extension Membership {
    /// Whether two memberships of the same country cover a common time. A missing `joined` reaches back to the
    /// alliance's start and a missing `left` forward to its end; a period ending on the day (month, year) the
    /// other starts does not overlap it, so a state that left and rejoined is listed once per period.
    public func overlaps(_ other: Membership) -> Bool {
        func before(_ end: BriefingDate?, _ start: BriefingDate?) -> Bool {
            guard let end, let start else { return false }
            return end <= start
        }
        return !(before(left, other.joined) || before(other.left, joined))
    }

}
