/// Something in a Markdown document that will not show as its author meant: a GitHub-only construct, omitted raw
/// HTML, a control character, a malformed `table` fence. Positions are in the parsed text (the article body).
public struct MarkdownProblem: Sendable, Hashable {
    /// A stable kebab-case diagnostic code (`gfm-syntax`, `raw-html-omitted`, `control-character`, `table-syntax`, …).
    public var code: String
    public var isError: Bool
    public var message: String
    /// 1-based line in the parsed text.
    public var line: Int
    /// 1-based UTF-8 byte column in that line.
    public var byteColumn: Int

    public init(code: String, isError: Bool = false, message: String, line: Int, byteColumn: Int) {
        self.code = code
        self.isError = isError
        self.message = message
        self.line = line
        self.byteColumn = byteColumn
    }
}
