/// YAML source split into lines as libyaml splits it, and the no-break spaces libyaml would misread.
enum YAMLLines {
    /// A no-break space where YAML needs an ordinary one; `line` and `column` are 0-based in `lines`.
    struct MisplacedSpace {
        let line: Int
        let column: Int
        let message: String
    }

    /// Lines of Unicode scalars, split at LF, CRLF or a lone CR (the break itself dropped).
    static func split(_ text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { lines.append([]) }
                previousWasCR = false
            } else if scalar == "\r" {
                lines.append([])
                previousWasCR = true
            } else {
                lines[lines.count - 1].append(scalar)
                previousWasCR = false
            }
        }
        return lines
    }

    /// The lines joined again with the line break `original` uses first (LF when it has none).
    static func join(_ lines: [[Unicode.Scalar]], like original: String) -> String {
        let separator: String
        if let index = original.utf8.firstIndex(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
            let next = original.utf8.index(after: index)
            if original.utf8[index] == UInt8(ascii: "\n") {
                separator = "\n"
            } else {
                separator = next < original.utf8.endIndex && original.utf8[next] == UInt8(ascii: "\n") ? "\r\n" : "\r"
            }
        } else {
            separator = "\n"
        }
        var text = String.UnicodeScalarView()
        for (index, line) in lines.enumerated() {
            if index > 0 { text.append(contentsOf: separator.unicodeScalars) }
            text.append(contentsOf: line)
        }
        return String(text)
    }

    /// `lineOffset` is added to line numbers in the messages (the file line of the YAML's first line, minus one).
    /// No-break spaces (U+00A0, U+2007, U+202F, U+3000) in a line's indentation, right after a list's `-`, or right
    /// after the `:` of a `key:`: places where YAML needs an ordinary space and, not seeing one, fails with a
    /// message about the next line or reads `key: value` as one string.
    static func misplacedNoBreakSpaces(in lines: [[Unicode.Scalar]], lineOffset: Int = 0) -> [MisplacedSpace] {
        var found: [MisplacedSpace] = []
        for (number, line) in lines.enumerated() {
            var column = 0
            var inIndentation = true
            var reported = false
            while column < line.count {
                let scalar = line[column]
                if UnicodeCharacterName.isNoBreakSpace(scalar) {
                    if reported {
                        // One report per line; the later ones are replaced too.
                        found.append(MisplacedSpace(line: number, column: column, message: ""))
                    } else if inIndentation {
                        found.append(MisplacedSpace(line: number, column: column,
                            message: "line \(number + 1 + lineOffset) is indented with a no-break space \(UnicodeCharacterName.describe(scalar)) at column \(column + 1), which YAML does not count as indentation; use ordinary spaces"))
                    } else {
                        found.append(MisplacedSpace(line: number, column: column,
                            message: "the '-' of a list item is followed by a no-break space \(UnicodeCharacterName.describe(scalar)) at column \(column + 1); use an ordinary space"))
                    }
                    reported = true
                    column += 1
                    continue
                }
                if scalar == " " { column += 1; continue }
                if scalar == "-", column + 1 < line.count, line[column + 1] == " " || UnicodeCharacterName.isNoBreakSpace(line[column + 1]) {
                    inIndentation = false
                    column += 1
                    continue
                }
                break
            }
            guard column < line.count, line[column] != "#", line[column] != "\"", line[column] != "'" else { continue }
            guard let colon = line[column...].firstIndex(of: ":"), colon + 1 < line.count,
                  UnicodeCharacterName.isNoBreakSpace(line[colon + 1]) else { continue }
            let key = String(String.UnicodeScalarView(line[column..<colon]))
            guard !key.contains("#") else { continue }
            found.append(MisplacedSpace(line: number, column: colon + 1,
                message: "'\(key):' is followed by a no-break space \(UnicodeCharacterName.describe(line[colon + 1])) at column \(colon + 2), so YAML does not read it as a key; use an ordinary space"))
        }
        return found
    }

    /// The index of a no-break space next to YAML's own syntax on the line (after `:`, `,`, `[`, `{`, `-` or a
    /// closing quote, before `:`, `,`, `]`, `}` or `#`, or trailing), where it is the likely cause of a syntax error
    /// on this line or the next; nil when the line has none.
    static func noBreakSpaceBesideSyntax(in line: [Unicode.Scalar]) -> Int? {
        let before: Set<Unicode.Scalar> = [":", ",", "[", "{", "-", "\"", "'"]
        let after: Set<Unicode.Scalar> = [":", ",", "]", "}", "#"]
        for (index, scalar) in line.enumerated() where UnicodeCharacterName.isNoBreakSpace(scalar) {
            let rest = line[(index + 1)...]
            if rest.allSatisfy({ $0 == " " || UnicodeCharacterName.isNoBreakSpace($0) }) { return index }
            if index > 0, before.contains(line[index - 1]) { return index }
            if let next = rest.first, after.contains(next) { return index }
        }
        return nil
    }
}
