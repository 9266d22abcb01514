/// A source that backs claims: an entry of `Content/sources.yml` or one written inline in an alliance's `sources`
/// (SPEC §9). Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; URLs are absolute `http(s)`.
public struct Source: Sendable, Hashable {
    /// The id in `Content/sources.yml`; nil for a source written inline in an alliance file.
    public var id: String?
    public var title: String
    public var url: String?
    /// Who published it (an organisation, a newspaper, a publisher).
    public var publisher: String?
    /// When it was published.
    public var published: BriefingDate?
    /// When the URL was last visited to check it.
    public var accessed: BriefingDate?
    /// A copy in a web archive (e.g. the Wayback Machine).
    public var archiveURL: String?
    /// The file and position the source is defined at.
    public var file: String
    public var location: SourceLocation

    public init(id: String? = nil, title: String, url: String? = nil, publisher: String? = nil, published: BriefingDate? = nil,
                accessed: BriefingDate? = nil, archiveURL: String? = nil, file: String = "", location: SourceLocation = .start) {
        self.id = id
        self.title = title
        self.url = url
        self.publisher = publisher
        self.published = published
        self.accessed = accessed
        self.archiveURL = archiveURL
        self.file = file
        self.location = location
    }
}
