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

    public static let keys = PageFrame.keys + ["latest", "has_more_articles", "article_count", "alliances", "alliance_count", "country_count", "impacts", "roles",
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
        default: return frame.child(named: name)
        }
    }
}
