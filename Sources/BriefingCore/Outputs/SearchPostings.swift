/// Compact text encodings of sorted lists of document numbers (the documents a word occurs in), for the search
/// index. `Templates/static/search.js` decodes them (`decodePostings`); the two must change together.
///
/// Each list is written in whichever of two forms is shorter:
/// - **gaps**: each number minus the previous one minus one (the first number as is), in base 32, most
///   significant digit first; the last digit of a gap is one of `END`, the others one of `MORE`.
///   `[0, 1, 2, 40]` has the gaps 0, 0, 0, 37 and is written `000B5`.
/// - **bitmap**: `~` and then base64 digits, six documents each, least significant bit first;
///   trailing zero digits are left out. Shorter for words found in more than about a sixth of the documents.
enum SearchPostings {
    static let end = Array("0123456789abcdefghijklmnopqrstuv".utf8)
    static let more = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_".utf8)
    static let base64 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    static let bitmapMarker = UInt8(ascii: "~")

    /// Encodes strictly increasing, non-negative document numbers.
    static func encode(_ documents: [Int]) -> String {
        let gaps = encodeGaps(documents)
        guard let last = documents.last, (last + 6) / 6 + 1 < gaps.count else {
            return String(decoding: gaps, as: UTF8.self)
        }
        return String(decoding: encodeBitmap(documents, last: last), as: UTF8.self)
    }

    private static func encodeGaps(_ documents: [Int]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(documents.count * 2)
        var previous = -1
        var digits: [UInt8] = []
        for document in documents {
            var gap = document - previous - 1
            previous = document
            digits.removeAll(keepingCapacity: true)
            repeat {
                digits.append(UInt8(gap & 31))
                gap >>= 5
            } while gap > 0
            for index in stride(from: digits.count - 1, to: 0, by: -1) {
                bytes.append(more[Int(digits[index])])
            }
            bytes.append(end[Int(digits[0])])
        }
        return bytes
    }

    private static func encodeBitmap(_ documents: [Int], last: Int) -> [UInt8] {
        var sextets = [UInt8](repeating: 0, count: last / 6 + 1)
        for document in documents {
            sextets[document / 6] |= 1 << UInt8(document % 6)
        }
        return [bitmapMarker] + sextets.map { base64[Int($0)] }
    }

    /// The inverse of `encode` (used by tests; the browser has its own copy in search.js).
    static func decode(_ text: String) -> [Int] {
        let bytes = Array(text.utf8)
        var documents: [Int] = []
        if bytes.first == bitmapMarker {
            for (index, byte) in bytes.dropFirst().enumerated() {
                guard let value = base64.firstIndex(of: byte) else { return [] }
                for bit in 0..<6 where value & (1 << bit) != 0 {
                    documents.append(index * 6 + bit)
                }
            }
            return documents
        }
        var previous = -1
        var gap = 0
        for byte in bytes {
            if let digit = more.firstIndex(of: byte) {
                gap = gap * 32 + digit
            } else if let digit = end.firstIndex(of: byte) {
                previous += gap * 32 + digit + 1
                documents.append(previous)
                gap = 0
            } else {
                return []
            }
        }
        return documents
    }
}
