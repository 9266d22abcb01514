/// `articles/index.html` (template `article-list`).
public struct ArticleListPageView: PageView {
    public var frame: PageFrame
    /// Newest first.
    public var articles: [ArticleSummaryView]
    /// Newest first.
    public var years: [YearGroupView]

    public static let keys = PageFrame.keys + ["articles", "years"]

    public func child(named name: String) -> Any? {
        switch name {
        case "articles": return articles
        case "years": return years
        default: return frame.child(named: name)
        }
    }
}

/// The articles of one year.
public struct YearGroupView: TemplateView {
    public var year: Int
    /// The year in the page's language and digits (`٢٠٢٥`).
    public var yearDisplay: HTML
    public var articles: [ArticleSummaryView]

    public static let keys = ["year", "year_display", "articles"]

    public func child(named name: String) -> Any? {
        switch name {
        case "year": return year
        case "year_display": return yearDisplay
        case "articles": return articles
        default: return nil
        }
    }
}
