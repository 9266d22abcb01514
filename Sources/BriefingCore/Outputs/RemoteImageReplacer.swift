/// `briefing.html` never loads anything from another host (SPEC §7): each `<img>` whose `src` is `http:`,
/// `https:` or `//…` becomes its alt text with a link to the image (`<a href="URL">alt</a>`); inside a link
/// (a badge) it becomes the alt text only, as links cannot nest. Works on HTML the Markdown renderer wrote
/// (and raw HTML with `unsafe_html`), where attribute values are double-quoted.
enum RemoteImageReplacer {
    static func replace(_ html: String) -> String {
        guard html.contains("<img") else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        var openLinks = 0
        while let tagStart = rest.firstIndex(of: "<") {
            out += rest[..<tagStart]
            let tail = rest[tagStart...]
            guard let tagEnd = tail.firstIndex(of: ">") else { break }
            let tag = tail[...tagEnd]
            let lower = tag.lowercased()
            if lower.hasPrefix("<a ") || lower == "<a>" { openLinks += 1 }
            if lower.hasPrefix("</a") { openLinks = max(0, openLinks - 1) }
            if lower.hasPrefix("<img"), let src = attribute("src", in: tag), ArticleBodyRenderer.isRemote(src) {
                let alt = attribute("alt", in: tag) ?? ""
                let text = alt.isEmpty ? "image" : alt
                out += openLinks > 0 ? text : "<a href=\"\(src)\">\(text)</a>"
            } else {
                out += tag
            }
            rest = tail[tail.index(after: tagEnd)...]
        }
        out += rest
        return out
    }

    /// The raw (still escaped) value of ` name="…"` in a tag.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: " " + name + "=\"") else { return nil }
        let valueStart = range.upperBound
        guard let end = tag[valueStart...].firstIndex(of: "\"") else { return nil }
        return String(tag[valueStart..<end])
    }
}
