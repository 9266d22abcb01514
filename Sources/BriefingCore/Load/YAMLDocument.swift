import Foundation
import Yams

/// YAML text from one file, parsed into a node tree whose positions map back into that file.
struct YAMLDocument {
    let file: String
    /// File line of the YAML's first line, minus one.
    let lineOffset: Int
    let root: Node?

    /// Parses `text`; a syntax error becomes a diagnostic at its position and yields nil.
    static func parse(_ text: String, file: String, firstLine: Int, diagnostics: inout Diagnostics) -> YAMLDocument? {
        let lineOffset = firstLine - 1
        do {
            let root = try Yams.compose(yaml: text)
            return YAMLDocument(file: file, lineOffset: lineOffset, root: root)
        } catch let error as YamlError {
            diagnostics.append(syntaxError(error, text: text, file: file, lineOffset: lineOffset))
        } catch {
            diagnostics.append(.error("yaml-syntax", file: file, at: SourceLocation(line: firstLine, column: 1), "YAML could not be read: \(error)"))
        }
        return nil
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(line: lineOffset + 1, column: 1) }
        return SourceLocation(line: mark.line + lineOffset, column: mark.column)
    }

    private static func syntaxError(_ error: YamlError, text: String, file: String, lineOffset: Int) -> Diagnostic {
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

    /// Where a key of the same mapping (same indentation) appears again after its first occurrence.
    private static func secondOccurrence(of key: String, after first: Mark, in text: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
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
        var current = 1
        var atLineStart = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                current += 1
                atLineStart = true
                continue
            }
            if current == line || current == line - 1 {
                if atLineStart && byte == UInt8(ascii: "\t") { return true }
                if byte != UInt8(ascii: " ") { atLineStart = false }
            }
            if current > line { break }
        }
        return false
    }
}
