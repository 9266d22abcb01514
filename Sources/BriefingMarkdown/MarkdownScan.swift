import CCmark

extension MarkdownDocument {
    /// Constructs that will not show as their author meant (SPEC §7), in source order of discovery:
    /// - `gfm-syntax` (warning): pipe tables in paragraphs, footnote references and definitions (`[^1]`),
    ///   `~~strikethrough~~`, task-list items (`- [ ]`, `- [x]`), bare `https://`, `http://` and `www.` URLs in text;
    /// - `raw-html-omitted` (warning, only when `allowUnsafeHTML` is false): one per document, at the first piece
    ///   of raw HTML other than a comment, with the count;
    /// - `control-character` (warning): each C0 control other than tab and line feed (carriage returns are line
    ///   endings), DEL and C1 control, written literally or as a numeric character reference outside code.
    ///
    /// Positions are 1-based lines and UTF-8 byte columns in the parsed text, found in the source line.
    public func problems(allowUnsafeHTML: Bool) -> [MarkdownProblem] {
        var scan = MarkdownScan(lines: SourceLines(source))
        scan.walk(root, allowUnsafeHTML: allowUnsafeHTML)
        scan.scanSource()
        return scan.problems
    }
}

struct MarkdownScan {
    let lines: SourceLines
    var problems: [MarkdownProblem] = []
    private var codeLines: Set<Int> = []
    /// Lines whose text (after entity decoding) holds a filtered control character: a reference elsewhere (in a
    /// code span, which cmark does not decode) is not one.
    private var decodedControls: [Int: Int] = [:]
    private var occurrences: [Int: [String: Int]] = [:]
    private var reported: Set<[Int]> = []
    private var rawHTMLCount = 0
    private var firstRawHTML: (line: Int, column: Int)?

    init(lines: SourceLines) {
        self.lines = lines
    }

    mutating func walk(_ root: OpaquePointer, allowUnsafeHTML: Bool) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var linkDepth = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                linkDepth += event == CMARK_EVENT_ENTER ? 1 : -1
                if event == CMARK_EVENT_ENTER, type == CMARK_NODE_LINK { footnoteLink(node) }
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            switch type {
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                let start = Int(cmark_node_get_start_line(node))
                let end = Int(cmark_node_get_end_line(node))
                if start > 0 && end >= start { codeLines.formUnion(start...end) }
                if type == CMARK_NODE_HTML_BLOCK && !allowUnsafeHTML {
                    rawHTML(node, line: start, column: Int(cmark_node_get_start_column(node)))
                }
                if type == CMARK_NODE_CODE_BLOCK, cmark_node_get_fence_info(node).map({ String(cString: $0) })?.trimmingSpaces == "table" {
                    tableCells(node, allowUnsafeHTML: allowUnsafeHTML)
                }
            case CMARK_NODE_HTML_INLINE where !allowUnsafeHTML:
                let line = Int(cmark_node_get_start_line(node))
                let literal = String(cString: cmark_node_get_literal(node))
                let firstLine = Array(literal.utf8.prefix { $0 != 0x0A && $0 != 0x0D })
                rawHTML(node, line: line, column: find(firstLine, line: line) ?? Int(cmark_node_get_start_column(node)))
            case CMARK_NODE_PARAGRAPH:
                pipeTable(node)
            case CMARK_NODE_ITEM:
                taskListItem(node)
            case CMARK_NODE_TEXT:
                noteDecodedControls(node)
                if linkDepth == 0 { text(node) }
            default:
                break
            }
        }
        if rawHTMLCount > 0, let first = firstRawHTML {
            let pieces = rawHTMLCount == 1 ? "1 piece of raw HTML" : "\(rawHTMLCount) pieces of raw HTML"
            add("raw-html-omitted", "\(pieces) in this file (the first here) will not show: briefing leaves raw HTML out; write it in Markdown, or set 'unsafe_html: true' in Content/site.yml if you trust this content",
                line: first.line, column: first.column)
        }
    }

    // MARK: - Constructs

    /// The cells of a ` ```table ` fence hold inline Markdown: their constructs are reported like the body's, at
    /// their place in the file; their raw HTML counts towards the document's one `raw-html-omitted`.
    private mutating func tableCells(_ node: OpaquePointer, allowUnsafeHTML: Bool) {
        let literal = String(cString: cmark_node_get_literal(node))
        let firstLine = Int(cmark_node_get_start_line(node)) + 1
        let indent = Int(cmark_node_get_start_column(node)) - 1
        for cell in PipeTable.locatedCells(literal) {
            let document = MarkdownDocument(cell.text)
            var scan = MarkdownScan(lines: SourceLines(document.source))
            scan.walk(document.root, allowUnsafeHTML: allowUnsafeHTML)
            for problem in scan.problems where problem.code != "raw-html-omitted" {
                add(problem.code, problem.message, line: firstLine + cell.row, column: indent + cell.byteStart + problem.byteColumn)
            }
            if scan.rawHTMLCount > 0 {
                rawHTMLCount += scan.rawHTMLCount
                if firstRawHTML == nil, let first = scan.firstRawHTML {
                    firstRawHTML = (firstLine + cell.row, indent + cell.byteStart + first.column)
                }
            }
        }
    }

    private mutating func rawHTML(_ node: OpaquePointer, line: Int, column: Int) {
        let literal = String(cString: cmark_node_get_literal(node))
        let trimmed = literal.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        if trimmed.hasPrefix("<!--") && trimmed.trimmingTrailingWhitespace.hasSuffix("-->") { return }
        rawHTMLCount += 1
        if firstRawHTML == nil { firstRawHTML = (line, column) }
    }

    private mutating func pipeTable(_ paragraph: OpaquePointer) {
        let start = Int(cmark_node_get_start_line(paragraph))
        let end = Int(cmark_node_get_end_line(paragraph))
        guard start > 0, end > start else { return }
        for number in (start + 1)...end where Self.isDelimiterRow(lines.line(number)) && lines.line(number - 1).contains(UInt8(ascii: "|")) {
            add("gfm-syntax", "this is a GitHub pipe table, which CommonMark shows as a paragraph of '|' characters; put it in a fenced block whose info string is 'table' (```table … ```)",
                line: start, column: Int(cmark_node_get_start_column(paragraph)))
            return
        }
    }

    /// `| --- | :-: |` (with at least one `|` and one `-`, only `|`, `:`, `-`, spaces; container markers `>` allowed in front).
    static func isDelimiterRow(_ line: ArraySlice<UInt8>) -> Bool {
        var content = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }
        while let last = content.last, last == 0x20 || last == 0x09 { content = content.dropLast() }
        guard content.contains(UInt8(ascii: "|")), content.contains(UInt8(ascii: "-")) else { return false }
        return content.allSatisfy { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "-") || $0 == 0x20 || $0 == 0x09 }
    }

    private mutating func taskListItem(_ item: OpaquePointer) {
        guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let text = cmark_node_first_child(paragraph), cmark_node_get_type(text) == CMARK_NODE_TEXT else { return }
        let literal = String(cString: cmark_node_get_literal(text))
        guard let box = ["[ ]", "[x]", "[X]"].first(where: { literal.hasPrefix($0 + " ") || literal == $0 }) else { return }
        let line = Int(cmark_node_get_start_line(paragraph))
        let column = lines.byteColumn(of: Array(box.utf8), line: line, fromByteColumn: Int(cmark_node_get_start_column(item)))
            ?? Int(cmark_node_get_start_column(paragraph))
        add("gfm-syntax", "'- \(box)' is a GitHub task-list item, which CommonMark shows as the text '\(box)'; say the state in words (for example 'Done:' or 'Open:')",
            line: line, column: column)
    }

    /// `[^1]` that a reference definition `[^1]: https://…` turned into a link.
    private mutating func footnoteLink(_ link: OpaquePointer) {
        guard let child = cmark_node_first_child(link), cmark_node_get_type(child) == CMARK_NODE_TEXT else { return }
        let label = String(cString: cmark_node_get_literal(child))
        guard label.hasPrefix("^"), !label.contains(" ") else { return }
        let line = Int(cmark_node_get_start_line(link))
        let needle = "[" + label + "]"
        if let column = findNext(Array(needle.utf8), line: line) {
            add("gfm-syntax", footnoteMessage(needle, definition: false), line: line, column: column)
        }
    }

    private mutating func text(_ node: OpaquePointer) {
        let literal = Array(cStringBytes(cmark_node_get_literal(node)))
        let line = Int(cmark_node_get_start_line(node))
        guard line > 0 else { return }
        var index = 0
        while index < literal.count {
            let byte = literal[index]
            guard byte == UInt8(ascii: "~") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w") else {
                index += 1
                continue
            }
            let rest = literal[index...]
            if rest.starts(with: "~~".utf8), let close = Self.range(of: Array("~~".utf8), in: literal, from: index + 2), close > index + 2 {
                if let column = findNext(Array("~~".utf8), line: line) {
                    _ = findNext(Array("~~".utf8), line: line)
                    add("gfm-syntax", "'~~…~~' is GitHub strikethrough, which CommonMark shows with the tildes; say in words that the text is withdrawn, or remove it",
                        line: line, column: column)
                }
                index = close + 2
                continue
            }
            if rest.starts(with: "[^".utf8), let close = literal[index...].firstIndex(of: UInt8(ascii: "]")),
               close > index + 2, !literal[index..<close].contains(0x20) {
                let label = String(decoding: literal[index...close], as: UTF8.self)
                let definition = close + 1 < literal.count && literal[close + 1] == UInt8(ascii: ":")
                if let column = findNext(Array(label.utf8), line: line) {
                    add("gfm-syntax", footnoteMessage(label, definition: definition), line: line, column: column)
                }
                index = close + 1
                continue
            }
            // `h` and `w` are common letters: a URL needs `ht` or `ww` at the start of a word.
            let next = index + 1 < literal.count ? literal[index + 1] : 0
            let atWordStart = (next == UInt8(ascii: "t") || next == UInt8(ascii: "w")) && (index == 0 || !Self.isWordByte(literal[index - 1]))
            if atWordStart, rest.starts(with: "https://".utf8) || rest.starts(with: "http://".utf8) || rest.starts(with: "www.".utf8) {
                var end = index
                while end < literal.count, literal[end] > 0x20, literal[end] != UInt8(ascii: "<") { end += 1 }
                while end > index, ".,:;!?)'\"*_".utf8.contains(literal[end - 1]) { end -= 1 }
                let url = String(decoding: literal[index..<end], as: UTF8.self)
                if url.count > (url.hasPrefix("www.") ? 4 : 8), let column = findNext(Array(url.utf8), line: line) {
                    let target = url.hasPrefix("www.") ? "https://" + url : url
                    add("gfm-syntax", "the bare URL '\(url)' is a link on GitHub but plain text in CommonMark; write it as <\(target)>",
                        line: line, column: column)
                }
                index = max(end, index + 1)
                continue
            }
            index += 1
        }
    }

    private mutating func noteDecodedControls(_ node: OpaquePointer) {
        let bytes = cStringBytes(cmark_node_get_literal(node))
        var count = 0
        var index = 0
        while index < bytes.count {
            let length = HTMLEscaping.controlLength(bytes, at: index)
            if length > 0 { count += 1 }
            index += max(length, 1)
        }
        if count > 0 {
            decodedControls[Int(cmark_node_get_start_line(node)), default: 0] += count
        }
    }

    private func footnoteMessage(_ label: String, definition: Bool) -> String {
        definition
            ? "'\(label):' is a GitHub footnote definition, which CommonMark shows as text; cite the source with a cite: link (SPEC §9) or put the note in the text"
            : "'\(label)' is a GitHub footnote reference, which CommonMark shows as text; cite the source with a cite: link (SPEC §9) or put the note in the text"
    }

    // MARK: - Source scan: control characters and footnote definitions

    mutating func scanSource() {
        for number in 1...max(1, lines.count) {
            let line = lines.line(number)
            let literalControls = line.indices.count { index in
                let byte = line[index]
                return (byte < 0x20 && byte != 0x09 && byte != 0x0D) || byte == 0x7F
                    || (byte == 0xC2 && index + 1 < line.endIndex && (0x80...0x9F).contains(line[index + 1]))
            }
            var referenceBudget = decodedControls[number, default: 0] - literalControls
            var index = line.startIndex
            while index < line.endIndex {
                let byte = line[index]
                let column = index - line.startIndex + 1
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F {
                    control(Unicode.Scalar(byte), line: number, column: column)
                } else if byte == 0xC2, index + 1 < line.endIndex, (0x80...0x9F).contains(line[index + 1]) {
                    control(Unicode.Scalar(line[index + 1]), line: number, column: column)
                    index += 1
                } else if byte == UInt8(ascii: "&"), !codeLines.contains(number), referenceBudget > 0, let (scalar, length) = Self.numericReference(line[index...]) {
                    if HTMLEscaping.isFilteredControl(scalar) {
                        referenceBudget -= 1
                        control(scalar, line: number, column: column, reference: String(decoding: line[index..<index + length], as: UTF8.self))
                    }
                }
                index += 1
            }
            if !codeLines.contains(number) {
                let content = line.drop { $0 == 0x20 || $0 == UInt8(ascii: ">") }
                if content.starts(with: "[^".utf8), let close = content.firstIndex(of: UInt8(ascii: "]")),
                   close + 1 < content.endIndex, content[close + 1] == UInt8(ascii: ":") {
                    let column = content.startIndex - line.startIndex + 1
                    add("gfm-syntax", footnoteMessage(String(decoding: content[content.startIndex...close], as: UTF8.self), definition: true),
                        line: number, column: column)
                }
            }
        }
    }

    private mutating func control(_ scalar: Unicode.Scalar, line: Int, column: Int, reference: String? = nil) {
        let written = reference.map { " (written as '\($0)')" } ?? ""
        add("control-character", "control character \(ScalarDescription.describe(scalar))\(written) is left out of the page; delete it (it usually comes from copying text out of a PDF or a terminal)",
            line: line, column: column)
    }

    /// `&#27;` or `&#x1B;` at the start: the scalar and the reference's byte length.
    static func numericReference(_ text: ArraySlice<UInt8>) -> (Unicode.Scalar, Int)? {
        var index = text.startIndex + 1
        guard index < text.endIndex, text[index] == UInt8(ascii: "#") else { return nil }
        index += 1
        var radix: UInt32 = 10
        if index < text.endIndex, text[index] | 0x20 == UInt8(ascii: "x") { radix = 16; index += 1 }
        var value: UInt32 = 0
        var digits = 0
        while index < text.endIndex, digits < 8 {
            let byte = text[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: digit = UInt32.max
            }
            if digit == UInt32.max { break }
            value = value * radix + digit
            digits += 1
            index += 1
        }
        guard digits > 0, index < text.endIndex, text[index] == UInt8(ascii: ";"), let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, index + 1 - text.startIndex)
    }

    // MARK: - Helpers

    private mutating func add(_ code: String, _ message: String, line: Int, column: Int) {
        guard reported.insert([line, column, code.hashValue]).inserted else { return }
        problems.append(MarkdownProblem(code: code, message: message, line: line, byteColumn: column))
    }

    private func find(_ needle: [UInt8], line: Int) -> Int? {
        lines.byteColumn(of: needle, line: line)
    }

    /// The next not yet used occurrence of `needle` in the line.
    private mutating func findNext(_ needle: [UInt8], line: Int) -> Int? {
        let key = String(decoding: needle, as: UTF8.self)
        let used = occurrences[line, default: [:]][key, default: 0]
        occurrences[line, default: [:]][key] = used + 1
        return lines.byteColumn(of: needle, line: line, occurrence: used)
    }

    private static func range(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "@")
    }
}

private extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var text = self
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }
}
