/// Everything loaded from a site's `Content/`: plain data, no behaviour.
public struct Site: Sendable {
    public var root: String
    public var config: SiteConfig
    /// By code.
    public var countries: [String: Country]
    /// By id, in id order.
    public var alliances: [Alliance]
    /// Published articles (drafts only with `--drafts`), in file order.
    public var articles: [Article]
    /// `Content/sources.yml`, empty when the site has none.
    public var sources: SourceCatalog = .empty
    /// Ids of sources cited or listed by drafts left out of this build, which are therefore not `unused-source`.
    public var sourcesUsedByDrafts: Set<String> = []
    /// Files under `Content/assets/`, relative to it.
    public var assets: [String]
    /// Kinds of target whose data file failed to load, so references to them are not reported again.
    public var unloadedTargets: Set<ReferenceKind> = []
    /// Ids of alliance and article files that exist but failed to load: references to them are not reported again.
    public var brokenTargets: [ReferenceKind: Set<String>] = [:]
    /// Hash of every content file read (names and bytes) and of the load options: equal fingerprints, equal site.
    public var fingerprint = ContentHash()
    /// Articles in the site's other languages (`<slug>.<lang>.md`, `SiteConfig.languages` after the
    /// first), in file order; `articles` holds those of the first language only.
    public var translations: [Article] = []
    /// Entries of `Content/i18n/<language>.yml` by language tag, unknown keys already dropped.
    public var interfaceOverrides: [String: [String: String]] = [:]
}
