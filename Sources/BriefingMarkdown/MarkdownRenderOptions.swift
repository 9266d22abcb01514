/// Options for turning a parsed document into HTML.
public struct MarkdownRenderOptions: Sendable, Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.allowUnsafeHTML == rhs.allowUnsafeHTML && lhs.headingIDs == rhs.headingIDs && lhs.reservedIDs == rhs.reservedIDs
            && lhs.smartPunctuation == rhs.smartPunctuation
            && Set(lhs.fencedBlockRenderers.keys) == Set(rhs.fencedBlockRenderers.keys)
    }

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
    /// Renderers for fenced code blocks by the first word of their info string (` ```table ` → `"table"`).
    /// A block whose language has a renderer is replaced by what the renderer returns; others stay code blocks.
    /// The default has `table` (`PipeTable.renderer`); add e.g. `options.fencedBlockRenderers["chart"] = …`.
    /// Two option values compare equal when they have renderers for the same languages.
    public var fencedBlockRenderers: [String: FencedBlockRenderer]

    public init(
        allowUnsafeHTML: Bool = false,
        headingIDs: Bool = true,
        reservedIDs: Set<String> = [],
        smartPunctuation: Bool = false,
        fencedBlockRenderers: [String: FencedBlockRenderer] = ["table": PipeTable.renderer]
    ) {
        self.fencedBlockRenderers = fencedBlockRenderers
        self.allowUnsafeHTML = allowUnsafeHTML
        self.headingIDs = headingIDs
        self.reservedIDs = reservedIDs
        self.smartPunctuation = smartPunctuation
    }

    /// Plain CommonMark: like `cmark --unsafe`, no heading ids, no rewriting. Used by the conformance test.
    public static let commonMark = MarkdownRenderOptions(allowUnsafeHTML: true, headingIDs: false, fencedBlockRenderers: [:])
}
