import Foundation

/// Turns an article body, as rendered for the article's own page, into the form it takes inside `briefing.html`:
/// links to pages the single file contains become in-page anchors (`../../alliances/gcc/index.html` →
/// `#alliance-gcc`), heading ids get the article's prefix so they stay unique in the file, headings go down one
/// level (the article's title is the section's `h2`), images from
/// `Content/assets/` are embedded as `data:` URLs, remote images become links (`RemoteResourceReplacer`), and any other site link becomes absolute under `base_url`
/// (or relative to the site root, where `briefing.html` lives, when there is none).
///
/// It works on the HTML the Markdown renderer wrote, whose only attributes carrying URLs or ids are `href`, `src`
/// and `id`, each written as ` name="value"`. In safe mode that is every such attribute; with `unsafe_html`, raw
/// HTML written the same way is rewritten too. One pass over the bytes: linear in the body's length.
struct SingleFileLinkRewriter: Sendable {
    /// What a site page becomes in the single file.
    enum Target: Sendable, Equatable {
        /// An article: its anchor, and its headings' anchors for fragments.
        case article(slug: String)
        /// Another page the single file has a section for.
        case anchor(String)
        /// The sources page: its section in the annex, and the annex entry of the source a fragment names.
        case sources
    }

    /// Output path (relative to the site root) → what it becomes.
    var targets: [String: Target]
    var baseURL: String?
    /// Asset path (relative to `Content/assets/`) → `data:` URL, for images.
    var embeddedImages: [String: String]
    /// The language folder the file is written in (`ar/`; empty for the first language), for links that leave it
    /// for the first language's pages (an article that has no translation).
    var folder: String = ""

    static func articleAnchor(_ slug: String) -> String { "article-" + slug }
    /// `.` cannot occur in a slug, so `article-<slug>.<heading id>` never collides with another article's ids.
    static func headingAnchor(_ slug: String, _ id: String) -> String { "article-" + slug + "." + id }
    static func allianceAnchor(_ id: String) -> String { "alliance-" + id }
    static func countryAnchor(_ code: String) -> String { "country-" + code.lowercased() }
    static func termAnchor(_ taxonomy: Taxonomy, _ id: String) -> String { taxonomy.singular + "-" + id }
    /// The annex entry of the source whose entry on the sources page is `#<anchor>`.
    static func sourceAnchor(_ anchor: String) -> String { "source-" + anchor }
    static let sourcesAnchor = "annex-sources"

    /// `html` rendered for `articles/<slug>/index.html`, rewritten for the single file.
    func rewrite(_ html: String, slug: String) -> String {
        let bytes = Array(RemoteResourceReplacer.replace(html).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        let pagePath = SitePaths.article(slug)
        var index = 0
        var copied = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), let digit = Self.headingLevelDigit(in: bytes, after: index) {
                // <h2> → <h3>: the article's title is the h2 of its section in the single file.
                out.append(contentsOf: bytes[copied..<digit])
                out.append(min(bytes[digit] + 1, UInt8(ascii: "6")))
                copied = digit + 1
                index = digit + 1
                continue
            }
            guard bytes[index] == UInt8(ascii: " "), let (attribute, valueStart) = Self.attribute(in: bytes, at: index + 1),
                  let valueEnd = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else {
                index += 1
                continue
            }
            let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
            let replacement: String
            switch attribute {
            case .id: replacement = Self.headingAnchor(slug, value)
            case .labelledBy: replacement = value.split(separator: " ").map { Self.headingAnchor(slug, String($0)) }.joined(separator: " ")
            case .href, .src: replacement = rewriteURL(value, from: pagePath, slug: slug, isImage: attribute == .src)
            }
            out.append(contentsOf: bytes[copied..<valueStart])
            out.append(contentsOf: replacement.utf8)
            copied = valueEnd
            index = valueEnd
        }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }

    /// `aria-labelledby` names ids of the same body (a chart's `<title>` and `<desc>`), so it is rewritten with them.
    private enum Attribute { case href, src, id, labelledBy }

    /// For `<hN>`, `<hN ` or `</hN>` at `start`: the index of the digit N.
    private static func headingLevelDigit(in bytes: [UInt8], after start: Int) -> Int? {
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
        guard index + 2 < bytes.count, bytes[index] == UInt8(ascii: "h"),
              (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 1]),
              bytes[index + 2] == UInt8(ascii: ">") || bytes[index + 2] == UInt8(ascii: " ") else { return nil }
        return index + 1
    }

    private static let names: [(Attribute, [UInt8])] = [
        (.href, Array("href=\"".utf8)), (.src, Array("src=\"".utf8)), (.id, Array("id=\"".utf8)),
        (.labelledBy, Array("aria-labelledby=\"".utf8)),
    ]

    /// Called after every space of a body, so it looks at the first byte before comparing names.
    private static func attribute(in bytes: [UInt8], at start: Int) -> (Attribute, Int)? {
        guard start < bytes.count else { return nil }
        let first = bytes[start]
        for (attribute, name) in names where name[0] == first && start + name.count <= bytes.count {
            var offset = 1
            while offset < name.count, bytes[start + offset] == name[offset] { offset += 1 }
            if offset == name.count { return (attribute, start + name.count) }
        }
        return nil
    }

    /// `value` is an attribute value as written (HTML-escaped); the result is written back unescaped-safe: it is
    /// either `value` itself, pieces of it, an id made of such pieces, a `data:` URL or `base_url` plus a path.
    func rewriteURL(_ value: String, from pagePath: String, slug: String, isImage: Bool) -> String {
        if value.isEmpty || Self.hasScheme(value) || value.hasPrefix("//") { return value }
        let (pathAndQuery, fragment) = ArticleBodyRenderer.splitFragment(value)
        if pathAndQuery.isEmpty {
            return fragment.count > 1 ? "#" + Self.headingAnchor(slug, String(fragment.dropFirst())) : value
        }
        let (path, query) = Self.splitQuery(pathAndQuery)
        // Fast path for the links the renderer writes (root + target path, e.g. `../../alliances/gcc/index.html`):
        // target paths are normalised, so a hit on the rest after the root is exactly what resolving would give.
        let root = SitePaths.root(from: pagePath)
        let resolved: String
        if path.hasPrefix(root), targets[String(path.dropFirst(root.count))] != nil {
            resolved = String(path.dropFirst(root.count))
        } else {
            guard let path = Self.resolve(path, from: pagePath) else {
                guard !folder.isEmpty, let outside = Self.resolve(path, from: folder + pagePath) else { return value }
                let siteBase = baseURL.map { $0.hasSuffix(folder) ? String($0.dropLast(folder.count)) : $0 }
                return (siteBase ?? SitePaths.root(from: folder)) + outside + query + fragment
            }
            resolved = path
        }
        switch targets[resolved] {
        case .article(let target):
            return "#" + (fragment.count > 1 ? Self.headingAnchor(target, String(fragment.dropFirst())) : Self.articleAnchor(target))
        case .anchor(let anchor):
            return "#" + anchor
        case .sources:
            return "#" + (fragment.count > 1 ? Self.sourceAnchor(String(fragment.dropFirst())) : Self.sourcesAnchor)
        case nil:
            break
        }
        if isImage, resolved.hasPrefix("assets/") {
            let asset = String(resolved.dropFirst("assets/".count))
            if let data = embeddedImages[asset.removingPercentEncoding ?? asset] { return data }
        }
        return (baseURL ?? "") + resolved + query + fragment
    }

    /// `scheme:` at the start (RFC 3986: a letter, then letters, digits, `+`, `-` or `.`).
    static func hasScheme(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":"), let first = value.first, first.isASCII, first.isLetter else { return false }
        return value[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    static func splitQuery(_ text: String) -> (String, String) {
        guard let mark = text.firstIndex(of: "?") else { return (text, "") }
        return (String(text[..<mark]), String(text[mark...]))
    }

    /// `path` relative to the page at `pagePath`, as a path relative to the site root; nil when it leaves the site.
    static func resolve(_ path: String, from pagePath: String) -> String? {
        var components = pagePath.split(separator: "/").dropLast().map(String.init)
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            case ".", "": continue
            default: components.append(String(component))
            }
        }
        let last = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        if last.isEmpty || last == "." || last == ".." { components.append("index.html") }
        return components.joined(separator: "/")
    }
}
