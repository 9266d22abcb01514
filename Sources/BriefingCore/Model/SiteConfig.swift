/// Site-wide settings from `Content/site.yml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String
    /// Absolute URL the site is published at, used for the feed and sitemap.
    public var baseURL: String?
    /// BCP 47 language tag of the content.
    public var language: String
    /// Let raw HTML and dangerous URLs in Markdown through to the output.
    public var unsafeHTML: Bool
    /// Typographic quotes and dashes in Markdown.
    public var smartPunctuation: Bool
    public var impacts: [TaxonomyTerm]
    public var roles: [TaxonomyTerm]
    /// `review_after`: days after which a `reviewed` date is stale (warning `stale-review`, SPEC §9); nil turns the check off.
    public var reviewAfterDays: Int? = nil
    /// Articles per page of the article list (`paginate:`, a positive integer; SPEC §12).
    public var paginate: Int = 50
    /// What `briefing.html` holds (`single_file:`; SPEC §12).
    public var singleFile: SingleFileSelection = .all
    /// Severities set per code under `diagnostics:` (SPEC §8), applied to every diagnostic of a run.
    public var diagnosticLevels: [DiagnosticCode: DiagnosticLevel] = [:]
    /// `languages:` as given (BCP 47 tags, first built at the root); empty for a one-language site.
    public var languages: [String] = []
    /// `direction:` in `site.yml`, overriding the direction of every language's script.
    public var direction: TextDirection? = nil
    /// `calendars:`: Gregorian first, then the calendars whose dates are shown beside it.
    public var calendars: [CalendarSystem] = [.gregorian]

    /// The languages the site is built in, the first at the root: `languages:`, else `[language]`.
    public var siteLanguages: [String] { languages.isEmpty ? [language] : languages }

    public init(title: String, description: String = "", baseURL: String? = nil, language: String = "en",
                unsafeHTML: Bool = false, smartPunctuation: Bool = false,
                impacts: [TaxonomyTerm] = [], roles: [TaxonomyTerm] = []) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.unsafeHTML = unsafeHTML
        self.smartPunctuation = smartPunctuation
        self.impacts = impacts
        self.roles = roles
    }

    public func terms(of taxonomy: Taxonomy) -> [TaxonomyTerm] {
        switch taxonomy {
        case .impacts: return impacts
        case .roles: return roles
        }
    }
}
