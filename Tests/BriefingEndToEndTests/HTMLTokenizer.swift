/// A small HTML tokenizer after the WHATWG tokenization states that matter for injection: tags with their
/// attributes (double-, single- and unquoted values), comments, doctype, the raw-text elements `script` and
/// `style` (whose content runs to the matching end tag), and text with character references decoded.
struct HTMLTokenizer {
    enum Token: Equatable {
        case startTag(name: String, attributes: [(name: String, value: String)])
        case endTag(name: String)
        case text(String)
        case comment(String)

        static func == (a: Token, b: Token) -> Bool { "\(a)" == "\(b)" }
    }

    static func tokens(_ html: String) -> [Token] {
        let chars = Array(html.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        var text = ""
        func flush() {
            if !text.isEmpty { tokens.append(.text(decode(text))); text = "" }
        }
        func isNameStart(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic && c.isASCII }
        while i < chars.count {
            let c = chars[i]
            guard c == "<", i + 1 < chars.count else { text.unicodeScalars.append(c); i += 1; continue }
            let next = chars[i + 1]
            if next == "!" {
                flush()
                if i + 3 < chars.count, chars[i + 2] == "-", chars[i + 3] == "-" {
                    var j = i + 4
                    var body = ""
                    while j < chars.count, !(chars[j] == "-" && j + 2 < chars.count && chars[j + 1] == "-" && chars[j + 2] == ">") {
                        body.unicodeScalars.append(chars[j]); j += 1
                    }
                    tokens.append(.comment(body))
                    i = min(chars.count, j + 3)
                } else {
                    var j = i + 2
                    while j < chars.count, chars[j] != ">" { j += 1 }
                    i = j + 1
                }
                continue
            }
            let isEnd = next == "/"
            let nameStart = isEnd ? i + 2 : i + 1
            guard nameStart < chars.count, isNameStart(chars[nameStart]) else { text.unicodeScalars.append(c); i += 1; continue }
            flush()
            var j = nameStart
            var name = ""
            while j < chars.count, !chars[j].properties.isWhitespace, chars[j] != "/", chars[j] != ">" {
                name.unicodeScalars.append(chars[j]); j += 1
            }
            name = name.lowercased()
            var attributes: [(String, String)] = []
            while j < chars.count, chars[j] != ">" {
                if chars[j].properties.isWhitespace || chars[j] == "/" { j += 1; continue }
                var attribute = ""
                while j < chars.count, !chars[j].properties.isWhitespace, chars[j] != "/", chars[j] != ">", chars[j] != "=" || attribute.isEmpty {
                    attribute.unicodeScalars.append(chars[j]); j += 1
                }
                while j < chars.count, chars[j].properties.isWhitespace { j += 1 }
                var value = ""
                if j < chars.count, chars[j] == "=" {
                    j += 1
                    while j < chars.count, chars[j].properties.isWhitespace { j += 1 }
                    if j < chars.count, chars[j] == "\"" || chars[j] == "'" {
                        let quote = chars[j]
                        j += 1
                        while j < chars.count, chars[j] != quote { value.unicodeScalars.append(chars[j]); j += 1 }
                        j += 1
                    } else {
                        while j < chars.count, !chars[j].properties.isWhitespace, chars[j] != ">" { value.unicodeScalars.append(chars[j]); j += 1 }
                    }
                }
                attributes.append((attribute.lowercased(), decode(value)))
            }
            i = j + 1
            if isEnd {
                tokens.append(.endTag(name: name))
                continue
            }
            tokens.append(.startTag(name: name, attributes: attributes))
            if name == "script" || name == "style" {
                // Raw text: up to `</script` / `</style`, case-insensitively.
                let close = Array("</\(name)".unicodeScalars)
                var k = i
                while k < chars.count {
                    if k + close.count <= chars.count,
                       String(String.UnicodeScalarView(chars[k..<k + close.count])).lowercased() == String(String.UnicodeScalarView(close)) { break }
                    k += 1
                }
                tokens.append(.text(String(String.UnicodeScalarView(chars[i..<k]))))
                i = k
            }
        }
        flush()
        return tokens
    }

    /// Character references briefing writes: the five named/numeric escapes and numeric references.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(10).firstIndex(of: ";") else { result += "&"; rest = rest.dropFirst(); continue }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let value = named[String(entity)] {
                result += value
            } else if entity.hasPrefix("#"), let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : UInt32(entity.dropFirst()),
                      let scalar = Unicode.Scalar(number) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "&" + entity + ";"
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
