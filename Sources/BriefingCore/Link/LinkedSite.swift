/// The site with every reference resolved and the indexes pages need: who references whom.
/// Article lists are indices into `site.articles`, newest first; alliance lists index `site.alliances`, by name.
public struct LinkedSite: Sendable {
    public var site: Site
    public var bodies: [ArticleBody]
    /// Article indices, newest first (the order of lists on pages).
    public var articlesNewestFirst: [Int]
    public var articlesByAlliance: [String: [Int]]
    public var articlesByCountry: [String: [Int]]
    public var articlesByTerm: [Taxonomy: [String: [Int]]]
    public var alliancesByCountry: [String: [Int]]
    public var alliancesByTerm: [Taxonomy: [String: [Int]]]
    /// Alliance indices in name order (the order of alliance lists on pages).
    public var alliancesByName: [Int]
    public var allianceIndexByID: [String: Int]
    /// Per article: the alliances, countries and terms it references (front matter and body), deduplicated, in first-mention order.
    public var referencesOfArticle: [[ReferenceKind: [String]]]
    /// Per article: up to five related articles.
    public var related: [[Int]]
    /// Codes of countries that get a page: members of an alliance or referenced by an article; sorted by name.
    public var countryPages: [String]
    /// Source id (of `Content/sources.yml`) → the articles and alliances using it; sources nothing uses are absent.
    public var sourceUses: [String: SourceUses] = [:]
    /// The distinct sources written inline in alliance files, with the alliances giving them.
    public var inlineSources = InlineSources()
    /// Bodies of `site.translations`, in its order (from `TranslationReferences.check`), for the other languages' pages.
    public var translationBodies: [ArticleBody] = []
}
