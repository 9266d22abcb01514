/// The alliance summary shape (docs/templates.md): what lists show of an alliance.
public struct AllianceSummaryView: TemplateView, FingerprintedOnce {
    public var id: HTML
    public var name: HTML
    public var shortName: HTML
    /// `short_name` when set, else `name`.
    public var displayName: HTML
    public var path: HTML
    /// `bilateral`, `multilateral` or empty.
    public var kind: HTML
    public var kindDisplay: HTML
    /// `active` or `historical`.
    public var status: HTML
    public var statusDisplay: HTML
    public var isActive: Bool
    public var established: HTML
    public var establishedDisplay: HTML
    /// Empty when the alliance has not ended.
    public var ended: HTML
    public var endedDisplay: HTML
    public var memberCount: Int
    /// Member states counted apart (`SiteLists.memberCounts`): belonging now, and having left (each state once).
    public var currentMemberCount: Int = 0
    public var formerMemberCount: Int = 0
    /// The two counts in the page's digits.
    public var currentMemberCountDisplay: HTML = .empty
    public var formerMemberCountDisplay: HTML = .empty
    /// `Members (12)` in the page's language and digits.
    public var memberCountText: HTML = .empty
    /// Country summaries of the members (with their chips at the page's depth).
    public var members: [CountrySummaryView] = []
    /// Country summaries of the current member states, then of the former ones (each state once, in the order written).
    public var currentMembers: [CountrySummaryView] = []
    public var formerMembers: [CountrySummaryView] = []
    /// Through `partials/alliance-row` and `partials/alliance-card` at the page's depth.
    public var rowHTML: HTML = .empty
    public var cardHTML: HTML = .empty

    /// `ended 1991` in the page's language; empty when the alliance has not ended.
    public var endedText: HTML = .empty

    /// `member_count` in the page's digits.
    public var memberCountDisplay: HTML = .empty

    /// Set by `ViewCatalog` once the value is final (`FingerprintedOnce`); not template data.
    var fingerprint: ContentHash.Digest?

    public static let keys = ["id", "name", "short_name", "display_name", "path", "kind", "kind_display", "status",
                              "status_display", "is_active", "established", "established_display", "ended",
                              "ended_display", "member_count", "member_count_text", "members", "row_html", "card_html", "ended_text", "member_count_display",
                              "current_member_count", "former_member_count", "current_members", "former_members",
                              "current_member_count_display", "former_member_count_display"]

    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "name": return self.name
        case "short_name": return shortName
        case "display_name": return displayName
        case "path": return path
        case "kind": return kind
        case "kind_display": return kindDisplay
        case "status": return status
        case "status_display": return statusDisplay
        case "is_active": return isActive
        case "established": return established
        case "established_display": return establishedDisplay
        case "ended": return ended
        case "ended_display": return endedDisplay
        case "member_count": return memberCount
        case "member_count_text": return memberCountText
        case "members": return members
        case "row_html": return rowHTML
        case "card_html": return cardHTML
        case "current_member_count_display": return currentMemberCountDisplay
        case "former_member_count_display": return formerMemberCountDisplay
        case "current_member_count": return currentMemberCount
        case "former_member_count": return formerMemberCount
        case "current_members": return currentMembers
        case "former_members": return formerMembers
        case "ended_text": return endedText
        case "member_count_display": return memberCountDisplay
        default: return nil
        }
    }
}
