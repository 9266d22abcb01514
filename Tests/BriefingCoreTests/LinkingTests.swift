import Testing
@testable import BriefingCore

@Suite struct LinkingTests {
    static func article(_ frontMatter: String = "", body: String) -> String {
        "---\ntitle: T\ndate: 2025-01-01\nsummary: S.\n\(frontMatter)---\n\(body)\n"
    }

    @Test func unknownCrossLinkIsAnErrorWithSuggestion() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article(body: "Intro line.\n\nSee the [pact](alliance:natoo) now.")])
        let lines = try site.lines()
        #expect(lines == ["Content/articles/a.md:8:9: error: unknown alliance 'natoo'; did you mean 'nato'?"])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article(body: "Türkiye and [x](role:intel)")])
        let lines = try site.lines()
        #expect(lines == ["Content/articles/a.md:6:13: error: unknown role 'intel'; declare it under taxonomies.roles in Content/site.yml"])
    }

    @Test func lowerCaseCountryCodeGetsHint() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article(body: "> quoted [PK](country:pk)")])
        let lines = try site.lines()
        #expect(lines == ["Content/articles/a.md:6:10: error: unknown country code 'pk'; country codes are upper case: did you mean 'PK'?"])
    }

    @Test func frontMatterAndDataReferencesAreChecked() throws {
        let site = try TestSite([
            "Content/alliances/nato.yml": TestSite.allianceYML.replacingOccurrences(of: "\"TR\"", with: "\"TX\""),
            "Content/articles/a.md": Self.article("countries: [\"IR\", \"Iran\"]\nimpacts: [counter-terrorsim]\n", body: "x"),
        ])
        let lines = try site.lines()
        #expect(lines == [
            "Content/alliances/nato.yml:2:17: error: unknown country code 'TX' in 'members'; add it to Content/countries.yml",
            "Content/articles/a.md:5:19: error: unknown country code 'Iran' in 'countries'; did you mean 'IR' (Iran)?",
            "Content/articles/a.md:6:11: error: unknown impact 'counter-terrorsim' in 'impacts'; did you mean 'counter-terrorism'?",
        ])
    }

    @Test func backlinksComeFromFrontMatterAndBody() throws {
        let site = try TestSite([
            "Content/articles/old.md": Self.article("alliances: [nato]\n", body: "[Iran](country:IR)").replacingOccurrences(of: "2025-01-01", with: "2024-01-01"),
            "Content/articles/new.md": Self.article(body: "[pact](alliance:nato), [again](alliance:nato) and [old](article:old), [ct](impact:counter-terrorism)"),
        ])
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.map(\.code) == ["country-without-alliances"])
        let slugs = { (indices: [Int]?) in (indices ?? []).map { linked.site.articles[$0].slug } }
        #expect(slugs(linked.articlesByAlliance["nato"]) == ["new", "old"])
        #expect(slugs(linked.articlesByCountry["IR"]) == ["old"])
        #expect(slugs(linked.articlesByTerm[.impacts]?["counter-terrorism"]) == ["new"])
        #expect(linked.alliancesByCountry["PK"] == [0])
        #expect(linked.alliancesByTerm[.impacts]?["counter-terrorism"] == [0])
        #expect(linked.countryPages == ["IR", "PK", "TR"])
        let new = try #require(linked.site.articles.firstIndex { $0.slug == "new" })
        #expect(slugs(linked.related[new]) == ["old"])
    }

    @Test func unreferencedAllianceIsAWarning() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article(body: "Nothing.")])
        let (_, diagnostics) = try site.check()
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.code == "unreferenced-alliance")
    }
}
