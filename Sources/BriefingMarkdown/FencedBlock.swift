/// A fenced code block handed to a `FencedBlockRenderer`.
public struct FencedBlock: Sendable {
    /// The first word of the info string (` ```table ` → `table`), which selects the renderer.
    public var language: String
    /// The whole info string, entities resolved.
    public var info: String
    /// The block's content, with the fence lines removed (ends with `\n` unless empty).
    public var literal: String
    /// 1-based line (in the parsed text) of the first content line, i.e. the line after the opening fence.
    public var firstContentLine: Int
    /// 1-based UTF-8 byte column of the opening fence.
    public var fenceByteColumn: Int
}

/// What a `FencedBlockRenderer` may use from the document's renderer while it runs (not to be kept).
public struct FencedBlockContext {
    /// Renders a piece of inline Markdown (a table cell, a caption) with the document's options and URL rewriting:
    /// `*a* [b](c)` → `<em>a</em> <a href="…">b</a>`, no surrounding `<p>`.
    public let renderInline: (String) -> String

    init(renderInline: @escaping (String) -> String) {
        self.renderInline = renderInline
    }
}

/// What a fenced block becomes: the HTML written in place of `<pre><code>…</code></pre>` (nil keeps the code
/// block) and any problems, positioned in the parsed text.
public struct FencedBlockOutput: Sendable {
    public var html: String?
    public var problems: [MarkdownProblem]

    public init(html: String?, problems: [MarkdownProblem] = []) {
        self.html = html
        self.problems = problems
    }
}

/// Renders fenced blocks of one info-string language (` ```table `, ` ```chart `, …); registered in
/// `MarkdownRenderOptions.fencedBlockRenderers`.
public typealias FencedBlockRenderer = @Sendable (FencedBlock, FencedBlockContext) -> FencedBlockOutput
