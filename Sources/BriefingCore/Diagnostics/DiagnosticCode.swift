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
        Entry("broken-anchor", .warning, "a link's `#fragment` (`#id`, `article:x#id`, `alliance:x#id`, `country:XX#id`, `other.md#id`) names no element id on the target page; with a \"did you mean\""),
        Entry("broken-link", .error, "a relative link or image names neither another article's `.md` file nor a file in `Content/assets/`; with a \"did you mean\""),
        Entry("chart-syntax", .error, "a ```` ```chart ```` block is not valid YAML, has an unknown field, lacks `type`, has an unknown `type`, names neither or both of `alliances` and `countries`, or has a `from`/`to` that is not a year (or `to` before `from`)"),
        Entry("configuration", .error, "`briefing serve` could not start a build (no `Content/`, a refused output folder)", configuration: true),
        Entry("control-character", .warning, "a control character (C0 other than tab and line feed, DEL, C1) in content; it is left out of the output"),
        Entry("country-without-alliances", .warning, "a country referenced by articles is a member of no alliance"),
        Entry("csv-duplicate-column", .error, "a header names the same column twice"),
        Entry("csv-duplicate-row", .error, "a `members.csv` row repeats an earlier one (same alliance, country and dates)"),
        Entry("csv-members-of-yaml-alliance", .error, "a `members.csv` row names an alliance defined in `Content/alliances/<id>.yml`, which lists its own members"),
        Entry("csv-missing-column", .error, "a required column is missing (`id`, `name`, `established`; `alliance`, `country`)"),
        Entry("csv-missing-header", .error, "the file's first line is empty: it must name the columns"),
        Entry("csv-row-length", .error, "a row has more or fewer fields than the header has columns"),
        Entry("csv-syntax", .error, "a quoted field is never closed (the rest of the file would be one field), or the file cannot be read as CSV"),
        Entry("csv-unknown-alliance", .error, "a `members.csv` row names an alliance that no row of `alliances.csv` defines"),
        Entry("csv-unknown-column", .error, "a header names a column the file does not have (with a \"did you mean\")"),
        Entry("date-order", .error, "a date before the date it must follow (`ended` before `established`, `updated` before `date`)"),
        Entry("duplicate-id", .error, "two alliance files with the same id"),
        Entry("duplicate-language", .error, "a language is listed twice in `languages:`"),
        Entry("duplicate-member", .error, "a country listed twice in an alliance's `members`"),
        Entry("duplicate-name", .warning, "two alliances with the same `name`"),
        Entry("duplicate-slug", .error, "two articles with the same slug"),
        Entry("duplicate-translation", .error, "two files are the same article in the same language (`a.ar.md` and `a.ar.markdown`, or `a.md` and `a.en.md`)"),
        Entry("empty-field", .error, "a required field that is present but empty"),
        Entry("empty-file", .error, "an empty alliance or article file"),
        Entry("empty-link", .warning, "a Markdown link or image with an empty URL"),
        Entry("empty-url", .warning, "a source with an empty `url`"),
        Entry("gfm-syntax", .warning, "GitHub-only syntax CommonMark shows as text: a pipe table in a paragraph, a footnote `[^1]` or its definition, `~~strikethrough~~`, a task-list item `- [ ]`/`- [x]`, a bare `https://`/`www.` URL; the message says what to write instead"),
        Entry("ignored-file", .warning, "a file in `Content/alliances/` or `Content/articles/` that is not `.yml` / `.md`"),
        Entry("invalid-base-url", .error, "`base_url` (site.yml or `--base-url`) is not an absolute http(s) URL without spaces, quotes, query, fragment or user info", configuration: true),
        Entry("invalid-country-code", .error, "a key of countries.yml that is not two upper-case letters"),
        Entry("invalid-date", .error, "a date that is not `YYYY-MM-DD` (articles) or `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (alliances)"),
        Entry("invalid-direction", .error, "`direction:` in `site.yml` or front matter is not `rtl` or `ltr`"),
        Entry("invalid-id", .error, "a slug, alliance id or taxonomy id that is not `[a-z0-9][a-z0-9-]*`"),
        Entry("invalid-language", .error, "`language` in site.yml is not a BCP 47 language tag", configuration: true),
        Entry("invalid-url", .error, "a source `url` that is not an absolute http(s) URL"),
        Entry("invalid-utf8", .error, "a file that is not valid UTF-8"),
        Entry("invalid-value", .error, "a value outside its allowed set (`kind`, `status`)"),
        Entry("invisible-character", .error, "a zero-width, format or no-break space character in an id, key, code, date or URL"),
        Entry("invisible-character-in-text", .warning, "a zero-width or format character in a text value (title, summary, name…)"),
        Entry("io-error", .error, "a file or folder that exists but cannot be read (permission denied, I/O error), with the system's message"),
        Entry("language-mismatch", .warning, "`language:` differs from the first entry of `languages:`"),
        Entry("line-separator", .warning, "a U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR in a YAML file, which YAML takes for a line break; it is read as a space"),
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
        Entry("missing-translation", .warning, "interface strings a language's catalogue lacks, shown in English (one warning per language)"),
        Entry("no-break-space", .error, "a no-break space (U+00A0, U+2007, U+202F, U+3000) used as YAML indentation, after `key:`, or elsewhere next to YAML syntax that it breaks"),
        Entry("outside-site", .error, "a symbolic link in the site that leads outside the site folder"),
        Entry("raw-html-omitted", .warning, "an article has raw HTML, which is left out without `unsafe_html: true`; once per article, at the first piece, with the count (HTML comments are not counted)"),
        Entry("remote-resource", .warning, "an image is loaded from another host: the page needs the network, and `briefing.html` shows the alt text and a link instead"),
        Entry("stale-review", .warning, "with `review_after: <days>` in `site.yml`, an alliance or article whose `reviewed` date is more than that many days before the day of the check"),
        Entry("status-conflict", .error, "`status: active` on an alliance that has `ended`"),
        Entry("table-syntax", .error, "a ```` ```table ```` fence is not a pipe table (no delimiter row, a delimiter row that does not match the header, a row with too many cells)"),
        Entry("template-syntax", .error, "a Mustache template that does not parse"),
        Entry("too-few-members", .error, "an alliance with fewer than two members"),
        Entry("unclosed-front-matter", .error, "front matter opened by `---` and never closed"),
        Entry("unknown-calendar", .error, "a `calendars:` entry is not `gregorian`, `islamic-umalqura` or `persian`"),
        Entry("unknown-diagnostic-code", .error, "a code under `diagnostics:` in site.yml that briefing does not know, or a level other than off, warning, error", configuration: true),
        Entry("unknown-field", .error, "a field the file type does not have (usually a typo)"),
        Entry("unknown-reference", .error, "a cross-link or list entry naming an alliance, country, article, impact or role that does not exist"),
        Entry("unknown-source", .error, "a `cite:<id>` link, an article's front matter `sources` or an alliance's `{ref: <id>}` names no entry of `Content/sources.yml` (with a \"did you mean\")"),
        Entry("unknown-translation-key", .warning, "a key in `Content/i18n/<language>.yml` is not an interface string key"),
        Entry("unlisted-language", .warning, "an article `<slug>.<lang>.md` in a language `languages:` does not list; it is not built"),
        Entry("unreadable-file", .error, "a file that vanished or cannot be opened"),
        Entry("unreferenced-alliance", .warning, "no article references an alliance"),
        Entry("unsafe-url", .warning, "a link or image whose URL is `javascript:`, `vbscript:`, `file:` or `data:` (other than a PNG, GIF, JPEG or WebP image) is left without its address unless `unsafe_html: true`"),
        Entry("unused-source", .warning, "an entry of `Content/sources.yml` that no article cites or lists and no alliance refers to, at its id"),
        Entry("yaml-comment-in-value", .warning, "` #` after an unquoted text value starts a YAML comment, which cut the value"),
        Entry("yaml-duplicate-key", .error, "a key that appears twice in one YAML mapping"),
        Entry("yaml-syntax", .error, "YAML that does not parse"),
        Entry("yaml-tab", .error, "YAML indented with tabs"),
        Entry("yaml-type", .error, "a YAML value of the wrong shape (a list where text is expected, …)"),
    ]

    private static let byCode: [DiagnosticCode: Entry] = Dictionary(registry.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
}
