/// `alliances/<id>/index.html` (template `alliance`).
public struct AlliancePageView: PageView {
    public var frame: PageFrame
    @Shared public var alliance: AllianceDetailView

    public static let keys = PageFrame.keys + ["alliance"]

    public func child(named name: String) -> Any? {
        switch name {
        case "alliance": return $alliance
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
    /// The membership timeline: a `<figure class="chart-figure">` with the SVG and its table (docs/charts.md).
    public var chartHTML: HTML = .empty
    /// ISO date the facts were last checked (`reviewed`), empty when not given.
    public var reviewed: HTML = .empty
    public var reviewedDisplay: HTML = .empty
    /// The member states belonging now and those that have left (`MemberStates`), each with its periods.
    public var currentMemberships: [MemberView] = []
    public var formerMemberships: [MemberView] = []

    public static let keys = AllianceSummaryView.keys + ["summary", "members_note", "headquarters", "roles", "impacts", "sources", "memberships", "articles",
                                                         "chart_html", "reviewed", "reviewed_display", "current_memberships", "former_memberships"]

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
        case "chart_html": return chartHTML
        case "reviewed": return reviewed
        case "reviewed_display": return reviewedDisplay
        case "current_memberships": return currentMemberships
        case "former_memberships": return formerMemberships
        default: return alliance.child(named: name)
        }
    }
}

/// One source (SPEC §9): an entry of `Content/sources.yml` or one written inline in an alliance file.
public struct SourceView: TemplateView {
    public var title: HTML
    /// Empty without a URL.
    public var url: HTML
    public var hasUrl: Bool
    /// The id in `Content/sources.yml`; empty for an inline source.
    public var id: HTML = .empty
    /// The source's entry on the sources page, relative to the site root: `sources/index.html#<anchor>`.
    public var path: HTML = .empty
    /// The id of that entry (the source's id, or `alliance-<alliance id>.<n>` for an inline source).
    public var anchor: HTML = .empty
    public var publisher: HTML = .empty
    /// ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), empty when not given.
    public var published: HTML = .empty
    public var publishedDisplay: HTML = .empty
    /// ISO date the URL was last checked, empty when not given.
    public var accessed: HTML = .empty
    public var accessedDisplay: HTML = .empty
    /// Empty without an archived copy.
    public var archiveURL: HTML = .empty
    public var hasArchiveURL: Bool = false

    public static let keys = ["title", "url", "has_url", "id", "path", "anchor", "publisher", "published", "published_display",
                              "accessed", "accessed_display", "archive_url", "has_archive_url"]

    public init(title: HTML, url: HTML, hasUrl: Bool) {
        self.title = title
        self.url = url
        self.hasUrl = hasUrl
    }

    /// Every field of `source`; `anchor` names its entry on the sources page.
    public init(_ source: Source, anchor: String) {
        title = HTML(escaping: source.title)
        url = HTML(escaping: source.url ?? "")
        hasUrl = source.url != nil
        id = HTML(escaping: source.id ?? "")
        path = HTML(escaping: SitePaths.source(anchor))
        self.anchor = HTML(escaping: anchor)
        publisher = HTML(escaping: source.publisher ?? "")
        published = HTML(escaping: source.published?.iso ?? "")
        publishedDisplay = HTML(escaping: source.published?.display ?? "")
        accessed = HTML(escaping: source.accessed?.iso ?? "")
        accessedDisplay = HTML(escaping: source.accessed?.display ?? "")
        archiveURL = HTML(escaping: source.archiveURL ?? "")
        hasArchiveURL = source.archiveURL != nil
    }

    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "url": return url
        case "has_url": return hasUrl
        case "id": return id
        case "path": return path
        case "anchor": return anchor
        case "publisher": return publisher
        case "published": return published
        case "published_display": return publishedDisplay
        case "accessed": return accessed
        case "accessed_display": return accessedDisplay
        case "archive_url": return archiveURL
        case "has_archive_url": return hasArchiveURL
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
