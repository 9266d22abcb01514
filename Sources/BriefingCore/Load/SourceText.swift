/// The bytes of one content file, with what is needed to turn byte offsets into line and column.
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
        for i in 0..<end where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
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
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            current += 1
            if current == line { return i + 1 }
        }
        return nil
    }

    static func scalarCount(_ slice: ArraySlice<UInt8>) -> Int {
        slice.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}
