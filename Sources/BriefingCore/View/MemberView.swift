/// A member state of an alliance on the alliance's page, with every period of its membership (SPEC §12): a state
/// that left and rejoined is one `MemberView` with two periods.
public struct MemberView: TemplateView {
    public var country: CountrySummaryView
    /// In the order written.
    public var periods: [MemberPeriodView]

    public static let keys = ["country", "periods"]

    public func child(named name: String) -> Any? {
        switch name {
        case "country": return country
        case "periods": return periods
        default: return nil
        }
    }
}

/// One period of a state's membership.
public struct MemberPeriodView: TemplateView {
    /// ISO date the period began: its `joined`, else the alliance's `established` (a member from the start).
    public var joined: HTML
    public var joinedDisplay: HTML
    /// ISO date the period ended: its `left`, else the alliance's `ended` for an alliance that has ended; empty
    /// while the period lasts.
    public var left: HTML
    public var leftDisplay: HTML
    /// The period lasts: no `left`, and the alliance is in force.
    public var isCurrent: Bool
    /// The period in words of the page's language: `since 1 May 2004` (`member.since`), `1961 – 1979`
    /// (`member.period`), or `member.period_ended` when an ended alliance gives no end date.
    public var text: HTML = .empty

    public static let keys = ["joined", "joined_display", "left", "left_display", "is_current", "text"]

    public func child(named name: String) -> Any? {
        switch name {
        case "joined": return joined
        case "joined_display": return joinedDisplay
        case "left": return left
        case "left_display": return leftDisplay
        case "is_current": return isCurrent
        case "text": return text
        default: return nil
        }
    }
}
