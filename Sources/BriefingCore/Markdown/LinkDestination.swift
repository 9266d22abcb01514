import Foundation

/// What a link destination written in an article names on the site (SPEC §7): resolved against the article's
/// folder (`Content/articles/`), or against the site root for `/assets/…`.
enum LinkDestination: Equatable {
    /// A file in `Content/assets/`: its real name (as stored, NFC or NFD), and the query and fragment as written.
    case asset(name: String, query: String, fragment: String)
    /// A Markdown file that is an article.
    case article(slug: String, fragment: String)
    /// A file under `Content/assets/` that does not exist (`name` as linked, decoded).
    case missingAsset(name: String)
    /// Any other relative path: the site-relative path it resolves to (nil when it leaves the site).
    case broken(resolved: String?)
    /// Not a relative link: empty, `#fragment`, a scheme, `//host`, or a site path other than `/assets/`.
    case other

    /// Path-safe characters of an output URL: the rest of each UTF-8 byte is percent-encoded (RFC 3986 `pchar`
    /// and `/`, without `%`).
    static func percentEncodePath(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"),
                 UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"),
                 UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}

/// The site's files a relative link can name, with lookups that match NFC and NFD spellings of a name.
struct LinkableFiles: Sendable {
    /// NFC name → real name, for files under `Content/assets/` (relative to it).
    private let assets: [String: String]
    /// NFC path relative to the site root (`Content/articles/x.md`) → slug.
    private let articles: [String: String]
    let assetNames: [String]
    let articleFiles: [String]

    init(assets: Set<String>, articleFiles: [String: String]) {
        var byNFC: [String: String] = [:]
        for name in assets.sorted() { byNFC[name.precomposedStringWithCanonicalMapping] = name }
        self.assets = byNFC
        var articles: [String: String] = [:]
        for (file, slug) in articleFiles { articles[file.precomposedStringWithCanonicalMapping] = slug }
        self.articles = articles
        assetNames = assets.sorted()
        self.articleFiles = articleFiles.keys.sorted()
    }

    func asset(_ name: String) -> String? { assets[name.precomposedStringWithCanonicalMapping] }
    func article(_ file: String) -> String? { articles[file.precomposedStringWithCanonicalMapping] }

    /// Classifies `destination` written in a file in `folder` (site-relative, e.g. `Content/articles`).
    func resolve(_ destination: String, folder: String) -> LinkDestination {
        if destination.isEmpty || destination.unicodeScalars.first == "#" || destination.hasPrefix("//")
            || SingleFileLinkRewriter.hasScheme(destination) || ReferenceKind.parseCrossLink(destination) != nil {
            return .other
        }
        let (pathAndQuery, fragment) = ArticleBodyRenderer.splitFragment(destination)
        let (rawPath, query) = SingleFileLinkRewriter.splitQuery(pathAndQuery)
        let path = rawPath.removingPercentEncoding ?? rawPath
        let resolved: String?
        if path.hasPrefix("/") {
            guard path.hasPrefix("/assets/") else { return .other }
            resolved = "Content" + path
        } else {
            resolved = Self.join(folder, path)
        }
        guard let resolved else { return .broken(resolved: nil) }
        if resolved.hasPrefix("Content/assets/") {
            let name = String(resolved.dropFirst("Content/assets/".count))
            if let real = asset(name) { return .asset(name: real, query: query, fragment: fragment) }
            return .missingAsset(name: name)
        }
        if let slug = article(resolved) { return .article(slug: slug, fragment: fragment) }
        return .broken(resolved: resolved)
    }

    /// `folder` + `path` with `.` and `..` resolved; nil when it climbs above the site root.
    static func join(_ folder: String, _ path: String) -> String? {
        var components = folder.split(separator: "/").map(String.init)
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }
}
