/// `articles/<slug>/index.html` (template `article`).
public struct ArticlePageView: PageView {
    public var frame: PageFrame
    @Shared public var article: ArticleDetailView

    public static let keys = PageFrame.keys + ["article"]

    public func child(named name: String) -> Any? {
        switch name {
        case "article": return $article
        default: return frame.child(named: name)
        }
    }
}

/// `article` on an article page: the article summary and the article itself.
public struct ArticleDetailView: TemplateView {
    public var article: ArticleSummaryView
    /// ISO date, empty when never updated.
    public var updated: HTML
    public var updatedDisplay: HTML
    /// The rendered Markdown body.
    public var bodyHTML: HTML = .empty
    public var toc: [TocEntryView]
    /// At least two headings.
    public var hasToc: Bool
    public var impacts: [TermSummaryView]
    public var roles: [TermSummaryView]
    public var alliances: [AllianceSummaryView]
    public var countries: [CountrySummaryView]
    /// Up to 5 related articles.
    public var related: [ArticleSummaryView]
    /// Words / 200, at least 1.
    public var readingMinutes: Int
    /// ISO date the facts were last checked (`reviewed`), empty when not given.
    public var reviewed: HTML = .empty
    public var reviewedDisplay: HTML = .empty
    /// The sidebar (`SiteLists.sidebar`): the first 5 alliances of `alliances` for full cards, the rest for a compact list.
    public var allianceCards: [AllianceSummaryView] = []
    public var moreAlliances: [AllianceSummaryView] = []
    /// How many `more_alliances`, in the page's digits.
    public var moreAllianceCountDisplay: HTML = .empty
    /// `4 min read` in the page's language (counted phrase `reading.minutes`).
    public var readingTime: HTML = .empty

    public static let keys = ArticleSummaryView.keys + ["updated", "updated_display", "body_html", "toc", "has_toc", "impacts", "roles", "alliances", "countries", "related", "reading_minutes",
                                                        "reviewed", "reviewed_display", "alliance_cards", "more_alliances", "more_alliance_count_display", "reading_time"]

    public func child(named name: String) -> Any? {
        switch name {
        case "updated": return updated
        case "updated_display": return updatedDisplay
        case "body_html": return bodyHTML
        case "toc": return toc
        case "has_toc": return hasToc
        case "impacts": return impacts
        case "roles": return roles
        case "alliances": return alliances
        case "countries": return countries
        case "related": return related
        case "reading_minutes": return readingMinutes
        case "reviewed": return reviewed
        case "reviewed_display": return reviewedDisplay
        case "alliance_cards": return allianceCards
        case "more_alliances": return moreAlliances
        case "more_alliance_count_display": return moreAllianceCountDisplay
        case "reading_time": return readingTime
        default: return article.child(named: name)
        }
    }
}

/// One `##`/`###` heading of an article body.
public struct TocEntryView: TemplateView {
    /// 2 or 3.
    public var level: Int
    public var text: HTML
    /// The heading's id in the page.
    public var id: HTML

    public static let keys = ["level", "text", "id"]

    public func child(named name: String) -> Any? {
        switch name {
        case "level": return level
        case "text": return text
        case "id": return id
        default: return nil
        }
    }
}
