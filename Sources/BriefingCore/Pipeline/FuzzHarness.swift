import BriefingMarkdown

/// Feeds arbitrary bytes through every stage that reads content, in memory: front-matter splitting,
/// YAML into the model (as an article, an alliance, site.yml and countries.yml), CSV into alliances and memberships, Markdown rendering and
/// cross-link resolution. Used by the fuzz target in `Fuzz/` and by the randomised test driver; whatever
/// the bytes, it must return without crashing, hanging or leaking.
public enum FuzzHarness {
    /// Runs the bytes through the stages; returns the number of diagnostics, so callers can check it stays sane.
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> Int {
        var diagnostics = Diagnostics()
        let file = "Content/articles/fuzz.md"
        let source = SourceText(path: file, bytes: bytes)
        if UTF8Validation.firstInvalidByte(in: bytes) != nil {
            diagnostics.append(.error("invalid-utf8", file: file, "invalid"))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let config = SiteConfigLoader.load(SourceText(path: "Content/site.yml", bytes: bytes), diagnostics: &diagnostics)
            ?? SiteConfig(title: "Fuzz")
        let countries = CountryLoader.load(SourceText(path: "Content/countries.yml", bytes: bytes), diagnostics: &diagnostics)
        let alliance = AllianceLoader.load(SourceText(path: "Content/alliances/fuzz.yml", bytes: bytes), id: "fuzz", diagnostics: &diagnostics)
        var failedRows: Set<String> = []
        let rows = CSVAllianceLoader.load(SourceText(path: CSVAllianceLoader.path, bytes: bytes), broken: &failedRows, diagnostics: &diagnostics)
        _ = MembersCSVLoader.load(SourceText(path: MembersCSVLoader.path, bytes: bytes), tableIDs: Set(rows.map(\.alliance.id)).union(failedRows),
                                  yamlFiles: ["fuzz": "Content/alliances/fuzz.yml"], diagnostics: &diagnostics)
        let article = ArticleLoader.load(source, fileStem: "fuzz", diagnostics: &diagnostics)
            ?? Article(slug: "fuzz", file: file, title: "Fuzz", date: BriefingDate(year: 2025, month: 1, day: 1), summary: text,
                       draft: false, alliances: [], countries: [], impacts: [], roles: [],
                       body: bytes, bodyFirstLine: 1, source: source)
        let site = Site(root: "/fuzz", config: config, countries: countries, alliances: alliance.map { [$0] } ?? [],
                        articles: [article], assets: ["map.png"])
        for unsafe in [false, true] {
            var unsafeConfig = config
            unsafeConfig.unsafeHTML = unsafe
            var renderer = ArticleBodyRenderer(config: unsafeConfig, assets: Set(site.assets))
            renderer.enableCharts(site)
            let body = renderer.render(article)
            _ = ReferenceResolver.link(site, bodies: [body], diagnostics: &diagnostics)
        }
        _ = DiagnosticFormat.json.render(diagnostics.sorted)
        return diagnostics.all.count
    }
}
