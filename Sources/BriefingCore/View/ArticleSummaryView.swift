/// The article summary shape (docs/templates.md): what lists show of an article.
public struct ArticleSummaryView: TemplateView, FingerprintedOnce {
    public var slug: HTML
    public var title: HTML
    public var path: HTML
    /// ISO date (`2025-03-01`), for `<time datetime>`.
    public var date: HTML
    /// `1 March 2025`.
    public var dateDisplay: HTML
    /// May be empty.
    public var summary: HTML
    /// The list item through `partials/article-item` at the page's depth (empty while that partial renders).
    public var itemHTML: HTML = .empty

    /// Set by `ViewCatalog` once the value is final (`FingerprintedOnce`); not template data.
    var fingerprint: ContentHash.Digest?

    public static let keys = ["slug", "title", "path", "date", "date_display", "summary", "item_html"]

    public func child(named name: String) -> Any? {
        switch name {
        case "slug": return slug
        case "title": return title
        case "path": return path
        case "date": return date
        case "date_display": return dateDisplay
        case "summary": return summary
        case "item_html": return itemHTML
        default: return nil
        }
    }
}
