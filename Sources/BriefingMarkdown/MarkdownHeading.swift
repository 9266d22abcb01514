/// A heading of a rendered document, in document order.
public struct MarkdownHeading: Sendable, Equatable {
    /// 1...6
    public var level: Int
    /// Plain text, whitespace collapsed.
    public var text: String
    /// The `id` attribute given (empty when `headingIDs` is false).
    public var id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}
