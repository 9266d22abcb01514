/// Byte-wise ports of cmark's `houdini_escape_html0` (non-secure mode) and `houdini_escape_href`, plus the control
/// character filter every HTML and XML output shares: C0 controls other than tab and line feed, U+007F DELETE and
/// the C1 controls U+0080–U+009F are dropped (HTML forbids them, XML 1.0 forbids most; SPEC §7). The one HTML
/// escaper of briefing, used for Markdown bodies and (through `escape(_:)`) for every text a template prints.
public enum HTMLEscaping {
    /// `text` as HTML safe in element content and in double- or single-quoted attribute values: `&`, `<`, `>`,
    /// `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`, and filtered control characters are
    /// dropped. Returns `text` itself when nothing needs escaping.
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // 0xC2 leads the UTF-8 form of U+0080–U+00BF, where the C1 controls are.
            guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27
                || $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return nil }
            var output = ByteBuffer(capacity: bytes.count + 32)
            appendHTML(bytes, to: &output, apostrophe: true)
            return output.makeString()
        } ?? text
    }

    /// Whether `scalar` is a control character that never reaches HTML or XML output: U+0000–U+001F except tab
    /// and line feed, U+007F, U+0080–U+009F.
    @inline(__always)
    public static func isFilteredControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A) || (value >= 0x7F && value <= 0x9F)
    }

    /// `text` without the filtered control characters (the same string when it has none).
    public static func removingControlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isFilteredControl) else { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isFilteredControl(scalar) { kept.append(scalar) }
        return String(kept)
    }

    /// `text` escaped for HTML text or a double-quoted attribute value, as `appendHTML` does.
    public static func escapeHTML(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output = ByteBuffer(capacity: bytes.count + 16)
            appendHTML(bytes, to: &output)
            return output.makeString()
        }
    }

    /// Escapes `"`, `&`, `<` and `>` as cmark's `escape_html` does; `/` passes through, and `'` too unless
    /// `apostrophe` is set (then it becomes `&#39;`); filtered control characters are dropped.
    static func appendHTML(_ source: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer, apostrophe: Bool = false) {
        var runStart = 0
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if byte <= UInt8(ascii: ">") || byte == 0x7F || byte == 0xC2 {
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "'") where apostrophe: replacement = "&#39;"
                default:
                    let length = controlLength(source, at: index)
                    if length > 0 {
                        if index > runStart {
                            output.append(source, from: runStart, to: index)
                        }
                        index += length
                        runStart = index
                    } else {
                        index += 1
                    }
                    continue
                }
                if index > runStart {
                    output.append(source, from: runStart, to: index)
                }
                output.appendLiteral(replacement)
                runStart = index + 1
            }
            index += 1
        }
        if count > runStart {
            output.append(source, from: runStart, to: count)
        }
    }

    /// Leaves ASCII letters, digits and `-_.+!*(),%#@?=;:/$~` alone, writes `&` as `&amp;` and `'` as `&#x27;`,
    /// drops filtered control characters and percent-encodes every other byte (upper-case hex).
    static func appendHref(_ source: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) {
        var runStart = 0
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if isHrefSafe(byte) {
                index += 1
                continue
            }
            if index > runStart {
                output.append(source, from: runStart, to: index)
            }
            let control = controlLength(source, at: index)
            if control > 0 {
                index += control
                runStart = index
                continue
            }
            switch byte {
            case UInt8(ascii: "&"):
                output.appendLiteral("&amp;")
            case UInt8(ascii: "'"):
                output.appendLiteral("&#x27;")
            default:
                output.append(UInt8(ascii: "%"))
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0xF))
            }
            index += 1
            runStart = index
        }
        if count > runStart {
            output.append(source, from: runStart, to: count)
        }
    }

    /// The byte length of a filtered control character starting at `index` (1 for C0 and DEL, 2 for a C1
    /// `C2 80`–`C2 9F`), or 0.
    @inline(__always)
    static func controlLength(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = source[index]
        if byte < 0x20 { return byte == 0x09 || byte == 0x0A ? 0 : 1 }
        if byte == 0x7F { return 1 }
        if byte == 0xC2, index + 1 < source.count, (0x80...0x9F).contains(source[index + 1]) { return 2 }
        return 0
    }

    @inline(__always)
    private static func isHrefSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "!"),
             UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "%"),
             UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: ";"),
             UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "$"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }
}
