import Foundation
import Testing
@testable import BriefingCore

@Suite struct ScaffoldTests {
    @Test func theCountryListHasEveryISOCodeOnceWithANameAndAKnownRegion() {
        let codes = ISOCountries.all.map(\.code)
        #expect(codes.count == 249)
        #expect(Set(codes).count == codes.count)
        #expect(codes == codes.sorted())
        for country in ISOCountries.all {
            #expect(Identifier.isValidCountryCode(country.code))
            #expect(!country.name.isEmpty)
            #expect(ISOCountries.regions.contains(country.region), "\(country.code)")
        }
    }

    @Test func theNewSiteLoadsWithoutAProblem() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try SiteScaffold.create(at: root.path, title: "A \"quoted\" title: yes", today: BriefingDate(year: 2025, month: 3, day: 1))

        var diagnostics = Diagnostics()
        let site = try SiteLoader.load(root: root.path, options: LoadOptions(jobs: 1), diagnostics: &diagnostics)
        let renderer = ArticleBodyRenderer(config: site.config, assets: Set(site.assets))
        let linked = ReferenceResolver.link(site, bodies: site.articles.map(renderer.render), diagnostics: &diagnostics)
        #expect(diagnostics.sorted.map(DiagnosticFormat.textLine) == [])
        #expect(linked.site.config.title == "A \"quoted\" title: yes")
        #expect(site.countries.count == 249)
        #expect(site.countries["CI"]?.name == "Côte d'Ivoire")
        #expect(site.config.impacts.map(\.id) == ["national-security", "counter-terrorism", "diplomatic-support", "economic-benefits"])
        #expect(site.config.roles.map(\.id) == ["intelligence-sharing", "military-cooperation", "arms-supply", "joint-exercises",
                                                "diplomatic-coordination", "mutual-defence"])
        #expect(site.alliances.map(\.id) == [SiteScaffold.exampleAllianceID])
        #expect(site.articles.map(\.slug) == [SiteScaffold.exampleArticleSlug])
        #expect(site.articles.first?.date == BriefingDate(year: 2025, month: 3, day: 1))
    }

    @Test func createRefusesAFolderThatIsNotEmpty() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data().write(to: root.appendingPathComponent(".hidden"))
        #expect(throws: ConfigurationError.self) {
            try SiteScaffold.create(at: root.path, today: BriefingDate(year: 2025, month: 3, day: 1))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [".hidden"])
    }

    @Test func anArticleTitleIsQuotedSoThatAnyTitleIsValidYAML() throws {
        let file = try ArticleScaffold.file(title: "Why: \"now\" # not a comment", date: BriefingDate(year: 2025, month: 1, day: 2))
        #expect(file.path == "Content/articles/why-now-not-a-comment.md")
        let site = try TestSite(["Content/articles/why-now-not-a-comment.md": file.text])
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(linked.site.articles.first?.title == "Why: \"now\" # not a comment")
    }

    @Test func anArticleNeedsATitleThatGivesASlug() {
        #expect(throws: ConfigurationError.self) { try ArticleScaffold.file(title: "   ", date: BriefingDate(year: 2025, month: 1, day: 2)) }
        #expect(throws: ConfigurationError.self) { try ArticleScaffold.file(title: "!!!", date: BriefingDate(year: 2025, month: 1, day: 2)) }
        #expect(throws: ConfigurationError.self) { try ArticleScaffold.file(title: "A", date: BriefingDate(year: 2025, month: 1, day: 2), slug: "Not A Slug") }
    }
}
