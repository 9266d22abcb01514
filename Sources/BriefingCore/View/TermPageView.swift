/// `impacts/<id>/index.html` and `roles/<id>/index.html` (template `term`).
public struct TermPageView: PageView {
    public var frame: PageFrame
    @Shared public var term: TermDetailView

    public static let keys = PageFrame.keys + ["term"]

    public func child(named name: String) -> Any? {
        switch name {
        case "term": return $term
        default: return frame.child(named: name)
        }
    }
}

/// `term` on a term page.
public struct TermDetailView: TemplateView {
    public var term: TermSummaryView
    /// `Impacts` or `Roles`.
    public var taxonomyTitle: HTML
    public var articles: [ArticleSummaryView]
    public var alliances: [AllianceSummaryView]

    /// `Alliances tagged “Deterrence”`, the caption of the alliance table.
    public var alliancesCaption: HTML = .empty

    public static let keys = TermSummaryView.keys + ["taxonomy_title", "articles", "alliances", "alliances_caption"]

    public func child(named name: String) -> Any? {
        switch name {
        case "taxonomy_title": return taxonomyTitle
        case "articles": return articles
        case "alliances": return alliances
        case "alliances_caption": return alliancesCaption
        default: return term.child(named: name)
        }
    }
}
