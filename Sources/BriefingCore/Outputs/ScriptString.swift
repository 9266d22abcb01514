/// JSON string literals for the search index script (`search/search-index.js`).
enum ScriptString {
    /// A JSON string literal, quotes included, safe inside a script: `<`, `>`, `&`, U+2028 and U+2029 are written
    /// as `\u` escapes, so no `</script>`, `<!--` or line separator can end up in the file.
    static func literal(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                result += unicodeEscape(scalar.value)
            default:
                if (0x7F...0x9F).contains(scalar.value) {
                    continue
                } else if scalar.value < 0x20 {
                    result += unicodeEscape(scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
