/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatterSplit: Sendable, Equatable {
    /// The YAML between the `---` lines (empty when the file has none).
    public var yaml: String
    /// The 1-based file line on which the YAML's first line stands.
    public var yamlFirstLine: Int
    /// The Markdown after the closing `---` line.
    public var body: [UInt8]
    /// The 1-based file line on which the body's first line stands.
    public var bodyFirstLine: Int
    /// Whether the file started with a `---` front matter block.
    public var hasFrontMatter: Bool
}

/// Why a file's front matter cannot be split off.
public enum FrontMatterError: Error, Equatable {
    /// The opening `---` at this line is never closed.
    case unclosed(openingLine: Int)
}

/// Splits front matter off Markdown bytes: a first line `---`, YAML, then a line `---` (or `...`).
/// Accepts a UTF-8 byte order mark, and LF, CRLF or lone CR line endings (as cmark and libyaml do).
public enum FrontMatterSplitter {
    public static func split(_ input: [UInt8]) throws(FrontMatterError) -> FrontMatterSplit {
        let start = hasByteOrderMark(input) ? 3 : 0
        guard let firstLineEnd = lineEnd(in: input, from: start),
              isDelimiter(input, start, firstLineEnd.contentEnd, allowDots: false) else {
            return FrontMatterSplit(yaml: "", yamlFirstLine: 1, body: Array(input[start...]), bodyFirstLine: 1, hasFrontMatter: false)
        }
        var lineStart = firstLineEnd.next
        var line = 2
        while lineStart < input.count {
            let end = lineEnd(in: input, from: lineStart)!
            if isDelimiter(input, lineStart, end.contentEnd, allowDots: true) {
                return FrontMatterSplit(
                    yaml: String(decoding: input[firstLineEnd.next..<lineStart], as: UTF8.self),
                    yamlFirstLine: 2,
                    body: Array(input[end.next...]),
                    bodyFirstLine: line + 1,
                    hasFrontMatter: true)
            }
            lineStart = end.next
            line += 1
        }
        throw .unclosed(openingLine: 1)
    }

    static func hasByteOrderMark(_ input: [UInt8]) -> Bool {
        input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF
    }

    /// End of the line's content (before `\r\n`, `\n` or a lone `\r`) and the start of the next line.
    private static func lineEnd(in input: [UInt8], from start: Int) -> (contentEnd: Int, next: Int)? {
        guard start <= input.count else { return nil }
        var i = start
        while i < input.count, input[i] != UInt8(ascii: "\n"), input[i] != UInt8(ascii: "\r") { i += 1 }
        guard i < input.count else { return (i, i) }
        return (i, SourceText.lineBreakEnd(input, at: i) ?? i + 1)
    }

    private static func isDelimiter(_ input: [UInt8], _ start: Int, _ end: Int, allowDots: Bool) -> Bool {
        guard end - start >= 3 else { return false }
        let marker = input[start..<start + 3]
        let isDashes = marker.elementsEqual("---".utf8)
        let isDots = allowDots && marker.elementsEqual("...".utf8)
        return (isDashes || isDots) && isBlank(input, start + 3, end)
    }

    private static func isBlank(_ input: [UInt8], _ start: Int, _ end: Int) -> Bool {
        input[start..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
    }
}
