import Foundation

/// The text folding the search index is built with. `Templates/static/search.js` folds queries the same way
/// (its `fold` function), so the two must change together.
///
/// Folding makes search case-, diacritic- and width-insensitive: compatibility decomposition (NFKD), combining
/// marks dropped, lower case, a few letter variants unified (dotless ı, final ς, Arabic and Persian forms of
/// kaf, yeh and teh marbuta, the tatweel dropped, Arabic-Indic digits), and every run of characters that are
/// neither letters nor digits turned into one space. `"Côte d’Ivoire"` → `"cote d ivoire"`,
/// `"TÜRKİYE"` → `"turkiye"`, `"الإمارات"` → `"الامارات"`.
enum SearchText {
    /// `text` folded, words separated by single spaces, no leading or trailing space.
    static func fold(_ text: String) -> String {
        var folder = Folder(capacity: text.utf8.count)
        folder.append(text)
        return folder.result
    }

    /// The distinct folded words of `text` with at least `minimumLength` characters, in first-occurrence order.
    /// The same words as splitting `fold(text)` at spaces, computed without building the folded text.
    static func words(_ text: String, minimumLength: Int = 2) -> [String] {
        var collector = WordCollector(minimumLength: minimumLength)
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    collector.appendASCII(lead)
                    index += 1
                    continue
                }
                // A String holds valid UTF-8: decode the scalar from its lead byte and continuation bytes.
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (0x7F >> UInt32(length))
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                index += length
                foldNonASCII(Unicode.Scalar(value) ?? "\u{FFFD}") { folded in
                    if let folded { collector.append(folded) } else { collector.endWord() }
                }
            }
        }
        collector.endWord()
        return collector.words
    }

    /// Folds one non-ASCII scalar: `emit` gets each resulting scalar, or nil for a word separator.
    private static func foldNonASCII(_ scalar: Unicode.Scalar, _ emit: (Unicode.Scalar?) -> Void) {
        for decomposed in decompose(scalar) {
            for lower in decomposed.properties.lowercaseMapping.unicodeScalars {
                for piece in decompose(lower) {
                    if piece.isASCII {
                        let byte = UInt8(truncatingIfNeeded: piece.value)
                        emit(isASCIIWordByte(byte) ? Unicode.Scalar(asciiLower(byte)) : nil)
                    } else if let mapped = letterVariants[piece.value] {
                        if let mapped { emit(mapped) }
                    } else {
                        switch piece.properties.generalCategory {
                        case .nonspacingMark, .spacingMark, .enclosingMark:
                            continue
                        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                             .decimalNumber, .letterNumber, .otherNumber:
                            emit(piece)
                        default:
                            emit(nil)
                        }
                    }
                }
            }
        }
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Builds folded text scalar by scalar.
    private struct Folder {
        private var scalars = String.UnicodeScalarView()
        private var pendingSpace = false

        init(capacity: Int) {
            scalars.reserveCapacity(capacity)
        }

        var result: String { String(scalars) }

        mutating func append(_ text: String) {
            for scalar in text.unicodeScalars {
                if scalar.isASCII {
                    let byte = UInt8(truncatingIfNeeded: scalar.value)
                    if SearchText.isASCIIWordByte(byte) { keep(Unicode.Scalar(SearchText.asciiLower(byte))) } else { pendingSpace = true }
                } else {
                    SearchText.foldNonASCII(scalar) { folded in
                        if let folded { keep(folded) } else { pendingSpace = true }
                    }
                }
            }
        }

        private mutating func keep(_ scalar: Unicode.Scalar) {
            if pendingSpace && !scalars.isEmpty { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
    }

    /// Collects the distinct words of folded scalars as UTF-8, without building the folded text. A word already
    /// seen is found in a small open-addressing table by an FNV-1a hash of its bytes and then compared byte for
    /// byte, so a repeated word costs neither a string nor a dictionary lookup.
    private struct WordCollector {
        let minimumLength: Int
        var words: [String] = []
        private var wordBytes: [[UInt8]] = []
        /// Slots hold a word's index + 1 (0: empty); the table is kept at most half full.
        private var slots = [Int](repeating: 0, count: 1024)
        private var hashes: [UInt64] = []
        private var bytes: [UInt8] = []
        private var length = 0
        private var hash: UInt64 = WordCollector.offsetBasis

        private static let offsetBasis: UInt64 = 0xcbf29ce484222325

        init(minimumLength: Int) {
            self.minimumLength = minimumLength
            bytes.reserveCapacity(64)
        }

        mutating func appendASCII(_ byte: UInt8) {
            if SearchText.isASCIIWordByte(byte) {
                add(SearchText.asciiLower(byte))
                length += 1
            } else if !bytes.isEmpty {
                endWord()
            }
        }

        mutating func append(_ scalar: Unicode.Scalar) {
            for byte in UTF8.encode(scalar)! { add(byte) }
            length += 1
        }

        private mutating func add(_ byte: UInt8) {
            bytes.append(byte)
            hash = (hash ^ UInt64(byte)) &* 0x100000001b3
        }

        mutating func endWord() {
            if length >= minimumLength { insert() }
            bytes.removeAll(keepingCapacity: true)
            length = 0
            hash = Self.offsetBasis
        }

        private mutating func insert() {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let index = slots[slot] - 1
                if hashes[index] == hash && wordBytes[index] == bytes { return }
                slot = (slot + 1) & mask
            }
            slots[slot] = words.count + 1
            hashes.append(hash)
            wordBytes.append(bytes)
            words.append(String(decoding: bytes, as: UTF8.self))
            if words.count * 2 > slots.count { grow() }
        }

        private mutating func grow() {
            slots = [Int](repeating: 0, count: slots.count * 2)
            let mask = slots.count - 1
            for (index, hash) in hashes.enumerated() {
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = index + 1
            }
        }
    }

    /// The compatibility decomposition (NFKD) of one scalar.
    private static func decompose(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView {
        if scalar.isASCII { return String(scalar).unicodeScalars }
        return String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
    }

    /// Letters folded to another letter (or dropped: nil), applied after decomposition and lower-casing.
    /// Keep in step with `VARIANTS` in `search.js`.
    static let letterVariants: [UInt32: Unicode.Scalar?] = {
        var map: [UInt32: Unicode.Scalar?] = [
            0x0131: "i",            // ı dotless i
            0x03C2: "\u{03C3}",     // ς final sigma → σ
            0x0640: nil,            // ـ tatweel
            0x0649: "\u{064A}",     // ى alef maksura → ي
            0x06CC: "\u{064A}",     // ی Farsi yeh → ي
            0x06A9: "\u{0643}",     // ک keheh → ك
            0x0629: "\u{0647}",     // ة teh marbuta → ه
            0x0671: "\u{0627}",     // ٱ alef wasla → ا
        ]
        for digit in 0..<10 {
            let ascii = Unicode.Scalar(UInt8(ascii: "0") + UInt8(digit))
            map[0x0660 + UInt32(digit)] = ascii    // Arabic-Indic digits
            map[0x06F0 + UInt32(digit)] = ascii    // Extended Arabic-Indic digits
        }
        return map
    }()
}
