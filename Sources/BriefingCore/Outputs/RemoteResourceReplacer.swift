/// `briefing.html` never loads anything from another host (SPEC §7). On HTML the Markdown renderer wrote (and raw
/// HTML with `unsafe_html`), where attribute values are double-quoted:
/// - each `<img>` whose `src` is `http:`, `https:` or `//…` becomes its alt text with a link to the image
///   (`<a href="URL">alt</a>`); inside a link (a badge) it becomes the alt text only, as links cannot nest;
/// - each other embedding element (`iframe`, `video`, `audio`, `source`, `track`, `embed`, `object`, `script`)
///   whose `src`, `poster` or `data` is remote becomes a link to that address, and its end tag is dropped, so
///   its fallback content (if any) shows in its place.
enum RemoteResourceReplacer {
    /// Elements that embed what `src` (`data` for `object`, also `poster` for `video`) names.
    static let embedding: Set<String> = ["iframe", "video", "audio", "source", "track", "embed", "object", "script"]
    /// Of those, the ones with an end tag.
    static let withEndTag: Set<String> = ["iframe", "video", "audio", "object", "script"]

    static func replace(_ html: String) -> String {
        guard mayEmbed(html) else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        var openLinks = 0
        var endTagsToDrop: [String: Int] = [:]
        while let tagStart = rest.firstIndex(of: "<") {
            out += rest[..<tagStart]
            let tail = rest[tagStart...]
            guard let tagEnd = tail.firstIndex(of: ">") else { break }
            let tag = tail[...tagEnd]
            let lower = tag.lowercased()
            let name = elementName(lower)
            if name == "a" { openLinks += 1 }
            if lower.hasPrefix("</a") { openLinks = max(0, openLinks - 1) }
            if lower.hasPrefix("</"), let count = endTagsToDrop[String(lower.dropFirst(2).prefix { $0.isLetter })], count > 0 {
                endTagsToDrop[String(lower.dropFirst(2).prefix { $0.isLetter })] = count - 1
            } else if name == "img", let src = attribute("src", in: tag), ArticleBodyRenderer.isRemote(src) {
                let alt = attribute("alt", in: tag) ?? ""
                let text = alt.isEmpty ? "image" : alt
                out += openLinks > 0 ? text : "<a href=\"\(src)\">\(text)</a>"
            } else if embedding.contains(name),
                      let url = ["src", "data", "poster"].lazy.compactMap({ attribute($0, in: tag) }).first(where: ArticleBodyRenderer.isRemote) {
                out += openLinks > 0 ? url : "<a href=\"\(url)\">\(url)</a>"
                if withEndTag.contains(name) && !lower.hasSuffix("/>") { endTagsToDrop[name, default: 0] += 1 }
            } else {
                out += tag
            }
            rest = tail[tail.index(after: tagEnd)...]
        }
        out += rest
        return out
    }

    /// Whether `html` has a start tag of `img` or of an embedding element, in any letter case. One pass over the
    /// UTF-8 bytes: most bodies have none, and then `replace` returns them untouched.
    static func mayEmbed(_ html: String) -> Bool {
        var html = html
        return html.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                var name = ""
                var next = index + 1
                while next < bytes.count, next - index <= 7, let letter = Self.asciiLowercaseLetter(bytes[next]) {
                    name.unicodeScalars.append(Unicode.Scalar(letter))
                    next += 1
                }
                if name == "img" || embedding.contains(name) { return true }
                index = next
            }
            return false
        }
    }

    private static func asciiLowercaseLetter(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
        default: return nil
        }
    }

    /// The lower-case element name of a start tag (`<iframe src=…>` → `iframe`), empty for end tags and comments.
    static func elementName(_ lowerTag: String) -> String {
        String(lowerTag.dropFirst().prefix { $0.isLetter || $0.isNumber })
    }

    /// The raw (still escaped) value of ` name="…"` in a tag.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: " " + name + "=\"") else { return nil }
        let valueStart = range.upperBound
        guard let end = tag[valueStart...].firstIndex(of: "\"") else { return nil }
        return String(tag[valueStart..<end])
    }
}
