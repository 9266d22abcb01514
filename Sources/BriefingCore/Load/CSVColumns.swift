import Foundation

/// Which position each known column has in a CSV file's header, and the checks of the header itself.
struct CSVColumns {
    let file: String
    private let positions: [String: Int]
    /// Columns that hold ids, codes, dates or fixed values, with what their value is called ("country code"):
    /// invisible characters are left out of them and reported (SPEC §8).
    private let tokenNouns: [String: String]

    /// Reads `header` against the columns a file may have. Unknown, repeated and missing required columns are
    /// errors at line 1 and the column's position; nil when a required column is missing (no row can be read).
    init?(_ table: CSVTable, known: [String], required: [String], tokens: [String: String] = [:], diagnostics: inout Diagnostics) {
        file = table.file
        tokenNouns = tokens
        var positions: [String: Int] = [:]
        var valid = true
        for (index, name) in table.header.enumerated() {
            let at = SourceLocation(line: 1, column: index + 1)
            if !known.contains(name) {
                let hint = Suggestion.hint(for: name, in: known)
                let description = name.isEmpty ? "an empty column header" : "unknown column '\(name)'"
                diagnostics.append(.error("csv-unknown-column", file: table.file, at: at,
                                          "\(description) in \(Self.fileName(table.file))\(hint.isEmpty ? "; the columns are \(known.joined(separator: ","))" : hint)"))
            } else if let first = positions[name] {
                diagnostics.append(.error("csv-duplicate-column", file: table.file, at: at,
                                          "the column '\(name)' appears twice in the header (first as column \(first + 1))"))
            } else {
                positions[name] = index
            }
        }
        for name in required where positions[name] == nil {
            valid = false
            diagnostics.append(.error("csv-missing-column", file: table.file, at: SourceLocation(line: 1, column: table.header.count + 1),
                                      "\(Self.fileName(table.file)) has no column '\(name)', which is required; the header must name \(required.joined(separator: ", "))"))
        }
        guard valid else { return nil }
        self.positions = positions
    }

    /// The trimmed value of `column` in `row` (line breaks inside it as LF, as YAML reads them), nil when the
    /// column is absent or the field empty.
    func value(_ column: String, in row: CSVTable.Row) -> String? {
        guard let index = positions[column], index < row.fields.count else { return nil }
        var field = row.fields[index]
        if tokenNouns[column] != nil, field.unicodeScalars.contains(where: UnicodeCharacterName.isStrippedFromToken) {
            field = String(String.UnicodeScalarView(field.unicodeScalars.filter { !UnicodeCharacterName.isStrippedFromToken($0) }))
        }
        let text = field.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        return text.unicodeScalars.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
    }

    /// An error for the first invisible, no-break-space or control character in each token column of `row`, named by
    /// its code point, e.g. "the country code 'TR' in column 'country' is followed by an invisible character U+200B
    /// ZERO WIDTH SPACE; delete it". `value` leaves these characters out, so later checks see the intended value.
    func reportInvisibleCharacters(in row: CSVTable.Row, diagnostics: inout Diagnostics) {
        for (column, noun) in tokenNouns.sorted(by: { (positions[$0.key] ?? 0) < (positions[$1.key] ?? 0) }) {
            guard let index = positions[column], index < row.fields.count else { continue }
            var scalars = Array(row.fields[index].unicodeScalars)
            while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
            while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
            guard let at = scalars.firstIndex(where: UnicodeCharacterName.isStrippedFromToken) else { continue }
            let (clean, place) = UnicodeCharacterName.tokenPlace(token: scalars, index: at)
            diagnostics.append(.error("invisible-character", file: file, at: location(column, in: row),
                "the \(noun) '\(clean)' in column '\(column)' \(place) \(UnicodeCharacterName.phrase(scalars[at])); delete it"))
        }
    }

    /// Where `column` of `row` is: the row's line and the column's position (1 when the column is absent).
    func location(_ column: String, in row: CSVTable.Row) -> SourceLocation {
        SourceLocation(line: row.line, column: (positions[column] ?? 0) + 1)
    }

    /// An error whose count of fields differs from the header's: fields would land under the wrong column.
    func checkWidth(_ row: CSVTable.Row, headerCount: Int, diagnostics: inout Diagnostics) -> Bool {
        guard row.fields.count != headerCount else { return true }
        let column = min(row.fields.count, headerCount) + 1
        let detail = row.fields.count > headerCount
            ? "has \(row.fields.count) fields but the header names \(headerCount) columns; quote a value that contains a comma"
            : "has \(row.fields.count) fields but the header names \(headerCount) columns; leave a field empty with nothing between its commas"
        diagnostics.append(.error("csv-row-length", file: file, at: SourceLocation(line: row.line, column: column), "this row \(detail)"))
        return false
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
