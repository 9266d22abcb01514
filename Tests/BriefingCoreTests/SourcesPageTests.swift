import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BriefingCore

/// The pages of SPEC §9 in the built output: `sources/index.html`, source details and reviewed dates on alliance
/// and article pages, citations in `briefing.html` and `feed.xml`, and sources in the sitemap and search index.
@Suite struct SourcesPageTests {
    static let sourcesYML = CitationTests.sourcesYML + """

        unused-report:
          title: A report nobody cites
          publisher: Nobody
        """

    static let files: [String: String] = [
        "Content/site.yml": TestSite.siteYML + "\nbase_url: https://example.org/",
        "Content/sources.yml": sourcesYML,
        "Content/alliances/nato.yml": """
            name: Test Pact
            members: ["PK", "TR"]
            established: 2009
            reviewed: 2025-01-31
            sources:
              - {ref: sipri}
              - {title: Source, url: "https://example.org"}
              - {title: Treaty text, publisher: Treaty Office, published: 1955-02-24, archive_url: "https://web.archive.org/web/2020/https://example.org/treaty"}
            """,
        "Content/alliances/gcc.yml": """
            name: Gulf Cooperation Council
            members: ["PK", "IR"]
            established: 1981
            sources: [{title: Source, url: "https://example.org"}]
            """,
        "Content/articles/a.md": CitationTests.article("sources: [gcc-charter]\nreviewed: 2025-03-01\nalliances: [nato]\n", body: """
            ## Background

            A [first](cite:nation) claim, a [second](cite:sipri) and [a third](cite:nation).[](cite:nation)
            """),
        "Content/articles/b.md": "---\ntitle: Second & last\ndate: 2025-02-01\nsummary: S.\n---\nAlso [q](cite:sipri).\n",
    ]

    /// Builds the fixture; returns the output folder (removed by the caller) and the diagnostics.
    static func build() throws -> (TestSite, URL, [Diagnostic]) {
        let site = try TestSite(files)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-sources-page-\(UUID().uuidString)")
        let result = try BuildPipeline.run(BuildOptions(root: site.root.path, output: output.path, jobs: 2))
        return (site, output, result.diagnostics.sorted)
    }

    static func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    static let golden = GoldenSiteTests.fixtures.appendingPathComponent("golden/pages/sources-index.html")

    @Test func sourcesPageMatchesItsGoldenFile() throws {
        let (_, output, diagnostics) = try Self.build()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(diagnostics.map { "\($0.file):\($0.location.line):\($0.location.column) \($0.code)" } == [
            "Content/alliances/gcc.yml:1:1 unreferenced-alliance",
            "Content/sources.yml:13:1 unused-source",
        ])
        let actual = try Data(contentsOf: output.appendingPathComponent(SitePaths.sources))
        if ProcessInfo.processInfo.environment["BRIEFING_RECORD_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: Self.golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: Self.golden)
            Issue.record("recorded \(Self.golden.path); run again without BRIEFING_RECORD_GOLDEN")
            return
        }
        let expected = try Data(contentsOf: Self.golden)
        if actual != expected {
            Issue.record("sources/index.html differs from its golden file:\n\(GoldenSiteTests.lineDiff(expected: expected, actual: actual))")
        }
    }

    @Test func everySourceHasAnAnchorThatPagesAndTheSearchIndexLinkTo() throws {
        let (_, output, _) = try Self.build()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try Self.read(output, SitePaths.sources)
        let ids = SingleFileBriefingTests.values(of: "id", in: page)
        #expect(Set(ids).count == ids.count, "ids are unique: \(ids)")
        // Catalogued sources by id, then the distinct inline sources (the one both alliances give is listed once).
        let entries = ids.filter { ["sipri", "nation", "gcc-charter", "unused-report"].contains($0) || $0.hasPrefix("alliance-") }
        #expect(entries == ["gcc-charter", "nation", "sipri", "unused-report", "alliance-gcc.1", "alliance-nato.3"])
        #expect(page.components(separatedBy: "https://example.org\"").count - 1 == 2, "the shared inline source appears once (title and link)")

        // Alliance pages link each source to its entry; every such link has a target.
        let alliance = try Self.read(output, SitePaths.alliance("nato"))
        let links = SingleFileBriefingTests.values(of: "href", in: alliance).filter { $0.hasPrefix("../../sources/index.html#") }
        #expect(links == ["../../sources/index.html#sipri", "../../sources/index.html#alliance-gcc.1", "../../sources/index.html#alliance-nato.3"])
        for link in links { #expect(ids.contains(String(link.split(separator: "#")[1])), "\(link) has a target") }

        // Uses: articles citing or listing the source (newest first) and alliances referring to it.
        let sipri = try #require(page.range(of: "<li id=\"sipri\"")).lowerBound
        let sipriEntry = String(page[sipri...]).components(separatedBy: "</li>\n  <li id=")[0]
        #expect(sipriEntry.contains("href=\"../articles/b/index.html\">Second &amp; last</a>"))
        #expect(sipriEntry.contains("href=\"../articles/a/index.html\">T</a>"))
        #expect(try #require(sipriEntry.range(of: "articles/b/")).lowerBound < sipriEntry.range(of: "articles/a/")!.lowerBound)
        #expect(sipriEntry.contains("<a class=\"chip\" href=\"../alliances/nato/index.html\">Test Pact</a>"))
        #expect(page.contains("Not used by any published article or alliance."))

        // Footer of every page, sitemap and search index.
        #expect(try Self.read(output, "index.html").contains("<a href=\"sources/index.html\">Sources</a>"))
        #expect(try Self.read(output, SitePaths.sitemap).contains("<loc>https://example.org/sources/index.html</loc>"))
        let index = try Self.read(output, SitePaths.searchIndex)
        #expect(index.contains("{\"name\":\"Source\",\"prefix\":\"sources/index.html#\",\"suffix\":\"\"}"))
        #expect(index.contains("[3,\"sipri\",\"Trends in International Arms Transfers\",\"SIPRI · March 2025\",\"Cited in Second \\u0026 last; T. Alliances: Test Pact.\"]"))
        #expect(index.contains("[3,\"alliance-gcc.1\",\"Source\",\"\",\"Alliances: Gulf Cooperation Council, Test Pact.\"]"))
    }

    @Test func aSiteWithoutSourcesGetsAPageSayingSo() throws {
        let site = try TestSite(["Content/alliances/nato.yml": "name: Test Pact\nmembers: [\"PK\", \"TR\"]\nestablished: 2009\n"])
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-no-sources-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try BuildPipeline.run(BuildOptions(root: site.root.path, output: output.path, jobs: 2))
        let page = try Self.read(output, SitePaths.sources)
        #expect(page.contains("This briefing lists no sources yet."))
        #expect(!page.contains("source-entry"))
    }

    @Test func alliancePagesAndTheBriefingAnnexShowEveryFieldOfASource() throws {
        let (_, output, _) = try Self.build()
        defer { try? FileManager.default.removeItem(at: output) }
        let sipri = "<a href=\"https://www.sipri.org/databases/armstransfers\" rel=\"noopener\">Trends in International Arms Transfers</a>, SIPRI, "
            + "<time datetime=\"2025-03\">March 2025</time> (accessed <time datetime=\"2026-11-30\">30 November 2026</time>). "
            + "<a href=\"https://web.archive.org/web/2026/https://www.sipri.org/\" rel=\"noopener\">Archived copy</a>."
        let treaty = "Treaty text, Treaty Office, <time datetime=\"1955-02-24\">24 February 1955</time>. "
            + "<a href=\"https://web.archive.org/web/2020/https://example.org/treaty\" rel=\"noopener\">Archived copy</a>."
        let alliance = try Self.read(output, SitePaths.alliance("nato"))
        #expect(alliance.contains("<li>" + sipri + " <a class=\"source-uses-link\" href=\"../../sources/index.html#sipri\">Where it is used</a></li>"))
        #expect(alliance.contains("<li>" + treaty + " <a class=\"source-uses-link\" href=\"../../sources/index.html#alliance-nato.3\">Where it is used</a></li>"))
        let briefing = try Self.read(output, SitePaths.singleFile)
        #expect(briefing.contains("<li>" + sipri + "</li>"))
        #expect(briefing.contains("<li>" + treaty + "</li>"))
    }

    @Test func reviewedDatesAreShownWithTheirISODate() throws {
        let (_, output, _) = try Self.build()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(try Self.read(output, SitePaths.alliance("nato"))
            .contains("<p class=\"meta reviewed\"><span>Reviewed <time datetime=\"2025-01-31\">31 January 2025</time></span></p>"))
        #expect(try !Self.read(output, SitePaths.alliance("gcc")).contains("Reviewed"))
        #expect(try Self.read(output, SitePaths.article("a"))
            .contains("<span class=\"reviewed\">Reviewed <time datetime=\"2025-03-01\">1 March 2025</time></span>"))
        #expect(try !Self.read(output, SitePaths.article("b")).contains("Reviewed"))
        let briefing = try Self.read(output, SitePaths.singleFile)
        #expect(briefing.contains("<span class=\"reviewed\">Reviewed <time datetime=\"2025-03-01\">1 March 2025</time></span>"))
        #expect(briefing.contains("<p class=\"meta reviewed\"><span>Reviewed <time datetime=\"2025-01-31\">31 January 2025</time></span></p>"))
    }

    @Test func articlePageNumbersCitationsAndItsListLinksBack() throws {
        let (_, output, _) = try Self.build()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try Self.read(output, SitePaths.article("a"))
        #expect(page.contains("A first<sup class=\"citation\"><a href=\"#source-1\" id=\"cite-ref-1-1\">[1]</a></sup> claim, "
            + "a second<sup class=\"citation\"><a href=\"#source-2\" id=\"cite-ref-2-1\">[2]</a></sup> and "
            + "a third<sup class=\"citation\"><a href=\"#source-1\" id=\"cite-ref-1-2\">[1]</a></sup>."
            + "<sup class=\"citation\"><a href=\"#source-1\" id=\"cite-ref-1-3\">[1]</a></sup>"))
        #expect(page.contains("<span class=\"source-backlinks\">↩ <a href=\"#cite-ref-1-1\" aria-label=\"Back to the citation a\">a</a> "
            + "<a href=\"#cite-ref-1-2\" aria-label=\"Back to the citation b\">b</a> <a href=\"#cite-ref-1-3\" aria-label=\"Back to the citation c\">c</a></span>"))
        #expect(page.contains("<a class=\"source-backlink\" href=\"#cite-ref-2-1\" aria-label=\"Back to the citation\">↩</a>"))
        #expect(page.contains("<li id=\"source-3\">GCC Charter. <a class=\"source-uses-link\" href=\"../../sources/index.html#gcc-charter\">Where it is used</a></li>"))
        #expect(page.contains("<li class=\"toc-level-2\"><a href=\"#sources\">Sources</a></li>"))
        // Each entry of a catalogued source links to its entry on the sources page, which exists.
        let uses = SingleFileBriefingTests.values(of: "href", in: page).filter { $0.hasPrefix("../../sources/index.html#") }
        #expect(uses == ["../../sources/index.html#nation", "../../sources/index.html#sipri", "../../sources/index.html#gcc-charter"])
        let sourcesPageIDs = SingleFileBriefingTests.values(of: "id", in: try Self.read(output, SitePaths.sources))
        for link in uses { #expect(sourcesPageIDs.contains(String(link.split(separator: "#")[1]))) }
        let ids = SingleFileBriefingTests.values(of: "id", in: page)
        #expect(Set(ids).count == ids.count)
        let fragments = Set(SingleFileBriefingTests.values(of: "href", in: page).filter { $0.hasPrefix("#") })
        #expect(fragments.isSuperset(of: ["#source-1", "#source-2", "#cite-ref-1-3", "#sources"]))
        for fragment in fragments { #expect(ids.contains(String(fragment.dropFirst())), "no id for \(fragment)") }
    }

    @Test func briefingKeepsEachArticlesNumbersAndListWithWorkingFragments() throws {
        let (_, output, _) = try Self.build()
        defer { try? FileManager.default.removeItem(at: output) }
        let html = try Self.read(output, SitePaths.singleFile)
        let ids = SingleFileBriefingTests.values(of: "id", in: html)
        #expect(Set(ids).count == ids.count)
        for fragment in Set(SingleFileBriefingTests.values(of: "href", in: html).filter { $0.hasPrefix("#") }) {
            #expect(ids.contains(String(fragment.dropFirst())), "no id for \(fragment)")
        }
        for id in ["article-a.sources", "article-a.source-1", "article-a.source-2", "article-a.source-3", "article-a.cite-ref-1-3",
                   "article-b.sources", "article-b.source-1", "article-b.cite-ref-1-1"] {
            #expect(ids.contains(id), "\(id) is in briefing.html")
        }
        #expect(html.contains("a third<sup class=\"citation\"><a href=\"#article-a.source-1\" id=\"article-a.cite-ref-1-2\">[1]</a></sup>"))
        #expect(html.contains("Also q<sup class=\"citation\"><a href=\"#article-b.source-1\" id=\"article-b.cite-ref-1-1\">[1]</a></sup>"))
        #expect(html.contains("<a href=\"#article-a.cite-ref-1-3\" aria-label=\"Back to the citation c\">c</a>"))
        // The sources page becomes the annex's Sources section: "Where it is used" leads to the source's entry there.
        #expect(html.contains("<a class=\"source-uses-link\" href=\"#source-sipri\">Where it is used</a>"))
        for id in ["annex-sources", "source-sipri", "source-nation", "source-gcc-charter", "source-unused-report", "source-alliance-gcc.1", "source-alliance-nato.3"] {
            #expect(ids.contains(id), "\(id) is in briefing.html")
        }
        #expect(html.contains("<li id=\"source-sipri\"><a href=\"https://www.sipri.org/databases/armstransfers\" rel=\"noopener\">Trends in International Arms Transfers</a>, SIPRI, "))
        #expect(html.contains("Articles: <a href=\"#article-b\">Second &amp; last</a>; <a href=\"#article-a\">T</a>. Alliances: <a href=\"#alliance-nato\">Test Pact</a>.</li>"))
        #expect(!html.contains("sources/index.html"), "briefing.html stands alone")
    }

    /// Parses `feed.xml` as XML and reads each entry's `content`, as a feed reader would.
    @Test func feedEntriesKeepTheirSourcesList() throws {
        let (_, output, _) = try Self.build()
        defer { try? FileManager.default.removeItem(at: output) }
        let document = try XMLDocument(contentsOf: output.appendingPathComponent(SitePaths.feed), options: [])
        let entries = try #require(document.rootElement()?.elements(forName: "entry"))
        var contents: [String: String] = [:]
        for entry in entries {
            let id = try #require(entry.elements(forName: "id").first?.stringValue)
            contents[id] = entry.elements(forName: "content").first?.stringValue
        }
        let a = try #require(contents["https://example.org/articles/a/index.html"])
        #expect(a.contains("<section class=\"sources\">\n<h2 id=\"sources\">Sources</h2>\n<ol class=\"source-list\">"))
        #expect(a.contains("<li id=\"source-2\"><a href=\"https://www.sipri.org/databases/armstransfers\">Trends in International Arms Transfers</a>"))
        #expect(a.contains("<a href=\"#source-1\" id=\"cite-ref-1-3\">[1]</a>"))
        #expect(a.contains("<li id=\"source-3\">GCC Charter. <a class=\"source-uses-link\" href=\"../../sources/index.html#gcc-charter\">Where it is used</a></li>"))
        let b = try #require(contents["https://example.org/articles/b/index.html"])
        #expect(b.contains("<li id=\"source-1\"><a href=\"https://www.sipri.org/databases/armstransfers\">"))
    }
}
