/// The `src` and `href` attribute values inside a piece of raw HTML, found and rewritten the way Markdown link
/// destinations are (used only with `unsafe_html: true`, where raw HTML reaches the page).
///
/// Recognises ` src=` / ` href=` (any case, after whitespace) with a double-quoted, single-quoted or unquoted
/// value. Values are used as written (character references are not decoded).
public enum RawHTMLLinks {
    public struct Attribute: Sendable, Equatable {
        /// `src` or `href`, lower-cased.
        public var name: String
        public var value: String
        /// UTF-8 byte offset of the value's first character in the HTML.
        public var valueOffset: Int
        var valueEnd: Int
    }

    public static func attributes(in html: String) -> [Attribute] {
        let bytes = Array(html.utf8)
        var result: [Attribute] = []
        var index = 1
        while index < bytes.count {
            let previous = bytes[index - 1]
            guard previous == 0x20 || previous == 0x09 || previous == 0x0A || previous == 0x0D else { index += 1; continue }
            var name: String?
            for candidate in ["src", "href"] where index + candidate.utf8.count <= bytes.count {
                let slice = bytes[index..<index + candidate.utf8.count].map { $0 | 0x20 }
                if slice.elementsEqual(candidate.utf8) { name = candidate }
            }
            guard let name else { index += 1; continue }
            var cursor = index + name.utf8.count
            while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else { index += 1; continue }
            cursor += 1
            while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            guard cursor < bytes.count else { break }
            let quote = bytes[cursor]
            let start: Int
            let end: Int
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                start = cursor + 1
                guard let close = bytes[start...].firstIndex(of: quote) else { break }
                end = close
            } else {
                start = cursor
                end = bytes[start...].firstIndex { $0 == 0x20 || $0 == UInt8(ascii: ">") || $0 == 0x0A || $0 == 0x09 } ?? bytes.count
            }
            result.append(Attribute(name: name, value: String(decoding: bytes[start..<end], as: UTF8.self), valueOffset: start, valueEnd: end))
            index = end + 1
        }
        return result
    }

    /// `html` with each `src`/`href` value replaced by `rewriteURL(value)` where that is non-nil (the replacement is
    /// written with `&`, `"`, `'`, `<` and `>` escaped).
    public static func rewrite(_ html: String, rewriteURL: (String) -> String?) -> String {
        let attributes = attributes(in: html)
        guard !attributes.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        var copied = 0
        for attribute in attributes {
            guard let replacement = rewriteURL(attribute.value) else { continue }
            out.append(contentsOf: bytes[copied..<attribute.valueOffset])
            for scalar in replacement.unicodeScalars {
                switch scalar {
                case "&": out.append(contentsOf: "&amp;".utf8)
                case "\"": out.append(contentsOf: "&quot;".utf8)
                case "'": out.append(contentsOf: "&#39;".utf8)
                case "<": out.append(contentsOf: "&lt;".utf8)
                case ">": out.append(contentsOf: "&gt;".utf8)
                default: out.append(contentsOf: String(scalar).utf8)
                }
            }
            copied = attribute.valueEnd
        }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }
}
