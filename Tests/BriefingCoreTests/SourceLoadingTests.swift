import Testing
@testable import BriefingCore

/// `Content/sources.yml` and alliance `sources` entries: every bad field is an error at its value (SPEC §9).
@Suite struct SourceLoadingTests {
    @Test func readsEveryField() throws {
        let site = try TestSite(["Content/sources.yml": """
            treaty:
              title: Joint Defence and Economic Co-operation Treaty
              url: https://jewishvirtuallibrary.org/jsource/Peace/arabdef.html
              publisher: Jewish Virtual Library
              published: 1950-06-17
              accessed: 2026-11
              archive_url: http://archive.org/x
            """])
        var diagnostics = Diagnostics()
        let loaded = try SiteLoader.load(root: site.root.path, options: LoadOptions(jobs: 1), diagnostics: &diagnostics)
        let source = try #require(loaded.sources["treaty"])
        #expect(source == Source(id: "treaty", title: "Joint Defence and Economic Co-operation Treaty",
                                 url: "https://jewishvirtuallibrary.org/jsource/Peace/arabdef.html", publisher: "Jewish Virtual Library",
                                 published: BriefingDate(year: 1950, month: 6, day: 17), accessed: BriefingDate(year: 2026, month: 11),
                                 archiveURL: "http://archive.org/x", file: "Content/sources.yml", location: SourceLocation(line: 1, column: 1)))
    }

    @Test func badFieldsAreReportedAtTheirValues() throws {
        let site = try TestSite(["Content/sources.yml": """
            good: {title: Fine, url: "https://example.org"}
            bad-url:
              title: A
              url: www.example.org
            bad-date:
              title: B
              published: 2020-13
              accessed: 17 June 1950
            no-title:
              url: https://example.org
            Bad_ID: {title: C}
            typo:
              title: D
              publsher: E
            order: {title: F, published: 2020-05-01, accessed: 2019}
            archive: {title: G, archive_url: "ftp://x.org"}
            """, "Content/articles/a.md": "---\ntitle: T\ndate: 2025-01-01\nsummary: S.\nsources: [good, bad-url, bad-date, no-title, typo, order, archive]\n---\nx\n"])
        let lines = try site.lines()
        #expect(lines == [
            "Content/sources.yml:4:8: error: source url 'www.example.org' must be an absolute http:// or https:// URL",
            "Content/sources.yml:7:14: error: '2020-13' is not a valid date for 'published': there is no month 13",
            "Content/sources.yml:8:13: error: '17 June 1950' is not a valid date for 'accessed'; write it as YYYY-MM-DD (or YYYY or YYYY-MM)",
            "Content/sources.yml:10:3: error: the source 'no-title' is missing the required field 'title'",
            "Content/sources.yml:11:1: error: 'Bad_ID' is not a valid source id; ids use lower-case letters, digits and '-' (e.g. 'bad-id')",
            "Content/sources.yml:14:3: error: unknown field 'publsher' in the source 'typo'; did you mean 'publisher'?",
            "Content/sources.yml:15:52: error: 'accessed' (2019) is before 'published' (2020-05-01)",
            "Content/sources.yml:16:34: error: source archive_url 'ftp://x.org' must be an absolute http:// or https:// URL",
        ], "references to entries that failed to load are not reported again")
    }

    @Test func allianceSourceReferenceMustBeTextAndAlone() throws {
        let site = try TestSite([
            "Content/sources.yml": "s: {title: S, url: \"https://example.org\"}",
            "Content/alliances/nato.yml": """
                name: Test Pact
                members: ["PK", "TR"]
                established: 2009
                sources:
                  - {ref: s, title: extra}
                  - {ref: [s]}
                reviewed: 2025-13-01
                """,
        ])
        let lines = try site.lines()
        #expect(lines == [
            "Content/alliances/nato.yml:5:14: error: unknown field 'title' in a source reference; allowed fields: ref",
            "Content/alliances/nato.yml:6:11: error: 'ref' must be the id of a source in Content/sources.yml, found a list",
            "Content/alliances/nato.yml:7:11: error: '2025-13-01' is not a valid date for 'reviewed': there is no month 13",
        ])
    }
}
