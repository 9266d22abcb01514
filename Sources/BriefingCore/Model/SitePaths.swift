/// Where each page lives in the output, relative to the output root. Every path names a file.
public enum SitePaths {
    public static let home = "index.html"
    public static let articles = "articles/index.html"
    public static let alliances = "alliances/index.html"
    public static let countries = "countries/index.html"
    public static let search = "search/index.html"
    /// Every alliance on one time axis (SPEC §11).
    public static let timeline = "timeline/index.html"
    /// The search index, a script the search page loads (no `fetch()`, so search works from `file://`).
    public static let searchIndex = "search/search-index.js"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let notFound = "404.html"
    /// The whole briefing in one self-contained file.
    public static let singleFile = "briefing.html"
    /// Every source of the site and where it is used (SPEC §9); each source is the fragment `#<anchor>` of it.
    public static let sources = "sources/index.html"

    public static func article(_ slug: String) -> String { "articles/\(slug)/index.html" }
    public static func alliance(_ id: String) -> String { "alliances/\(id)/index.html" }
    public static func country(_ code: String) -> String { "countries/\(code.lowercased())/index.html" }
    public static func taxonomy(_ taxonomy: Taxonomy) -> String { "\(taxonomy.rawValue)/index.html" }
    public static func term(_ taxonomy: Taxonomy, _ id: String) -> String { "\(taxonomy.rawValue)/\(id)/index.html" }
    /// A source's entry on the sources page: `sources/index.html#<anchor>` (`SourceDirectory.anchor(of:)`).
    public static func source(_ anchor: String) -> String { sources + "#" + anchor }

    /// The page a cross-link target lives at.
    public static func target(_ kind: ReferenceKind, _ id: String) -> String {
        switch kind {
        case .alliance: return alliance(id)
        case .country: return country(id)
        case .article: return article(id)
        case .impact: return term(.impacts, id)
        case .role: return term(.roles, id)
        }
    }

    /// The relative prefix from a page to the output root: `""`, `"../"`, `"../../"`.
    public static func root(from path: String) -> String {
        String(repeating: "../", count: path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }
}
