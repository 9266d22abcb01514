/// The result of rendering a `MarkdownDocument`.
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var headings: [MarkdownHeading]
    /// The document's text content (no markup), whitespace collapsed to single spaces — for search indexes and snippets.
    /// Entities are decoded, so escape it before putting it into HTML.
    public var plainText: String
    /// Problems the fenced-block renderers reported (e.g. a malformed ` ```table `).
    public var problems: [MarkdownProblem]

    public init(html: String, headings: [MarkdownHeading], plainText: String, problems: [MarkdownProblem] = []) {
        self.problems = problems
        self.html = html
        self.headings = headings
        self.plainText = plainText
    }
}
