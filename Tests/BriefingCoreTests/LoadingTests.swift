import Testing
@testable import BriefingCore

@Suite struct LoadingTests {
    static let article = """
        ---
        title: A
        date: 2025-01-01
        summary: S.
        alliances: [nato]
        ---
        Body.
        """

    @Test func loadsTypedModel() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article])
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.isEmpty)
        let alliance = try #require(linked.site.alliances.first)
        #expect(alliance.id == "nato")
        #expect(alliance.members.map(\.country.value) == ["PK", "TR"])
        #expect(alliance.established == BriefingDate(year: 2009))
        #expect(alliance.status == .active)
        #expect(linked.site.articles.map(\.slug) == ["a"])
        #expect(linked.site.countries["TR"]?.name == "Türkiye")
    }

    @Test func yamlSyntaxErrorPointsAtItsLine() throws {
        let site = try TestSite(["Content/alliances/nato.yml": "name: Test\nmembers: [\"PK\", \"TR\"\nestablished: 2009\n"])
        let lines = try site.lines()
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Content/alliances/nato.yml:3:") == true)
        #expect(lines.first?.contains("error: YAML syntax error") == true)
    }

    @Test func tabIndentationIsExplained() throws {
        let site = try TestSite(["Content/site.yml": "title: T\ntaxonomies:\n\timpacts: {}\n"])
        let lines = try site.lines()
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Content/site.yml:3:") == true)
        #expect(lines.first == "Content/site.yml:3:1: error: YAML does not allow tabs for indentation; indent with spaces")
    }

    @Test func schemaErrorsPointAtTheOffendingValue() throws {
        let site = try TestSite(["Content/alliances/nato.yml": """
            name: Test Pact
            members: ["PK"]
            established: 2023-13-40
            memebrs: x
            """])
        let lines = try site.lines()
        #expect(lines == [
            "Content/alliances/nato.yml:2:10: error: an alliance needs at least two members, 'members' lists 1",
            "Content/alliances/nato.yml:3:14: error: '2023-13-40' is not a valid date for 'established': there is no month 13",
            "Content/alliances/nato.yml:4:1: error: unknown field 'memebrs' in the alliance 'nato'; did you mean 'members'?",
        ])
    }

    @Test func missingRequiredFieldIsReported() throws {
        let site = try TestSite(["Content/alliances/nato.yml": "short_name: X\nmembers: [\"PK\", \"TR\"]\nestablished: 2009\n"])
        let lines = try site.lines()
        #expect(lines == ["Content/alliances/nato.yml:1:1: error: the alliance 'nato' is missing the required field 'name'"])
    }

    @Test func establishedAfterEndedIsAnError() throws {
        let site = try TestSite(["Content/alliances/nato.yml": TestSite.allianceYML + "\nended: 2001\n"])
        let lines = try site.lines()
        #expect(lines.first == "Content/alliances/nato.yml:6:8: error: 'ended' (2001) is before 'established' (2009)")
    }

    @Test func misspelledFrontMatterKeyGetsASuggestion() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article.replacingOccurrences(of: "alliances:", with: "alliance:")])
        let lines = try site.lines()
        #expect(lines == ["Content/articles/a.md:5:1: error: unknown field 'alliance' in the front matter; did you mean 'alliances'?"])
    }

    @Test func frontMatterErrorsAreOffsetIntoTheFile() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article.replacingOccurrences(of: "2025-01-01", with: "2025-02-30")])
        let lines = try site.lines()
        #expect(lines == ["Content/articles/a.md:3:7: error: '2025-02-30' is not a valid date for 'date': February 2025 has no day 30"])
    }

    @Test func crlfAndByteOrderMarkWork() throws {
        let site = try TestSite()
        let text = Self.article.replacingOccurrences(of: "\n", with: "\r\n")
        try site.write("Content/articles/a.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.isEmpty)
        #expect(linked.site.articles.first?.title == "A")
    }

    @Test func invalidUTF8IsReportedAtItsPosition() throws {
        let site = try TestSite()
        try site.write("Content/articles/a.md", bytes: Array(Self.article.utf8) + Array("\nok \u{E9}".utf8) + [0xFF])
        let lines = try site.lines()
        #expect(lines == ["Content/articles/a.md:8:5: error: the file is not valid UTF-8 text (byte \(Self.article.utf8.count + 7)); save it with UTF-8 encoding"])
    }

    @Test func duplicateSlugsAreErrors() throws {
        let site = try TestSite([
            "Content/articles/a.md": Self.article,
            "Content/articles/b.md": Self.article.replacingOccurrences(of: "title: A", with: "title: B\nslug: a"),
        ])
        let lines = try site.lines()
        #expect(lines == ["Content/articles/b.md:3:7: error: the slug 'a' is also used by Content/articles/a.md; two articles cannot share a URL"])
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article.replacingOccurrences(of: "title: A", with: "title: A\ndraft: true")])
        #expect(try site.check().0.site.articles.isEmpty)
        #expect(try site.check(drafts: true).0.site.articles.count == 1)
    }

    @Test func countryCodesAreReadAsTextNotBooleans() throws {
        let site = try TestSite(["Content/countries.yml": TestSite.countriesYML + "\nNO: {name: Norway}\n"])
        #expect(try site.check().0.site.countries["NO"]?.name == "Norway")
    }
}
