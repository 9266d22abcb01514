/// Turns heading text into an `id`.
public enum HeadingSlug {
    /// Lowercases `text`, keeps Unicode letters, digits and combining marks, turns whitespace, `-` and `_` into
    /// single `-` separators, drops everything else and trims `-` from both ends; an empty result becomes `section`.
    ///
    /// `"Türkiye and Côte d'Ivoire"` → `türkiye-and-côte-divoire`.
    public static func make(_ text: String) -> String {
        var slug = Slug(capacity: text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                slug.appendASCII(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                for lowercase in scalar.properties.lowercaseMapping.unicodeScalars {
                    slug.append(lowercase)
                }
            }
        }
        return slug.bytes.isEmpty ? "section" : String(decoding: slug.bytes, as: UTF8.self)
    }

    private struct Slug {
        var bytes: [UInt8] = []
        private var pendingHyphen = false

        init(capacity: Int) {
            bytes.reserveCapacity(capacity)
        }

        mutating func appendASCII(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                keep(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                keep(byte | 0x20)
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"), 0x09...0x0D:
                pendingHyphen = true
            default:
                break
            }
        }

        mutating func append(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                appendASCII(UInt8(truncatingIfNeeded: scalar.value))
                return
            }
            switch scalar.properties.generalCategory {
            case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber,
                 .nonspacingMark, .spacingMark, .enclosingMark:
                startWord()
                bytes.append(contentsOf: scalar.utf8)
            default:
                if scalar.properties.isWhitespace {
                    pendingHyphen = true
                }
            }
        }

        private mutating func keep(_ byte: UInt8) {
            startWord()
            bytes.append(byte)
        }

        private mutating func startWord() {
            if pendingHyphen && !bytes.isEmpty {
                bytes.append(UInt8(ascii: "-"))
            }
            pendingHyphen = false
        }
    }
}
