/// `impacts/index.html` and `roles/index.html` (template `term-list`).
public struct TermListPageView: PageView {
    public var frame: PageFrame
    public var taxonomy: TaxonomyView
    public var terms: [TermWithCountsView]

    public static let keys = PageFrame.keys + ["taxonomy", "terms"]

    public func child(named name: String) -> Any? {
        switch name {
        case "taxonomy": return taxonomy
        case "terms": return terms
        default: return frame.child(named: name)
        }
    }
}

/// One of the two vocabularies.
public struct TaxonomyView: TemplateView {
    /// `impacts` or `roles`.
    public var id: HTML
    public var title: HTML
    public var path: HTML

    public static let keys = ["id", "title", "path"]

    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "path": return path
        default: return nil
        }
    }
}
