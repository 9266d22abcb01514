import CCmark

/// The line of a link's opening `[` (or `!`/`<`).
///
/// cmark gives a link the line of its closing `]` (with the column of its `[`), so a label wrapped over several
/// lines would point at the wrong line. The label's first text node carries the right line; line breaks before it
/// are counted back.
enum LinkSourceLine {
    static func of(_ link: OpaquePointer) -> Int {
        var breaksBeforeText = 0
        if let iterator = cmark_iter_new(link) {
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                switch cmark_node_get_type(node) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                    let line = Int(cmark_node_get_start_line(node))
                    if line > 0 {
                        return line - breaksBeforeText
                    }
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    breaksBeforeText += 1
                default:
                    break
                }
            }
        }
        return Int(cmark_node_get_start_line(link)) - breaksBeforeText
    }
}
