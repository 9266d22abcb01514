/// The bytes of one content file, with what is needed to turn byte offsets into line and column.
/// Lines end at LF, CRLF or a lone CR, as cmark and libyaml read them.
public struct SourceText: Sendable {
    /// Path relative to the site root, used in diagnostics.
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The line and column (in Unicode scalars) of a byte offset.
    public func location(ofByte offset: Int) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < end {
            if let next = Self.lineBreakEnd(bytes, at: i) {
                if next > end { break }
                line += 1
                lineStart = next
                i = next
            } else {
                i += 1
            }
        }
        return SourceLocation(line: line, column: Self.scalarCount(bytes[lineStart..<end]) + 1)
    }

    /// The column in Unicode scalars of a 1-based byte column on a 1-based line.
    public func column(line: Int, byteColumn: Int) -> Int {
        guard let start = startOfLine(line) else { return byteColumn }
        let end = min(start + max(byteColumn - 1, 0), bytes.count)
        return Self.scalarCount(bytes[start..<end]) + 1
    }

    /// The byte offset where a 1-based line starts.
    public func startOfLine(_ line: Int) -> Int? {
        if line == 1 { return 0 }
        var current = 1
        var i = 0
        while i < bytes.count {
            if let next = Self.lineBreakEnd(bytes, at: i) {
                current += 1
                if current == line { return next }
                i = next
            } else {
                i += 1
            }
        }
        return nil
    }

    /// When a line break (LF, CRLF or lone CR) starts at `offset`, the offset just after it.
    static func lineBreakEnd(_ bytes: [UInt8], at offset: Int) -> Int? {
        switch bytes[offset] {
        case UInt8(ascii: "\n"): return offset + 1
        case UInt8(ascii: "\r"): return offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n") ? offset + 2 : offset + 1
        default: return nil
        }
    }

    static func scalarCount(_ slice: ArraySlice<UInt8>) -> Int {
        slice.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}
