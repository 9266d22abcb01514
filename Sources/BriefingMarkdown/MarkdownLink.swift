/// A link or image destination found in the document, with its source position.
public struct MarkdownLink: Sendable, Equatable {
    /// The destination as cmark parsed it (entities and backslash escapes resolved, not percent-encoded).
    public var destination: String
    /// 1-based line in the parsed text: the line of the `[` (`!`, `<`), also when the label wraps.
    /// cmark does not count line breaks inside a link destination or title, so after such a link the positions of
    /// later links in the same paragraph are off.
    public var line: Int
    /// 1-based UTF-8 byte column of the link's `[` (or `!` for images, `<` for autolinks) as cmark reports it.
    public var byteColumn: Int
    public var isImage: Bool
    /// Plain text of the link's label, whitespace collapsed.
    public var text: String
    /// Written as `<…>`; its position is then found in the source line (exact also on continuation lines and in
    /// block quotes and list items).
    public var isAutolink: Bool
    /// A `src` or `href` attribute of raw HTML (kept with `unsafe_html`), not Markdown: `<iframe src>`, `<video src>`….
    public var isRawHTML: Bool = false

    public init(destination: String, line: Int, byteColumn: Int, isImage: Bool, text: String, isAutolink: Bool = false) {
        self.isAutolink = isAutolink
        self.destination = destination
        self.line = line
        self.byteColumn = byteColumn
        self.isImage = isImage
        self.text = text
    }
}
