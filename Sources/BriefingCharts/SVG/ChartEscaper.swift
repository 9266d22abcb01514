/// The one escaper of this module, for text and attribute values in SVG and HTML: `&`, `<`, `>`, `"` and `'`
/// escaped, characters XML 1.0 forbids (C0 controls other than tab, line feed, carriage return; U+FFFE, U+FFFF)
/// dropped, so the SVG is well-formed XML. `ChartRenderer.escape` may replace it with the page's escaper.
public enum ChartEscaper {
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20 || $0 == 0xEF })
        else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&#39;".unicodeScalars)
            default:
                let value = scalar.value
                if (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE || value == 0xFFFF { continue }
                result.append(scalar)
            }
        }
        return String(result)
    }
}
