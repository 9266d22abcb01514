/// The ` ```table ` fence: a GitHub-style pipe table rendered as an accessible HTML table (SPEC §7).
///
/// Body: a header row, a delimiter row (`---`, `:--`, `--:`, `:-:` per column) and body rows; cells are split at
/// `|` not escaped as `\|` and not inside a code span; leading and trailing `|` are optional; cells hold inline
/// Markdown. Output: `<table>`, `<thead>` with `<th scope="col">`, `<tbody>`; alignment as
/// `style="text-align: left|center|right"`. A body row with fewer cells is padded, one with more is an error.
public enum PipeTable {
    public static let renderer: FencedBlockRenderer = { block, context in render(block, context: context) }

    enum Alignment { case none, left, center, right }

    static func render(_ block: FencedBlock, context: FencedBlockContext) -> FencedBlockOutput {
        let lines = block.literal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var rows: [(line: Int, text: String)] = []
        for (offset, line) in lines.enumerated() where !line.trimmingSpaces.isEmpty {
            rows.append((block.firstContentLine + offset, line))
        }
        func failure(_ line: Int, _ message: String) -> FencedBlockOutput {
            FencedBlockOutput(html: nil, problems: [MarkdownProblem(code: "table-syntax", isError: true, message: message, line: line, byteColumn: 1)])
        }
        guard rows.count >= 2 else {
            return failure(rows.first?.line ?? block.firstContentLine - 1,
                           "a table needs a header row and a delimiter row such as '| --- | --- |'")
        }
        let header = cells(rows[0].text)
        let delimiters = cells(rows[1].text)
        var alignments: [Alignment] = []
        for cell in delimiters {
            guard let alignment = alignment(cell) else {
                return failure(rows[1].line, "the second row of a table must be the delimiter row: '---', ':--', '--:' or ':-:' in each cell, not '\(cell)'")
            }
            alignments.append(alignment)
        }
        guard delimiters.count == header.count else {
            return failure(rows[1].line, "the header row has \(header.count) cells but the delimiter row \(delimiters.count); give every column a delimiter")
        }
        var html = "<table>\n<thead>\n<tr>\n"
        for (column, cell) in header.enumerated() {
            html += "<th scope=\"col\"\(style(alignments[column]))>\(context.renderInline(cell))</th>\n"
        }
        html += "</tr>\n</thead>\n"
        if rows.count > 2 {
            html += "<tbody>\n"
            for row in rows.dropFirst(2) {
                var rowCells = cells(row.text)
                if rowCells.count > header.count {
                    return failure(row.line, "this row has \(rowCells.count) cells but the table has \(header.count) columns; escape a '|' inside a cell as '\\|'")
                }
                rowCells += Array(repeating: "", count: header.count - rowCells.count)
                html += "<tr>\n"
                for (column, cell) in rowCells.enumerated() {
                    html += "<td\(style(alignments[column]))>\(context.renderInline(cell))</td>\n"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        html += "</table>\n"
        return FencedBlockOutput(html: html)
    }

    /// The links and images in the cells of a ` ```table ` block, positioned in the parsed text (line of the row,
    /// byte column of the link's `[` in it), so cross-links in tables are checked like any other.
    public static func links(in block: FencedBlock, fenceIndent: Int = 0) -> [MarkdownLink] {
        var links: [MarkdownLink] = []
        for cell in locatedCells(block.literal) where cell.text.contains("[") || cell.text.contains("<") {
            for var link in MarkdownDocument(cell.text).links {
                link.line = block.firstContentLine + cell.row
                link.byteColumn = fenceIndent + cell.byteStart + link.byteColumn
                links.append(link)
            }
        }
        return links
    }

    /// Every cell of a table body with its row (0-based line of the literal) and the 0-based UTF-8 offset of its
    /// text in that row, so what is found in a cell can be reported at its place in the file.
    static func locatedCells(_ literal: String) -> [(row: Int, byteStart: Int, text: String)] {
        var located: [(row: Int, byteStart: Int, text: String)] = []
        for (offset, row) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let row = String(row)
            var searchFrom = 0
            let rowBytes = Array(row.utf8)
            for cell in cells(row) where !cell.isEmpty {
                let cellBytes = Array(cell.utf8)
                var cellStart = searchFrom
                if let found = firstIndex(of: cellBytes.prefix(8), in: rowBytes, from: searchFrom) { cellStart = found }
                searchFrom = cellStart + 1
                located.append((offset, cellStart, cell))
            }
        }
        return located
    }

    private static func firstIndex(of needle: ArraySlice<UInt8>, in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }

    /// The cells of a row: split at unescaped `|` outside code spans, outer pipes dropped, each trimmed;
    /// `\|` becomes `|`.
    static func cells(_ row: String) -> [String] {
        var text = Substring(row.trimmingSpaces)
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|") && !text.hasSuffix("\\|") { text = text.dropLast() }
        var cells: [String] = []
        var current = ""
        var codeFence = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\\", text.index(after: index) < text.endIndex, text[text.index(after: index)] == "|" {
                current.append("|")
                index = text.index(index, offsetBy: 2)
                continue
            }
            if character == "`" {
                var run = 0
                while index < text.endIndex, text[index] == "`" { run += 1; index = text.index(after: index) }
                current += String(repeating: "`", count: run)
                codeFence = codeFence == 0 ? run : (codeFence == run ? 0 : codeFence)
                continue
            }
            if character == "|" && codeFence == 0 {
                cells.append(current.trimmingSpaces)
                current = ""
            } else {
                current.append(character)
            }
            index = text.index(after: index)
        }
        cells.append(current.trimmingSpaces)
        return cells
    }

    static func alignment(_ cell: String) -> Alignment? {
        let left = cell.hasPrefix(":")
        let right = cell.hasSuffix(":") && cell.count > 1
        let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
        guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
        switch (left, right) {
        case (true, true): return .center
        case (true, false): return .left
        case (false, true): return .right
        case (false, false): return Alignment.none
        }
    }

    private static func style(_ alignment: Alignment) -> String {
        switch alignment {
        case .none: return ""
        case .left: return " style=\"text-align: left\""
        case .center: return " style=\"text-align: center\""
        case .right: return " style=\"text-align: right\""
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
