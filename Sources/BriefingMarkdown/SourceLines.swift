/// Line lookup in a document's UTF-8 source (lines end at `\n`, `\r\n` or `\r`, as in CommonMark).
struct SourceLines {
    let bytes: [UInt8]
    /// Byte offset of each line's first byte; index 0 is line 1.
    let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                starts.append(index + 1)
            } else if bytes[index] == 0x0D {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        self.starts = starts
    }

    var count: Int { starts.count }

    /// The bytes of a 1-based line, without its line ending; empty when out of range.
    func line(_ number: Int) -> ArraySlice<UInt8> {
        guard number >= 1, number <= starts.count else { return [] }
        var end = number < starts.count ? starts[number] : bytes.count
        while end > starts[number - 1], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[starts[number - 1]..<end]
    }

    /// 1-based byte column of the `occurrence`-th (0-based) match of `needle` in the line at or after
    /// `fromByteColumn`, or nil.
    func byteColumn(of needle: [UInt8], line number: Int, occurrence: Int = 0, fromByteColumn: Int = 1) -> Int? {
        let text = line(number)
        guard !needle.isEmpty, text.count >= needle.count else { return nil }
        var remaining = occurrence
        var index = text.startIndex + max(0, fromByteColumn - 1)
        while index + needle.count <= text.endIndex {
            if text[index..<index + needle.count].elementsEqual(needle) {
                if remaining == 0 { return index - text.startIndex + 1 }
                remaining -= 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return nil
    }
}
