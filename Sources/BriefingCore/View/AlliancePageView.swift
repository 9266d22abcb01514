/// `alliances/<id>/index.html` (template `alliance`).
public struct AlliancePageView: PageView {
    public var frame: PageFrame
    public var alliance: AllianceDetailView

    public static let keys = PageFrame.keys + ["alliance"]

    public func child(named name: String) -> Any? {
        switch name {
        case "alliance": return alliance
        default: return frame.child(named: name)
        }
    }
}

/// `alliance` on an alliance page: the alliance summary and the rest of its file.
public struct AllianceDetailView: TemplateView {
    public var alliance: AllianceSummaryView
    public var summary: HTML
    public var membersNote: HTML
    public var headquarters: HTML
    public var roles: [TermSummaryView]
    public var impacts: [TermSummaryView]
    public var sources: [SourceView]
    public var memberships: [MembershipView]
    /// Articles referencing the alliance, newest first.
    public var articles: [ArticleSummaryView]

    public static let keys = AllianceSummaryView.keys + ["summary", "members_note", "headquarters", "roles", "impacts", "sources", "memberships", "articles"]

    public func child(named name: String) -> Any? {
        switch name {
        case "summary": return summary
        case "members_note": return membersNote
        case "headquarters": return headquarters
        case "roles": return roles
        case "impacts": return impacts
        case "sources": return sources
        case "memberships": return memberships
        case "articles": return articles
        default: return alliance.child(named: name)
        }
    }
}

/// One source of an alliance's facts.
public struct SourceView: TemplateView {
    public var title: HTML
    /// Empty without a URL.
    public var url: HTML
    public var hasUrl: Bool

    public static let keys = ["title", "url", "has_url"]

    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "url": return url
        case "has_url": return hasUrl
        default: return nil
        }
    }
}

/// One member of an alliance.
public struct MembershipView: TemplateView {
    public var country: CountrySummaryView
    public var joinedDisplay: HTML
    public var leftDisplay: HTML
    public var isFormer: Bool

    /// `joined 12 May 1981` in the page's language; empty without a date.
    public var joinedText: HTML = .empty

    /// `left 2 June 2017` in the page's language; empty without a date.
    public var leftText: HTML = .empty

    public static let keys = ["country", "joined_display", "left_display", "is_former", "joined_text", "left_text"]

    public func child(named name: String) -> Any? {
        switch name {
        case "country": return country
        case "joined_display": return joinedDisplay
        case "left_display": return leftDisplay
        case "is_former": return isFormer
        case "joined_text": return joinedText
        case "left_text": return leftText
        default: return nil
        }
    }
}
