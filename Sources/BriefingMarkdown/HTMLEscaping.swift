/// Byte-wise ports of cmark's `houdini_escape_html0` (non-secure mode) and `houdini_escape_href`: the one HTML
/// escaper of briefing, used for Markdown bodies and (through `escape(_:)`) for every text a template prints.
public enum HTMLEscaping {
    /// `text` as HTML safe in element content and in double- or single-quoted attribute values: `&`, `<`, `>`,
    /// `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`. Returns `text` itself when nothing needs escaping.
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return nil }
            var output = ByteBuffer(capacity: bytes.count + 32)
            appendHTML(bytes, to: &output, apostrophe: true)
            return output.makeString()
        } ?? text
    }

    /// Escapes `"`, `&`, `<` and `>` as cmark's `escape_html` does; `/` passes through, and `'` too unless
    /// `apostrophe` is set (then it becomes `&#39;`).
    static func appendHTML(_ source: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer, apostrophe: Bool = false) {
        var runStart = 0
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if byte <= UInt8(ascii: ">") {
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "'") where apostrophe: replacement = "&#39;"
                default:
                    index += 1
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
    /// and percent-encodes every other byte (upper-case hex).
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
