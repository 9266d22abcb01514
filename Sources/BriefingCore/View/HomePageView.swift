/// `index.html` (template `home`).
public struct HomePageView: PageView {
    public var frame: PageFrame
    /// The newest article summaries (`ViewBuilder.homeLatestCount`).
    public var latest: [ArticleSummaryView]
    public var hasMoreArticles: Bool
    public var articleCount: Int
    /// At most 12 alliance summaries, the most referenced first (`SiteLists.mostReferencedAlliances`).
    public var alliances: [AllianceSummaryView]
    public var allianceCount: Int
    public var countryCount: Int
    public var impacts: [TermWithCountsView]
    public var roles: [TermWithCountsView]
    /// The site has more alliances than `alliances` shows.
    public var hasMoreAlliances: Bool = false
    /// `All 12 articles` in the page's language (counted phrase `articles.all`).
    public var allArticles: HTML = .empty

    /// `article_count` in the page's digits (`١٢`).
    public var articleCountDisplay: HTML = .empty

    /// `alliance_count` in the page's digits.
    public var allianceCountDisplay: HTML = .empty

    /// `country_count` in the page's digits.
    public var countryCountDisplay: HTML = .empty

    public static let keys = PageFrame.keys + ["latest", "has_more_articles", "article_count", "alliances", "alliance_count", "country_count", "impacts", "roles", "all_articles", "article_count_display", "alliance_count_display", "country_count_display",
                                               "has_more_alliances"]

    public func child(named name: String) -> Any? {
        switch name {
        case "latest": return latest
        case "has_more_articles": return hasMoreArticles
        case "article_count": return articleCount
        case "alliances": return alliances
        case "alliance_count": return allianceCount
        case "country_count": return countryCount
        case "impacts": return impacts
        case "roles": return roles
        case "has_more_alliances": return hasMoreAlliances
        case "all_articles": return allArticles
        case "article_count_display": return articleCountDisplay
        case "alliance_count_display": return allianceCountDisplay
        case "country_count_display": return countryCountDisplay
        default: return frame.child(named: name)
        }
    }
}
