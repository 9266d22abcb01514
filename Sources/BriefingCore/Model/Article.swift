/// An article from `Content/articles/<file>.md`: front matter as typed values, body as Markdown.
public struct Article: Sendable {
    /// The URL slug: front matter `slug`, else the file name.
    public var slug: String
    /// Where `slug:` is set in the front matter, if it is.
    public var slugLocation: SourceLocation?
    /// Path of the Markdown file relative to the site root.
    public var file: String
    public var title: String
    public var date: BriefingDate
    public var updated: BriefingDate?
    public var summary: String
    public var draft: Bool
    public var alliances: [Located<String>]
    public var countries: [Located<String>]
    public var impacts: [Located<String>]
    public var roles: [Located<String>]
    /// The Markdown after the front matter.
    public var body: [UInt8]
    /// The file line the body starts on.
    public var bodyFirstLine: Int
    /// The whole file, for turning Markdown positions into file positions.
    public var source: SourceText
    /// Hash of the file's bytes, which keys the build cache.
    public var contentHash = ContentHash()
    /// Front matter `sources`: ids in `Content/sources.yml` listed as further reading after the cited sources (SPEC §9).
    public var furtherReading: [Located<String>] = []
    /// When the facts were last checked (`reviewed: YYYY-MM-DD`), with the position of the value.
    public var reviewed: Located<BriefingDate>? = nil
    /// The language tag from the file name (`<slug>.<lang>.md`), nil for the site's first language.
    public var language: String? = nil
    /// What links an article to its translations: the file name without language and extension
    /// (`overview` for `overview.md` and `overview.ar.md`).
    public var translationKey: String = ""
    /// `direction:` from the front matter, which overrides the language's direction for this page.
    public var direction: TextDirection? = nil
}
