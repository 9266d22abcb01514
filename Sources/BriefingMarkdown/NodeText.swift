import CCmark

/// Plain text of a cmark subtree: text and code spans, line breaks as spaces, whitespace collapsed, no raw HTML.
enum NodeText {
    static func of(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = CollapsedText()
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text.append(cStringBytes(cmark_node_get_literal(child)))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.breakWord()
            default:
                break
            }
        }
        return text.string
    }
}
