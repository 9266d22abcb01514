/// Where one source of `Content/sources.yml` is used (SPEC §9), for the sources page.
public struct SourceUses: Sendable, Hashable {
    /// Indices into `site.articles` of the articles citing it or listing it as further reading, newest first.
    public var articles: [Int] = []
    /// Indices into `site.alliances` of the alliances whose `sources` refer to it, by name.
    public var alliances: [Int] = []

    public init(articles: [Int] = [], alliances: [Int] = []) {
        self.articles = articles
        self.alliances = alliances
    }

    public var isEmpty: Bool { articles.isEmpty && alliances.isEmpty }
}
