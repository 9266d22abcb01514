/// `sources/index.html` (template `source-list`): every source of the site and where it is used (SPEC §9).
public struct SourceListPageView: PageView {
    public var frame: PageFrame
    /// The entries of `Content/sources.yml`, by id.
    public var sources: [SourceEntryView]
    /// The distinct sources written inline in alliance files, in order of first appearance (alliances by name).
    public var inlineSources: [SourceEntryView]
    /// Both lists together.
    public var sourceCount: Int

    public static let keys = PageFrame.keys + ["sources", "inline_sources", "source_count"]

    public func child(named name: String) -> Any? {
        switch name {
        case "sources": return sources
        case "inline_sources": return inlineSources
        case "source_count": return sourceCount
        default: return frame.child(named: name)
        }
    }
}

/// One source on the sources page, with the articles and alliances using it.
public struct SourceEntryView: TemplateView {
    public var source: SourceView
    /// Article summaries of the articles citing the source or listing it in `sources`, newest first.
    public var articles: [ArticleSummaryView]
    /// Alliance summaries of the alliances whose `sources` give it, by name.
    public var alliances: [AllianceSummaryView]
    /// False for a source nothing uses (warning `unused-source`, or one cited only by drafts).
    public var isUsed: Bool

    public static let keys = SourceView.keys + ["articles", "alliances", "is_used"]

    public func child(named name: String) -> Any? {
        switch name {
        case "articles": return articles
        case "alliances": return alliances
        case "is_used": return isUsed
        default: return source.child(named: name)
        }
    }
}
