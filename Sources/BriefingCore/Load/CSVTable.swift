import CSV
import Foundation

/// One CSV file parsed by CSV.swift (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks;
/// LF, CRLF and CR line endings; a UTF-8 byte order mark is skipped), with the physical line of every row.
///
/// Positions: a row's line is the file line its first field starts on (a quoted field with line breaks makes
/// the next row start further down); a column is the 1-based position of the field in its row, so a problem
/// is reported as `file:line:column` and its message names the column's header.
struct CSVTable {
    struct Row {
        /// 1-based file line the row starts on.
        let line: Int
        let fields: [String]

        /// Whether every field is empty or blank (a blank line in the file).
        var isBlank: Bool { fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    let file: String
    /// Header names as written, trimmed of surrounding spaces.
    let header: [String]
    /// Data rows, blank lines left out.
    let rows: [Row]

    /// Parses the file; nil (with a diagnostic) when it is empty or a quoted field is never closed.
    static func parse(_ source: SourceText, diagnostics: inout Diagnostics) -> CSVTable? {
        var text = String(decoding: source.bytes, as: UTF8.self)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else {
            diagnostics.append(.error("csv-syntax", file: source.path, "the CSV file could not be read"))
            return nil
        }
        var parsed: [Row] = []
        var line = 1
        while let fields = reader.next() {
            parsed.append(Row(line: line, fields: fields))
            line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
        }
        guard let first = parsed.first, !first.isBlank else {
            diagnostics.append(.error("csv-missing-header", file: source.path,
                                      "the file has no header row; its first line names the columns, e.g. \(source.path.hasSuffix("members.csv") ? MembersCSVLoader.columns.joined(separator: ",") : CSVAllianceLoader.columns.joined(separator: ","))"))
            return nil
        }
        if text.unicodeScalars.reduce(0, { $1 == "\"" ? $0 + 1 : $0 }) % 2 == 1, let last = parsed.last {
            let column = last.fields.lastIndex { lineBreaks(in: $0) > 0 }.map { $0 + 1 } ?? last.fields.count
            diagnostics.append(.error("csv-syntax", file: source.path, at: SourceLocation(line: last.line, column: column),
                                      "a quoted field opened in this row is never closed, so the rest of the file was read as one field; add the closing '\"' (a '\"' inside a quoted field is written '\"\"')"))
            return nil
        }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        return CSVTable(file: source.path, header: header, rows: parsed.dropFirst().filter { !$0.isBlank })
    }

    /// LF, CRLF and a lone CR each count as one line break, as CSV.swift ends rows on them.
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var afterCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\r" { count += 1 }
            else if scalar == "\n" && !afterCR { count += 1 }
            afterCR = scalar == "\r"
        }
        return count
    }
}
