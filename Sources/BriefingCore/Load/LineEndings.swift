/// Mixed line endings: a lone CR in a file whose other lines end with LF or CRLF (SPEC §8). briefing, cmark and
/// libyaml all read it as a line break, but editors, diff and grep often show the two lines as one.
enum LineEndings {
    /// A `lone-carriage-return` warning at the first lone CR, naming how many more there are; nil for a file with
    /// one kind of line ending (CR-only files are fine).
    static func loneCarriageReturn(in source: SourceText) -> Diagnostic? {
        let bytes = source.bytes
        guard bytes.contains(UInt8(ascii: "\n")) else { return nil }
        var lone: [Int] = []
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\r") {
            if index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n") { lone.append(index) }
        }
        guard let first = lone.first else { return nil }
        let location = source.location(ofByte: first)
        let more = lone.count > 1 ? " (and \(lone.count - 1) more in this file)" : ""
        return .warning("lone-carriage-return", file: source.path, at: location,
            "line \(location.line) ends with a lone carriage return U+000D CARRIAGE RETURN\(more), while the other lines end with LF; briefing reads it as a line break, but many editors and tools do not — save the file with one kind of line ending")
    }
}
