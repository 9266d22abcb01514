import BriefingMarkdown

/// An article's Markdown turned into HTML, with what the later stages need from it.
public struct ArticleBody: Sendable {
    public var html: String
    /// Level 2 and 3 headings, for the table of contents.
    public var toc: [MarkdownHeading]
    public var plainText: String
    /// Cross-links written in the body, with their file positions.
    public var crossLinks: [Reference]
    /// Problems with links in the body other than unknown targets (checked by the link stage).
    public var diagnostics: [Diagnostic]
    /// Ids of the sources cited in the body with `cite:`, in the order of their numbers (SPEC §9).
    public var citedSources: [String] = []
    /// Links with a `#fragment` to a page of the site (in-page, cross-links, `other.md#id`), checked after rendering.
    public var fragmentLinks: [FragmentLink] = []
    /// Whether the body has a link or image resolved against the site's files (a relative path, `/…`), so that
    /// its HTML and diagnostics depend on which article files and assets exist (`ArticleBodyRenderer.siteFilesKey`).
    /// Set by the renderer; not kept in the cache record (the key a body is stored under says it).
    public var readsSiteFiles = false
}
