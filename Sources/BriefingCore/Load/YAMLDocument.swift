import Foundation
import Yams

/// YAML text from one file, parsed into a node tree whose positions map back into that file.
struct YAMLDocument {
    let file: String
    /// File line of the YAML's first line, minus one.
    let lineOffset: Int
    let root: Node?
    /// The YAML's lines (split at LF, CRLF or lone CR, as libyaml splits them), for finding characters inside a value.
    let lines: [[Unicode.Scalar]]

    /// Parses `text`; a syntax error becomes a diagnostic at its position and yields nil. No-break spaces used as
    /// indentation or after `key:` are reported (`no-break-space`) and read as ordinary spaces, and control
    /// characters, which libyaml refuses, are reported (`control-character`) and left out, so the rest of the file is
    /// still checked.
    static func parse(_ text: String, file: String, firstLine: Int, diagnostics: inout Diagnostics) -> YAMLDocument? {
        let lineOffset = firstLine - 1
        var lines = YAMLLines.split(text)
        let spaces = YAMLLines.misplacedNoBreakSpaces(in: lines, lineOffset: lineOffset)
        for space in spaces {
            if !space.message.isEmpty {
                diagnostics.append(.error("no-break-space", file: file,
                                          at: SourceLocation(line: space.line + 1 + lineOffset, column: space.column + 1), space.message))
            }
            lines[space.line][space.column] = " "
        }
        var changed = !spaces.isEmpty
        for (number, line) in lines.enumerated() where line.contains(where: UnicodeCharacterName.isControl) {
            for (index, scalar) in line.enumerated() where UnicodeCharacterName.isControl(scalar) {
                diagnostics.append(.warning("control-character", file: file, at: SourceLocation(line: number + 1 + lineOffset, column: index + 1),
                    "a control character \(UnicodeCharacterName.describe(scalar)) at column \(index + 1), which YAML does not allow; it is left out — delete it"))
            }
            lines[number] = line.filter { !UnicodeCharacterName.isControl($0) }
            changed = true
        }
        for (number, line) in lines.enumerated() where line.contains(where: { $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            for (index, scalar) in line.enumerated() where scalar == "\u{2028}" || scalar == "\u{2029}" {
                diagnostics.append(.warning("line-separator", file: file, at: SourceLocation(line: number + 1 + lineOffset, column: index + 1),
                    "\(UnicodeCharacterName.describe(scalar)) at column \(index + 1) is a line break to YAML but invisible in most editors; it is read as a space — replace it with a space"))
            }
            lines[number] = line.map { $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0 }
            changed = true
        }
        let yaml = changed ? YAMLLines.join(lines, like: text) : text
        do {
            let root = try Yams.compose(yaml: yaml)
            return YAMLDocument(file: file, lineOffset: lineOffset, root: root, lines: lines)
        } catch let error as YamlError {
            let syntax = syntaxError(error, text: text, lines: lines, file: file, lineOffset: lineOffset)
            // Indentation made of no-break spaces was already reported; the structure it was meant to have is
            // unknown, so a syntax error on that line or the next is its consequence, not a second mistake.
            let reportedLines = Set(spaces.filter { !$0.message.isEmpty }.map { $0.line + 1 + lineOffset })
            if !reportedLines.contains(syntax.location.line) && !reportedLines.contains(syntax.location.line - 1) {
                diagnostics.append(syntax)
            }
        } catch {
            diagnostics.append(.error("yaml-syntax", file: file, at: SourceLocation(line: firstLine, column: 1), "YAML could not be read: \(error)"))
        }
        return nil
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(line: lineOffset + 1, column: 1) }
        return SourceLocation(line: mark.line + lineOffset, column: mark.column)
    }

    /// The file position of the scalar at `index` (in Unicode scalars) of a scalar node's value: the matching
    /// occurrence of that character in the source from the node's start on. Falls back to the node's start when the
    /// character was written as an escape (`"\u200B"`).
    func location(ofScalar index: Int, in node: Node) -> SourceLocation {
        guard let mark = node.mark, case .scalar(let scalar) = node else { return location(of: node) }
        let value = Array(scalar.string.unicodeScalars)
        guard index < value.count else { return location(of: node) }
        let target = value[index]
        var remaining = value[..<index].count { $0 == target }
        var line = mark.line - 1, column = mark.column - 1
        while line < lines.count {
            let text = lines[line]
            while column < text.count {
                if text[column] == target {
                    if remaining == 0 { return SourceLocation(line: line + 1 + lineOffset, column: column + 1) }
                    remaining -= 1
                }
                column += 1
            }
            line += 1
            column = 0
        }
        return location(of: node)
    }

    /// For a plain (unquoted) scalar followed on its last line by ` #…`, the position of the `#` and the text from the
    /// space before it to the end of the line: what YAML dropped as a comment.
    func commentAfterPlainScalar(_ node: Node) -> (location: SourceLocation, dropped: String)? {
        guard let mark = node.mark, case .scalar(let scalar) = node, scalar.style == .plain else { return nil }
        let wanted = Array(scalar.string.unicodeScalars).filter { !$0.properties.isWhitespace }
        var line = mark.line - 1, column = mark.column - 1
        var matched = 0
        var end: (line: Int, column: Int)?
        while line < lines.count, matched < wanted.count {
            let text = lines[line]
            while column < text.count, matched < wanted.count {
                if text[column] == wanted[matched] {
                    matched += 1
                    end = (line, column)
                } else if !text[column].properties.isWhitespace {
                    return nil
                }
                column += 1
            }
            if matched < wanted.count { line += 1; column = 0 }
        }
        guard let end, matched == wanted.count else { return nil }
        let rest = lines[end.line][(end.column + 1)...]
        guard let hash = rest.firstIndex(of: "#"), hash > rest.startIndex,
              rest[rest.startIndex..<hash].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        var dropped = String(String.UnicodeScalarView(rest[(hash - 1)...]))
        while dropped.last?.isWhitespace == true { dropped.removeLast() }
        return (SourceLocation(line: end.line + 1 + lineOffset, column: hash + 1), dropped)
    }

    private static func syntaxError(_ error: YamlError, text: String, lines: [[Unicode.Scalar]], file: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if lineHasTabIndentation(text, line: mark.line) {
                return .error("yaml-tab", file: file, at: at(mark), "YAML does not allow tabs for indentation; indent with spaces")
            }
            for line in [mark.line, mark.line - 1] where line >= 1 && line <= lines.count {
                if let column = YAMLLines.noBreakSpaceBesideSyntax(in: lines[line - 1]) {
                    let scalar = lines[line - 1][column]
                    return .error("no-break-space", file: file, at: SourceLocation(line: line + lineOffset, column: column + 1),
                        "a no-break space \(UnicodeCharacterName.describe(scalar)) at column \(column + 1) stands where YAML needs an ordinary space, so it cannot read line \(line + lineOffset) (\(problem)); use an ordinary space")
                }
            }
            if let context, context.text.contains("flow"),
               let (line, column) = commentInFlow(lines, from: context.mark.line, to: mark.line) {
                let dropped = String(String.UnicodeScalarView(lines[line - 1][(column - 2)...]))
                return .error("yaml-syntax", file: file, at: SourceLocation(line: line + lineOffset, column: column),
                    "YAML syntax error: '\(dropped)' starts a YAML comment, which cut off the rest of the \(context.text.replacingOccurrences(of: "while parsing a ", with: "")) that starts at line \(context.mark.line + lineOffset) (\(problem)); put the value that holds '#' in quotes")
            }
            if problem == "did not find expected key", mark.line >= 2, mark.line - 1 <= lines.count,
               lines[mark.line - 1].prefix(while: { $0 == " " }).count > 0,
               let (line, column) = commentInFlow(lines, from: mark.line - 1, to: mark.line - 1) {
                let dropped = String(String.UnicodeScalarView(lines[line - 1][(column - 2)...]))
                return .error("yaml-syntax", file: file, at: SourceLocation(line: line + lineOffset, column: column),
                    "YAML syntax error: '\(dropped)' starts a YAML comment, which ends the value, so line \(mark.line + lineOffset) cannot continue it (\(problem)); put the value in quotes if '#' belongs to it")
            }
            var message = "YAML syntax error: \(problem)"
            if problem == "mapping values are not allowed in this context" {
                return .error("yaml-syntax", file: file, at: at(mark), message + "; a value that contains ': ' must be put in quotes")
            }
            if let context { message += " (\(context.text) starting at line \(context.mark.line + lineOffset))" }
            return .error("yaml-syntax", file: file, at: at(mark), message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            var location = at(context.mark)
            if let key = duplicates.first, let repeated = secondOccurrence(of: key, after: context.mark, in: text) {
                location = SourceLocation(line: repeated.line + lineOffset, column: repeated.column)
            }
            return .error("yaml-duplicate-key", file: file, at: location, "the field \(keys) appears more than once")
        case .reader(let problem, let offset, _, _):
            let location = offset.map { SourceText(path: file, bytes: Array(text.utf8)).location(ofByte: $0) }
            var position = location ?? .start
            position.line += lineOffset
            return .error("yaml-syntax", file: file, at: position, "YAML could not be read: \(problem)")
        default:
            return .error("yaml-syntax", file: file, at: SourceLocation(line: lineOffset + 1, column: 1), "YAML could not be read: \(error)")
        }
    }

    /// The 1-based line and column of the first `#` that starts a comment (after a space or tab, outside quotes) on
    /// lines `first`…`last`: inside `{…}` or `[…]` such a comment cuts off the closing bracket and the rest.
    static func commentInFlow(_ lines: [[Unicode.Scalar]], from first: Int, to last: Int) -> (Int, Int)? {
        guard first >= 1, first <= min(last, lines.count) else { return nil }
        for number in first...min(last, lines.count) {
            let line = lines[number - 1]
            var quote: Unicode.Scalar?
            var previous: Unicode.Scalar?
            var lastSyntax: Unicode.Scalar? = nil
            for (index, scalar) in line.enumerated() {
                defer { previous = scalar }
                if let open = quote {
                    if scalar == open, !(open == "\"" && previous == "\\") { quote = nil }
                    continue
                }
                if (scalar == "\"" || scalar == "'"), lastSyntax == nil || "{[,:".unicodeScalars.contains(lastSyntax!) {
                    quote = scalar
                    continue
                }
                if scalar == "#", index > 0, previous == " " || previous == "\t", lastSyntax != nil { return (number, index + 1) }
                if scalar != " " && scalar != "\t" {
                    lastSyntax = "{[,:".unicodeScalars.contains(scalar) ? scalar : "a"
                }
            }
        }
        return nil
    }

    /// Where a key of the same mapping (same indentation) appears again after its first occurrence.
    private static func secondOccurrence(of key: String, after first: Mark, in text: String) -> SourceLocation? {
        let lines = YAMLLines.split(text).map { String(String.UnicodeScalarView($0)) }
        guard first.line - 1 < lines.count else { return nil }
        let indent = first.column - 1
        for index in first.line..<lines.count {
            let line = lines[index]
            let leading = line.prefix { $0 == " " }.count
            if leading < indent && !line.trimmingCharacters(in: .whitespaces).isEmpty { break }
            guard leading == indent else { continue }
            let rest = line.dropFirst(indent)
            for candidate in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(candidate + ":") {
                return SourceLocation(line: index + 1, column: indent + 1)
            }
        }
        return nil
    }

    private static func lineHasTabIndentation(_ text: String, line: Int) -> Bool {
        let lines = YAMLLines.split(text)
        for number in [line - 1, line] where number >= 1 && number <= lines.count {
            if lines[number - 1].prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") { return true }
        }
        return false
    }
}
