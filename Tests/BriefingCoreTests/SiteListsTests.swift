import Testing
@testable import BriefingCore

/// The selections the list pages make (SPEC §12), on a small site with known counts.
@Suite struct SiteListsTests {
    static let countries = """
        "PK": {name: Pakistan, region: Asia}
        "TR": {name: Türkiye, region: Europe}
        "IR": {name: Iran, region: Asia}
        "GB": {name: United Kingdom, region: Europe}
        "US": {name: United States, region: Americas}
        """

    static func alliance(_ name: String, _ members: [String], established: String, ended: String? = nil) -> String {
        "name: \(name)\nmembers: [\(members.map { "\"\($0)\"" }.joined(separator: ", "))]\nestablished: \(established)\n"
            + (ended.map { "ended: \($0)\n" } ?? "")
    }

    static func article(_ date: String, alliances: [String], impacts: [String] = []) -> String {
        "---\ntitle: On \(date)\ndate: \(date)\nsummary: S.\nalliances: [\(alliances.joined(separator: ", "))]\nimpacts: [\(impacts.joined(separator: ", "))]\n---\nBody.\n"
    }

    /// Alliances: `a-pact` (3 articles), `b-pact` (1), `c-pact` (3), `d-pact` (0, historical), `nato` (Test Pact, 1).
    func site() throws -> LinkedSite {
        let files = [
            "Content/countries.yml": Self.countries,
            "Content/alliances/a-pact.yml": Self.alliance("Alpha Pact", ["PK", "TR"], established: "1990", ended: "2000"),
            "Content/alliances/b-pact.yml": Self.alliance("Beta Pact", ["PK", "US"], established: "2005"),
            "Content/alliances/c-pact.yml": Self.alliance("Charlie Pact", ["PK", "GB", "US"], established: "1950"),
            "Content/alliances/d-pact.yml": Self.alliance("Delta Pact", ["PK", "IR"], established: "1955", ended: "1979"),
            "Content/articles/one.md": Self.article("2020-01-01", alliances: ["a-pact", "c-pact", "nato"], impacts: ["counter-terrorism"]),
            "Content/articles/two.md": Self.article("2021-01-01", alliances: ["c-pact", "a-pact"]),
            "Content/articles/three.md": Self.article("2022-01-01", alliances: ["a-pact", "b-pact", "c-pact"]),
        ]
        let (linked, diagnostics) = try TestSite(files).check()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return linked
    }

    func ids(_ indices: [Int], _ linked: LinkedSite) -> [String] { indices.map { linked.site.alliances[$0].id } }

    @Test func mostReferencedByCountThenName() throws {
        let linked = try site()
        #expect(ids(SiteLists.mostReferencedAlliances(linked), linked) == ["a-pact", "c-pact", "b-pact", "nato", "d-pact"])
        #expect(ids(SiteLists.mostReferencedAlliances(linked, limit: 3), linked) == ["a-pact", "c-pact", "b-pact"])
        #expect(SiteLists.homeAllianceLimit == 12)
    }

    @Test func activeAndHistoricalInNameOrder() throws {
        let linked = try site()
        let split = SiteLists.alliancesByStatus(linked)
        #expect(ids(split.active, linked) == ["b-pact", "c-pact", "nato"])
        #expect(ids(split.historical, linked) == ["a-pact", "d-pact"])
    }

    @Test func countryAlliancesActiveFirstThenNewest() throws {
        let linked = try site()
        #expect(ids(SiteLists.alliances(ofCountry: "PK", in: linked), linked) == ["nato", "b-pact", "c-pact", "a-pact", "d-pact"])
    }

    @Test func partnersByFullName() throws {
        let linked = try site()
        let partners = SiteLists.partners(ofCountry: "PK", in: linked)
        #expect(partners.map(\.code) == ["IR", "TR", "GB", "US"])
        #expect(partners.map { ids($0.alliances, linked) } == [["d-pact"], ["nato", "a-pact"], ["c-pact"], ["b-pact", "c-pact"]])
        #expect(SiteLists.partners(ofCountry: "IR", in: linked).map(\.code) == ["PK"])
    }

    @Test func memberCountsCountStatesOnce() throws {
        let rejoin = "name: P\nestablished: 1950\nmembers:\n  - PK\n  - {country: TR, left: 1960}\n  - {country: TR, joined: 1970}\n  - {country: IR, left: 1979}\n"
        let (linked, _) = try TestSite(["Content/alliances/nato.yml": rejoin]).check()
        let counts = SiteLists.memberCounts(try #require(linked.site.alliances.first))
        #expect(counts.current == 2)
        #expect(counts.former == 1)
    }

    @Test func sidebarSplitsAfterFiveCards() {
        let thirty = (1...30).map { "a\($0)" }
        let split = SiteLists.sidebar(thirty)
        #expect(split.cards == ["a1", "a2", "a3", "a4", "a5"])
        #expect(split.compact == Array(thirty.dropFirst(5)))
        #expect(SiteLists.sidebar(["x", "y"]) == (cards: ["x", "y"], compact: []))
    }

    @Test func singleFileSelections() throws {
        let linked = try site()
        func slugs(_ selection: SingleFileSelection) -> [String] {
            SiteLists.singleFileArticles(linked, selection: selection).map { linked.site.articles[$0].slug }
        }
        #expect(slugs(.all) == ["one", "two", "three"])
        #expect(slugs(.latest(2)) == ["two", "three"])
        #expect(slugs(.latest(10)) == ["one", "two", "three"])
        #expect(slugs(.impacts(["counter-terrorism"])) == ["one"])
        #expect(slugs(.off) == [])
        let annex = SiteLists.alliances(referencedBy: SiteLists.singleFileArticles(linked, selection: .latest(1)), in: linked)
        #expect(ids(annex, linked) == ["a-pact", "b-pact", "c-pact"])
    }
}
