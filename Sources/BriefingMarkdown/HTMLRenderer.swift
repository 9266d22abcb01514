import CCmark

/// Writes a cmark tree as HTML: a port of cmark 0.30's `html.c` (so plain settings give byte-identical output),
/// plus heading ids, URL rewriting and the document's plain text, all in one walk.
struct HTMLRenderer: ~Copyable {
    private let options: MarkdownRenderOptions
    private var html: ByteBuffer
    private var plainText: CollapsedText
    private var headings: [MarkdownHeading] = []
    private var problems: [MarkdownProblem] = []
    private var headingIDs: HeadingIDAllocator
    /// The image whose description is being written as `alt` text, as cmark's `state->plain`.
    private var altTextImage: OpaquePointer?

    init(options: MarkdownRenderOptions, sourceByteCount: Int) {
        self.options = options
        html = ByteBuffer(capacity: sourceByteCount + sourceByteCount / 4 + 64)
        plainText = CollapsedText(capacity: sourceByteCount)
        headingIDs = HeadingIDAllocator(reserved: options.reservedIDs)
    }

    consuming func render(_ root: OpaquePointer, rewriteURL: (String) -> String?) -> RenderedMarkdown {
        if let iterator = cmark_iter_new(root) {
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator) else { continue }
                renderNode(node, entering: event == CMARK_EVENT_ENTER, rewriteURL: rewriteURL)
            }
        }
        return RenderedMarkdown(
            html: html.makeString(),
            headings: headings,
            plainText: plainText.string,
            problems: problems
        )
    }

    private mutating func renderNode(_ node: OpaquePointer, entering: Bool, rewriteURL: (String) -> String?) {
        let type = cmark_node_get_type(node)

        if altTextImage == node {
            altTextImage = nil
        }
        if altTextImage != nil {
            renderAltText(node, type: type)
            return
        }

        switch type {
        case CMARK_NODE_DOCUMENT:
            break

        case CMARK_NODE_BLOCK_QUOTE:
            plainText.breakWord()
            html.appendNewlineUnlessAtLineStart()
            html.appendLiteral(entering ? "<blockquote>\n" : "</blockquote>\n")

        case CMARK_NODE_LIST:
            plainText.breakWord()
            let isBullet = cmark_node_get_list_type(node) == CMARK_BULLET_LIST
            if entering {
                html.appendNewlineUnlessAtLineStart()
                let start = cmark_node_get_list_start(node)
                if isBullet {
                    html.appendLiteral("<ul>\n")
                } else if start == 1 {
                    html.appendLiteral("<ol>\n")
                } else {
                    html.appendLiteral("<ol start=\"")
                    html.appendDecimal(start)
                    html.appendLiteral("\">\n")
                }
            } else {
                html.appendLiteral(isBullet ? "</ul>\n" : "</ol>\n")
            }

        case CMARK_NODE_ITEM:
            plainText.breakWord()
            if entering {
                html.appendNewlineUnlessAtLineStart()
                html.appendLiteral("<li>")
            } else {
                html.appendLiteral("</li>\n")
            }

        case CMARK_NODE_HEADING:
            plainText.breakWord()
            let level = UInt8(truncatingIfNeeded: cmark_node_get_heading_level(node))
            if entering {
                html.appendNewlineUnlessAtLineStart()
                html.appendLiteral("<h")
                html.append(UInt8(ascii: "0") + level)
                let id = registerHeading(node, level: level)
                if !id.isEmpty {
                    html.appendLiteral(" id=\"")
                    var id = id
                    id.withUTF8 { HTMLEscaping.appendHTML($0, to: &html) }
                    html.append(UInt8(ascii: "\""))
                }
                html.append(UInt8(ascii: ">"))
            } else {
                html.appendLiteral("</h")
                html.append(UInt8(ascii: "0") + level)
                html.appendLiteral(">\n")
            }

        case CMARK_NODE_CODE_BLOCK:
            html.appendNewlineUnlessAtLineStart()
            let info = cStringBytes(cmark_node_get_fence_info(node))
            if !options.fencedBlockRenderers.isEmpty, renderFencedBlock(node, info: info, rewriteURL: rewriteURL) {
                return
            }
            if info.isEmpty {
                html.appendLiteral("<pre><code>")
            } else {
                var firstTagEnd = 0
                while firstTagEnd < info.count && !Self.isCmarkSpace(info[firstTagEnd]) {
                    firstTagEnd += 1
                }
                html.appendLiteral("<pre><code class=\"language-")
                HTMLEscaping.appendHTML(UnsafeBufferPointer(rebasing: info[..<firstTagEnd]), to: &html)
                html.appendLiteral("\">")
            }
            let literal = cStringBytes(cmark_node_get_literal(node))
            HTMLEscaping.appendHTML(literal, to: &html)
            html.appendLiteral("</code></pre>\n")
            plainText.breakWord()
            plainText.append(literal)
            plainText.breakWord()

        case CMARK_NODE_HTML_BLOCK:
            plainText.breakWord()
            html.appendNewlineUnlessAtLineStart()
            appendRawHTML(node, rewriteURL: rewriteURL)
            html.appendNewlineUnlessAtLineStart()

        case CMARK_NODE_CUSTOM_BLOCK:
            plainText.breakWord()
            html.appendNewlineUnlessAtLineStart()
            html.append(cStringBytes(entering ? cmark_node_get_on_enter(node) : cmark_node_get_on_exit(node)))
            html.appendNewlineUnlessAtLineStart()

        case CMARK_NODE_THEMATIC_BREAK:
            plainText.breakWord()
            html.appendNewlineUnlessAtLineStart()
            html.appendLiteral("<hr />\n")

        case CMARK_NODE_PARAGRAPH:
            plainText.breakWord()
            if !Self.isInTightList(node) {
                if entering {
                    html.appendNewlineUnlessAtLineStart()
                    html.appendLiteral("<p>")
                } else {
                    html.appendLiteral("</p>\n")
                }
            }

        case CMARK_NODE_TEXT:
            let literal = cStringBytes(cmark_node_get_literal(node))
            HTMLEscaping.appendHTML(literal, to: &html)
            plainText.append(literal)

        case CMARK_NODE_LINEBREAK:
            plainText.breakWord()
            html.appendLiteral("<br />\n")

        case CMARK_NODE_SOFTBREAK:
            plainText.breakWord()
            html.append(UInt8(ascii: "\n"))

        case CMARK_NODE_CODE:
            let literal = cStringBytes(cmark_node_get_literal(node))
            html.appendLiteral("<code>")
            HTMLEscaping.appendHTML(literal, to: &html)
            html.appendLiteral("</code>")
            plainText.append(literal)

        case CMARK_NODE_HTML_INLINE:
            appendRawHTML(node, rewriteURL: rewriteURL)

        case CMARK_NODE_CUSTOM_INLINE:
            html.append(cStringBytes(entering ? cmark_node_get_on_enter(node) : cmark_node_get_on_exit(node)))

        case CMARK_NODE_STRONG:
            html.appendLiteral(entering ? "<strong>" : "</strong>")

        case CMARK_NODE_EMPH:
            html.appendLiteral(entering ? "<em>" : "</em>")

        case CMARK_NODE_LINK:
            if entering {
                html.appendLiteral("<a href=\"")
                appendURL(node, rewriteURL: rewriteURL)
                appendTitle(node)
                html.appendLiteral("\">")
            } else {
                html.appendLiteral("</a>")
            }

        case CMARK_NODE_IMAGE:
            if entering {
                html.appendLiteral("<img src=\"")
                appendURL(node, rewriteURL: rewriteURL)
                html.appendLiteral("\" alt=\"")
                altTextImage = node
            } else {
                appendTitle(node)
                html.appendLiteral("\" />")
            }

        default:
            break
        }
    }

    /// Inside an image description only text survives, as cmark writes the `alt` attribute.
    private mutating func renderAltText(_ node: OpaquePointer, type: cmark_node_type) {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            let literal = cStringBytes(cmark_node_get_literal(node))
            HTMLEscaping.appendHTML(literal, to: &html)
            plainText.append(literal)
        case CMARK_NODE_HTML_INLINE:
            HTMLEscaping.appendHTML(cStringBytes(cmark_node_get_literal(node)), to: &html)
        case CMARK_NODE_LINEBREAK, CMARK_NODE_SOFTBREAK:
            html.append(UInt8(ascii: " "))
            plainText.breakWord()
        default:
            break
        }
    }

    /// Hands the block to the renderer registered for its language; false when there is none or it declined.
    private mutating func renderFencedBlock(_ node: OpaquePointer, info: UnsafeBufferPointer<UInt8>,
                                            rewriteURL: (String) -> String?) -> Bool {
        let infoString = String(decoding: info, as: UTF8.self)
        let language = String(infoString.prefix { !$0.isWhitespace })
        guard let renderer = options.fencedBlockRenderers[language] else { return false }
        let block = FencedBlock(language: language, info: infoString,
                                literal: String(decoding: cStringBytes(cmark_node_get_literal(node)), as: UTF8.self),
                                firstContentLine: Int(cmark_node_get_start_line(node)) + 1,
                                fenceByteColumn: Int(cmark_node_get_start_column(node)))
        var inlineOptions = options
        inlineOptions.headingIDs = false
        inlineOptions.fencedBlockRenderers = [:]
        let output = withoutActuallyEscaping(rewriteURL) { rewrite in
            renderer(block, FencedBlockContext { text in
                Self.inlineHTML(MarkdownDocument(text).render(options: inlineOptions, rewriteURL: rewrite).html)
            })
        }
        problems.append(contentsOf: output.problems)
        guard let replacement = output.html else { return false }
        html.append(replacement)
        html.appendNewlineUnlessAtLineStart()
        plainText.breakWord()
        var tableText = MarkdownDocument(block.literal).render(options: inlineOptions).plainText
        tableText.withUTF8 { plainText.append($0) }
        plainText.breakWord()
        return true
    }

    /// `<p>x</p>\n` → `x`.
    private static func inlineHTML(_ html: String) -> String {
        var text = Substring(html)
        if text.hasSuffix("\n") { text = text.dropLast() }
        if text.hasPrefix("<p>") && text.hasSuffix("</p>") { text = text.dropFirst(3).dropLast(4) }
        return String(text)
    }

    private mutating func appendRawHTML(_ node: OpaquePointer, rewriteURL: (String) -> String?) {
        if options.allowUnsafeHTML {
            let raw = String(decoding: cStringBytes(cmark_node_get_literal(node)), as: UTF8.self)
            html.append(HTMLEscaping.removingControlCharacters(RawHTMLLinks.rewrite(raw, rewriteURL: rewriteURL)))
        } else {
            html.appendLiteral("<!-- raw HTML omitted -->")
        }
    }

    private mutating func appendURL(_ node: OpaquePointer, rewriteURL: (String) -> String?) {
        let url = cmark_node_get_url(node)
        if var replacement = rewriteURL(url.map { String(cString: $0) } ?? "") {
            replacement.withUTF8 { appendCheckedURL($0) }
        } else {
            appendCheckedURL(cStringBytes(url))
        }
    }

    private mutating func appendCheckedURL(_ url: UnsafeBufferPointer<UInt8>) {
        if options.allowUnsafeHTML || !DangerousURL.matches(url) {
            HTMLEscaping.appendHref(url, to: &html)
        }
    }

    private mutating func appendTitle(_ node: OpaquePointer) {
        let title = cStringBytes(cmark_node_get_title(node))
        if !title.isEmpty {
            html.appendLiteral("\" title=\"")
            HTMLEscaping.appendHTML(title, to: &html)
        }
    }

    /// Records the heading and returns its id (empty when ids are off).
    private mutating func registerHeading(_ node: OpaquePointer, level: UInt8) -> String {
        let text = NodeText.of(node)
        let id = options.headingIDs ? headingIDs.claim(HeadingSlug.make(text)) : ""
        headings.append(MarkdownHeading(level: Int(level), text: text, id: id))
        return id
    }

    private static func isInTightList(_ paragraph: OpaquePointer) -> Bool {
        guard let grandparent = cmark_node_parent(cmark_node_parent(paragraph)),
              cmark_node_get_type(grandparent) == CMARK_NODE_LIST
        else { return false }
        return cmark_node_get_list_tight(grandparent) != 0
    }

    /// cmark's `cmark_isspace`: space, `\t`, `\n`, `\v`, `\f`, `\r`.
    @inline(__always)
    private static func isCmarkSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
