import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed CommonMark document. Owns its cmark tree and frees it in deinit.
///
/// After parsing, the tree is only read (every walk uses its own cmark iterator), so one document may be
/// rendered and queried from several tasks at once.
public final class MarkdownDocument: @unchecked Sendable {
    let root: OpaquePointer
    /// Kept for rendering with smart punctuation, which cmark applies while parsing.
    let source: [UInt8]

    /// Parses with source positions; the input is not validated or altered (cmark replaces NUL with U+FFFD).
    public convenience init(_ text: String) {
        self.init(source: Array(text.utf8))
    }

    /// Parses raw UTF-8 bytes, as `init(_:)` does.
    public convenience init(utf8 bytes: UnsafeRawBufferPointer) {
        self.init(source: Array(bytes))
    }

    private init(source: [UInt8]) {
        self.source = source
        root = Self.parse(source, options: CMARK_OPT_SOURCEPOS)
        cmark_consolidate_text_nodes(root)
    }

    deinit {
        cmark_node_free(root)
    }

    /// Every link and image destination (inline links, reference links, autolinks), in document order.
    /// Computed by walking the tree on each access.
    public var links: [MarkdownLink] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var links: [MarkdownLink] = []
        let lines = SourceLines(source)
        var autolinkOccurrences: [Int: [String: Int]] = [:]
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            var line = LinkSourceLine.of(node)
            var column = Int(cmark_node_get_start_column(node))
            var isAutolink = false
            if type == CMARK_NODE_LINK, let written = Self.autolinkText(node, url: destination) {
                // cmark 0.30 counts an autolink's column from the paragraph's first line and without the
                // container's indentation: find `<…>` in the source line instead.
                line = Int(cmark_node_get_start_line(node))
                let needle = Array(("<" + written + ">").utf8)
                let earlier = autolinkOccurrences[line, default: [:]][written, default: 0]
                autolinkOccurrences[line, default: [:]][written] = earlier + 1
                if let found = lines.byteColumn(of: needle, line: line, occurrence: earlier) {
                    column = found
                }
                isAutolink = true
            }
            links.append(MarkdownLink(
                destination: destination,
                line: line,
                byteColumn: column,
                isImage: type == CMARK_NODE_IMAGE,
                text: NodeText.of(node),
                isAutolink: isAutolink
            ))
        }
        return links
    }

    /// The text written between `<` and `>` when `link` is an autolink (`<https://x>`, `<alliance:gcc>`,
    /// `<a@b.org>`): its only child is text equal to the URL (or the URL without `mailto:`).
    private static func autolinkText(_ link: OpaquePointer, url: String) -> String? {
        guard let child = cmark_node_first_child(link), cmark_node_next(child) == nil,
              cmark_node_get_type(child) == CMARK_NODE_TEXT else { return nil }
        let text = String(cString: cmark_node_get_literal(child))
        guard text == url || "mailto:" + text == url else { return nil }
        guard cmark_node_get_title(link).map({ $0.pointee == 0 }) ?? true else { return nil }
        return text
    }

    /// Renders HTML. `rewriteURL` is called with each link and image destination; returning non-nil replaces it
    /// (the replacement is then escaped like any URL, and still subject to the safe-mode check).
    public func render(
        options: MarkdownRenderOptions,
        rewriteURL: (String) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        let renderer = HTMLRenderer(options: options, sourceByteCount: source.count)
        guard options.smartPunctuation else {
            return renderer.render(root, rewriteURL: rewriteURL)
        }
        let smartRoot = Self.parse(source, options: CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART)
        defer { cmark_node_free(smartRoot) }
        return renderer.render(smartRoot, rewriteURL: rewriteURL)
    }

    /// cmark's own `cmark_render_html`, the reference the tests hold `render` to.
    func cmarkReferenceHTML(unsafe: Bool, smart: Bool = false) -> String {
        let tree = smart ? Self.parse(source, options: CMARK_OPT_SMART) : root
        defer {
            if tree != root {
                cmark_node_free(tree)
            }
        }
        guard let html = cmark_render_html(tree, unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    private static func parse(_ source: [UInt8], options: Int32) -> OpaquePointer {
        let root = source.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let start = chars.baseAddress else {
                    return cmark_parse_document("", 0, options)
                }
                return cmark_parse_document(start, chars.count, options)
            }
        }
        guard let root else {
            preconditionFailure("cmark could not allocate a document")
        }
        return root
    }
}

extension MarkdownDocument {
    /// The fenced code blocks whose info string starts with `language`, in document order.
    public func fencedBlocks(language: String) -> [FencedBlock] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var blocks: [FencedBlock] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else { continue }
            let info = String(cString: cmark_node_get_fence_info(node))
            guard info.prefix(while: { !$0.isWhitespace }) == language else { continue }
            blocks.append(FencedBlock(language: language, info: info, literal: String(cString: cmark_node_get_literal(node)),
                                      firstContentLine: Int(cmark_node_get_start_line(node)) + 1,
                                      fenceByteColumn: Int(cmark_node_get_start_column(node))))
        }
        return blocks
    }

    /// `src` and `href` values in raw HTML (inline and blocks), as links at the value's position; `isImage` for `src`.
    /// Only meaningful with `unsafe_html`, where raw HTML reaches the page.
    public var rawHTMLLinks: [MarkdownLink] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        let lines = SourceLines(source)
        var links: [MarkdownLink] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE else { continue }
            let literal = String(cString: cmark_node_get_literal(node))
            let startLine = Int(cmark_node_get_start_line(node))
            let literalBytes = Array(literal.utf8)
            for attribute in RawHTMLLinks.attributes(in: literal) {
                let before = literalBytes[..<attribute.valueOffset]
                let lineOffset = before.count { $0 == 0x0A }
                let line = startLine + lineOffset
                let needle = Array((attribute.name + "=").utf8)
                let column = lines.byteColumn(of: Array(attribute.value.utf8), line: line)
                    ?? lines.byteColumn(of: needle, line: line) ?? 1
                var link = MarkdownLink(destination: attribute.value, line: line, byteColumn: column,
                                        isImage: attribute.name == "src", text: attribute.value)
                link.isRawHTML = true
                links.append(link)
            }
        }
        return links
    }
}
