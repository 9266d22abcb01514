/// The term summary shape (docs/templates.md): an impact or a role.
public struct TermSummaryView: TemplateView, FingerprintedOnce {
    public var id: HTML
    public var title: HTML
    public var description: HTML
    public var path: HTML
    /// `impacts` or `roles`.
    public var taxonomy: HTML
    /// Through `partials/term-tag` at the page's depth.
    public var tagHTML: HTML = .empty

    /// Set by `ViewCatalog` once the value is final (`FingerprintedOnce`); not template data.
    var fingerprint: ContentHash.Digest?

    public static let keys = ["id", "title", "description", "path", "taxonomy", "tag_html"]

    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "description": return description
        case "path": return path
        case "taxonomy": return taxonomy
        case "tag_html": return tagHTML
        default: return nil
        }
    }
}

/// A term summary with how many articles and alliances carry it (home page, term lists).
public struct TermWithCountsView: TemplateView {
    public var term: TermSummaryView
    public var articleCount: Int
    public var allianceCount: Int
    /// `Articles: 3 · Alliances: 2` in the page's language and digits.
    public var countsText: HTML = .empty

    public static let keys = TermSummaryView.keys + ["article_count", "alliance_count", "counts_text"]

    public func child(named name: String) -> Any? {
        switch name {
        case "article_count": return articleCount
        case "alliance_count": return allianceCount
        case "counts_text": return countsText
        default: return term.child(named: name)
        }
    }
}
