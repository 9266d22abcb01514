/// A stable kebab-case identifier of one kind of diagnostic, such as `unknown-reference` (SPEC §8).
/// Written as a string literal at the call site (`.error("unknown-reference", …)`); every code must be listed in
/// `DiagnosticCode.registry` and in `docs/diagnostics.md` (tests check both).
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// One registered code: its default severity and a one-line meaning (the same line as in docs/diagnostics.md).
    public struct Entry: Sendable {
        public let code: DiagnosticCode
        public let severity: Severity
        public let meaning: String
        /// A problem with how the site is configured rather than with its content: the run exits with status 2.
        public let isConfiguration: Bool

        init(_ code: DiagnosticCode, _ severity: Severity, _ meaning: String, configuration: Bool = false) {
            self.code = code
            self.severity = severity
            self.meaning = meaning
            self.isConfiguration = configuration
        }
    }

    /// The registered entry of this code, nil for a code nobody registered.
    public var entry: Entry? { Self.byCode[self] }

    /// Whether the code is registered.
    public var isRegistered: Bool { Self.byCode[self] != nil }

    /// Every code briefing reports, sorted by code. Adding a diagnostic: add one line here (keep the order) and the
    /// same line to the table in docs/diagnostics.md.
    public static let registry: [Entry] = [
        Entry("bilateral-members", .warning, "a `bilateral` alliance lists more than two members"),
        Entry("configuration", .error, "`briefing serve` could not start a build (no `Content/`, a refused output folder)", configuration: true),
        Entry("control-character", .warning, "a control character (C0 other than tab and line feed, DEL, C1) in content; it is left out of the output"),
        Entry("country-without-alliances", .warning, "a country referenced by articles is a member of no alliance"),
        Entry("date-order", .error, "a date before the date it must follow (`ended` before `established`, `updated` before `date`)"),
        Entry("duplicate-id", .error, "two alliance files with the same id"),
        Entry("duplicate-member", .error, "a country listed twice in an alliance's `members`"),
        Entry("duplicate-name", .warning, "two alliances with the same `name`"),
        Entry("duplicate-slug", .error, "two articles with the same slug"),
        Entry("empty-field", .error, "a required field that is present but empty"),
        Entry("empty-file", .error, "an empty alliance or article file"),
        Entry("empty-link", .warning, "a Markdown link or image with an empty URL"),
        Entry("empty-url", .warning, "a source with an empty `url`"),
        Entry("ignored-file", .warning, "a file in `Content/alliances/` or `Content/articles/` that is not `.yml` / `.md`"),
        Entry("invalid-base-url", .error, "`base_url` (site.yml or `--base-url`) is not an absolute http(s) URL without spaces, quotes, query, fragment or user info", configuration: true),
        Entry("invalid-country-code", .error, "a key of countries.yml that is not two upper-case letters"),
        Entry("invalid-date", .error, "a date that is not `YYYY-MM-DD` (articles) or `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (alliances)"),
        Entry("invalid-id", .error, "a slug, alliance id or taxonomy id that is not `[a-z0-9][a-z0-9-]*`"),
        Entry("invalid-language", .error, "`language` in site.yml is not a BCP 47 language tag", configuration: true),
        Entry("invalid-url", .error, "a source `url` that is not an absolute http(s) URL"),
        Entry("invalid-utf8", .error, "a file that is not valid UTF-8"),
        Entry("invalid-value", .error, "a value outside its allowed set (`kind`, `status`)"),
        Entry("invisible-character", .error, "a zero-width, format or no-break space character in an id, key, code, date or URL"),
        Entry("invisible-character-in-text", .warning, "a zero-width or format character in a text value (title, summary, name…)"),
        Entry("io-error", .error, "a file or folder that exists but cannot be read (permission denied, I/O error), with the system's message"),
        Entry("lone-carriage-return", .warning, "a line ending in a lone CR in a file whose other lines end with LF or CRLF"),
        Entry("membership-period", .error, "a member's `joined`/`left` outside the alliance's `established`–`ended`, or `left` before `joined`"),
        Entry("missing-alt", .warning, "an image without alt text"),
        Entry("missing-asset", .error, "a link or image naming a file that is not in `Content/assets/`"),
        Entry("missing-base-url", .warning, "no `base_url`, so the feed and sitemap cannot use absolute links"),
        Entry("missing-field", .error, "a required field is missing"),
        Entry("missing-file", .error, "`Content/site.yml` is missing"),
        Entry("missing-front-matter", .error, "an article that does not start with a `---` front matter block"),
        Entry("missing-summary", .warning, "an article has no `summary`"),
        Entry("missing-template", .error, "the theme lacks a template a page needs"),
        Entry("no-break-space", .error, "a no-break space (U+00A0, U+2007, U+202F, U+3000) used as YAML indentation, after `key:`, or elsewhere next to YAML syntax that it breaks"),
        Entry("outside-site", .error, "a symbolic link in the site that leads outside the site folder"),
        Entry("status-conflict", .error, "`status: active` on an alliance that has `ended`"),
        Entry("template-syntax", .error, "a Mustache template that does not parse"),
        Entry("too-few-members", .error, "an alliance with fewer than two members"),
        Entry("unclosed-front-matter", .error, "front matter opened by `---` and never closed"),
        Entry("unknown-diagnostic-code", .error, "a code under `diagnostics:` in site.yml that briefing does not know, or a level other than off, warning, error", configuration: true),
        Entry("unknown-field", .error, "a field the file type does not have (usually a typo)"),
        Entry("unknown-reference", .error, "a cross-link or list entry naming an alliance, country, article, impact or role that does not exist"),
        Entry("unreadable-file", .error, "a file that vanished or cannot be opened"),
        Entry("unreferenced-alliance", .warning, "no article references an alliance"),
        Entry("yaml-comment-in-value", .warning, "` #` after an unquoted text value starts a YAML comment, which cut the value"),
        Entry("yaml-duplicate-key", .error, "a key that appears twice in one YAML mapping"),
        Entry("yaml-syntax", .error, "YAML that does not parse"),
        Entry("yaml-tab", .error, "YAML indented with tabs"),
        Entry("yaml-type", .error, "a YAML value of the wrong shape (a list where text is expected, …)"),
    ]

    private static let byCode: [DiagnosticCode: Entry] = Dictionary(registry.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
}
