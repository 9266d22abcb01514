/// `articles/index.html` and `articles/page/<n>/index.html` (template `article-list`): one page of the article list
/// (SPEC §12, `Pagination`).
public struct ArticleListPageView: PageView {
    public var frame: PageFrame
    /// This page's articles, newest first.
    public var articles: [ArticleSummaryView]
    /// This page's articles by year, newest first.
    public var years: [YearGroupView]
    public var pagination: PaginationView

    public static let keys = PageFrame.keys + ["articles", "years", "pagination"]

    public func child(named name: String) -> Any? {
        switch name {
        case "articles": return articles
        case "years": return years
        case "pagination": return pagination
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

/// Where a page of the article list stands among the others. Links are relative to the page and name an
/// `index.html` file, so they work from `file://` (write them without `{{root}}`).
public struct PaginationView: TemplateView {
    /// 1-based.
    public var number: Int
    public var pageCount: Int
    /// More than one page.
    public var isPaginated: Bool
    /// Link to the previous / next page; empty on the first / last page.
    public var previous: HTML
    public var next: HTML
    public var hasPrevious: Bool
    public var hasNext: Bool
    /// Every page, first to last.
    public var pages: [PageLinkView]
    /// Articles in the whole list.
    public var articleCount: Int
    /// Positions (1-based, in the whole list) of this page's first and last article; 0 when the list is empty.
    public var first: Int
    public var last: Int
    /// `Articles 11–20 of 45` in the page's language and digits (`pagination.range`).
    public var rangeText: HTML = .empty

    public static let keys = ["number", "page_count", "is_paginated", "previous", "next", "has_previous", "has_next", "pages",
                              "article_count", "first", "last", "range_text"]

    public func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "page_count": return pageCount
        case "is_paginated": return isPaginated
        case "previous": return previous
        case "next": return next
        case "has_previous": return hasPrevious
        case "has_next": return hasNext
        case "pages": return pages
        case "article_count": return articleCount
        case "first": return first
        case "last": return last
        case "range_text": return rangeText
        default: return nil
        }
    }
}

/// One entry of `pagination.pages`.
public struct PageLinkView: TemplateView {
    public var number: Int
    /// Relative link from the current page.
    public var path: HTML
    /// The page being shown.
    public var current: Bool
    /// `number` in the page's digits.
    public var numberDisplay: HTML = .empty

    public static let keys = ["number", "path", "current", "number_display"]

    public func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "path": return path
        case "current": return current
        case "number_display": return numberDisplay
        default: return nil
        }
    }
}
