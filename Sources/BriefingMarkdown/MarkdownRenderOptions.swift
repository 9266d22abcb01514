/// Options for turning a parsed document into HTML.
public struct MarkdownRenderOptions: Sendable, Equatable {
    /// Pass raw HTML and dangerous URLs through (like `cmark --unsafe`). Default false: raw HTML is replaced by
    /// `<!-- raw HTML omitted -->` and `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs become empty,
    /// exactly as cmark's safe mode does.
    public var allowUnsafeHTML: Bool
    /// Give every heading an `id` attribute (slug of its plain text, unique within the document).
    public var headingIDs: Bool
    /// Ids that headings must not take (e.g. ids the page template uses); a clash gets a numeric suffix.
    public var reservedIDs: Set<String>
    /// cmark's `CMARK_OPT_SMART` (typographic quotes and dashes).
    /// cmark applies it while parsing, so rendering with it re-parses the document's source.
    public var smartPunctuation: Bool

    public init(
        allowUnsafeHTML: Bool = false,
        headingIDs: Bool = true,
        reservedIDs: Set<String> = [],
        smartPunctuation: Bool = false
    ) {
        self.allowUnsafeHTML = allowUnsafeHTML
        self.headingIDs = headingIDs
        self.reservedIDs = reservedIDs
        self.smartPunctuation = smartPunctuation
    }

    /// Plain CommonMark: like `cmark --unsafe`, no heading ids, no rewriting. Used by the conformance test.
    public static let commonMark = MarkdownRenderOptions(allowUnsafeHTML: true, headingIDs: false)
}
