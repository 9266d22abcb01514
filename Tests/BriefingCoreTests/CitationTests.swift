import Foundation
import Testing
@testable import BriefingCore

/// `[text](cite:id)` citations, the Sources list at the end of an article, and how sources are linked (SPEC §9).
@Suite struct CitationTests {
    static let sourcesYML = """
        sipri:
          title: Trends in International Arms Transfers
          url: https://www.sipri.org/databases/armstransfers
          publisher: SIPRI
          published: 2025-03
          accessed: 2026-11-30
          archive_url: https://web.archive.org/web/2026/https://www.sipri.org/
        nation:
          title: Pakistan & Turkey vow to enhance cooperation
          url: https://nation.com.pk/23-Dec-2020/pakistan-turkey-vow-to-enhance-cooperation
        gcc-charter:
          title: GCC Charter
        """

    static func article(_ frontMatter: String = "", body: String) -> String {
        "---\ntitle: T\ndate: 2025-01-01\nsummary: S.\n\(frontMatter)---\n\(body)\n"
    }

    static func site(_ files: [String: String]) throws -> TestSite {
        var all = ["Content/sources.yml": sourcesYML]
        all.merge(files) { $1 }
        return try TestSite(all)
    }

    static func body(_ markdown: String, frontMatter: String = "") throws -> (html: String, linked: LinkedSite, diagnostics: [Diagnostic]) {
        let site = try Self.site(["Content/articles/a.md": article(frontMatter, body: markdown)])
        let (linked, diagnostics) = try site.check()
        let index = try #require(linked.site.articles.firstIndex { $0.slug == "a" })
        return (linked.bodies[index].html, linked, diagnostics)
    }

    @Test func numbersFollowFirstCitationAndRepeatsKeepTheirNumber() throws {
        let (html, linked, _) = try Self.body("""
            China supplied [81%](cite:sipri), as [reported](cite:nation), and [80% later](cite:sipri)[](cite:sipri).
            """)
        #expect(html.hasPrefix("""
            <p>China supplied 81%<sup class="citation"><a href="#source-1" id="cite-ref-1-1">[1]</a></sup>, \
            as reported<sup class="citation"><a href="#source-2" id="cite-ref-2-1">[2]</a></sup>, \
            and 80% later<sup class="citation"><a href="#source-1" id="cite-ref-1-2">[1]</a></sup>\
            <sup class="citation"><a href="#source-1" id="cite-ref-1-3">[1]</a></sup>.</p>

            """))
        #expect(linked.bodies[0].citedSources == ["sipri", "nation"])
    }

    @Test func sourcesListHasEveryFieldAndBackLinksToEachCitation() throws {
        let (html, linked, _) = try Self.body("A [x](cite:nation) b [y](cite:sipri) c [z](cite:sipri).")
        let list = try #require(html.range(of: "<section class=\"sources\">")).lowerBound
        #expect(String(html[list...]) == """
            <section class="sources">
            <h2 id="sources">Sources</h2>
            <ol class="source-list">
            <li id="source-1"><a href="https://nation.com.pk/23-Dec-2020/pakistan-turkey-vow-to-enhance-cooperation">\
            Pakistan &amp; Turkey vow to enhance cooperation</a>. \
            <a class="source-uses-link" href="../../sources/index.html#nation">Where it is used</a> \
            <a class="source-backlink" href="#cite-ref-1-1" aria-label="Back to the citation">↩</a></li>
            <li id="source-2"><a href="https://www.sipri.org/databases/armstransfers">Trends in International Arms Transfers</a>, \
            SIPRI, <time datetime="2025-03">March 2025</time> (accessed <time datetime="2026-11-30">30 November 2026</time>). \
            <a href="https://web.archive.org/web/2026/https://www.sipri.org/">archived copy</a>. \
            <a class="source-uses-link" href="../../sources/index.html#sipri">Where it is used</a> \
            <span class="source-backlinks">↩ <a href="#cite-ref-2-1" aria-label="Back to the citation a">a</a> \
            <a href="#cite-ref-2-2" aria-label="Back to the citation b">b</a></span></li>
            </ol>
            </section>

            """)
        #expect(linked.bodies[0].toc.last?.id == "sources", "the Sources list is in the table of contents")
    }

    @Test func emptyTextRendersOnlyTheNumber() throws {
        let (html, _, _) = try Self.body("Founded in 1981.[](cite:gcc-charter)")
        #expect(html.hasPrefix("<p>Founded in 1981.<sup class=\"citation\"><a href=\"#source-1\" id=\"cite-ref-1-1\">[1]</a></sup></p>\n"))
    }

    @Test func furtherReadingFollowsTheCitedSourcesWithoutBackLinks() throws {
        let (html, linked, diagnostics) = try Self.body("See [x](cite:nation).", frontMatter: "sources: [gcc-charter, nation]\n")
        #expect(diagnostics.filter { $0.code == "unused-source" }.map(\.message).count == 1, "only sipri is unused")
        #expect(html.contains("<li id=\"source-1\"><a href=\"https://nation.com.pk/"))
        #expect(html.contains("<li id=\"source-2\">GCC Charter. <a class=\"source-uses-link\" href=\"../../sources/index.html#gcc-charter\">Where it is used</a></li>\n</ol>"))
        #expect(!html.contains("source-3"))
        #expect(linked.sourceUses["gcc-charter"]?.articles == [0])
    }

    @Test func articleWithoutSourcesHasNoList() throws {
        let (html, linked, _) = try Self.body("No citations here.")
        #expect(html == "<p>No citations here.</p>\n")
        #expect(linked.bodies[0].toc.isEmpty)
    }

    @Test func aHeadingCalledSourcesKeepsItsIDAndTheListHeadingTakesNone() throws {
        let (html, _, _) = try Self.body("## Sources\n\nText [x](cite:nation).")
        #expect(html.contains("<h2 id=\"sources\">Sources</h2>\n<p>"))
        #expect(html.contains("<section class=\"sources\">\n<h2>Sources</h2>"))
    }

    @Test func aLinkThatLooksLikeTheInternalPlaceholderIsLeftAlone() throws {
        let (html, _, _) = try Self.body("[a](#briefing-citation-0) and [b](cite:nation).")
        #expect(html.hasPrefix("<p><a href=\"#briefing-citation-0\">a</a> and b<sup class=\"citation\"><a href=\"#source-1\" id=\"cite-ref-1-1\">[1]</a></sup>.</p>"))
    }

    @Test func headingTextIsAParameter() throws {
        let site = try Self.site(["Content/articles/a.md": Self.article(body: "x [y](cite:nation)")])
        var diagnostics = Diagnostics()
        let loaded = try SiteLoader.load(root: site.root.path, options: LoadOptions(jobs: 1), diagnostics: &diagnostics)
        let renderer = ArticleBodyRenderer(config: loaded.config, assets: [], sources: loaded.sources,
                                           sourcesStrings: SourcesListStrings(heading: "Kaynaklar"))
        #expect(renderer.render(loaded.articles[0]).html.contains("<h2 id=\"sources\">Kaynaklar</h2>"))
        #expect(renderer.cacheKey != ArticleBodyRenderer(config: loaded.config, assets: [], sources: loaded.sources).cacheKey)
    }

    @Test func unknownAndUnusedSourcesAreReportedAtTheirPositions() throws {
        let site = try Self.site([
            "Content/articles/a.md": Self.article("alliances: [nato]\nsources: [nation, sipry]\n", body: "Intro.\n\n> Quoted [x](cite:natoin) and [](cite:)."),
            "Content/alliances/nato.yml": "name: Test Pact\nmembers: [\"PK\", \"TR\"]\nestablished: 2009\nsources:\n  - {title: Inline}\n  - {ref: gcc-chartr}\n",
        ])
        let lines = try site.lines(warnings: true)
        #expect(lines == [
            "Content/alliances/nato.yml:6:11: error: unknown source 'gcc-chartr' in 'ref'; did you mean 'gcc-charter'?",
            "Content/articles/a.md:6:19: error: unknown source 'sipry' in 'sources'; did you mean 'sipri'?",
            "Content/articles/a.md:10:10: error: unknown source 'natoin' cited; did you mean 'nation'?",
            "Content/articles/a.md:10:31: error: empty source id; write cite:<id> with an id from Content/sources.yml",
            "Content/sources.yml:1:1: warning: no article cites the source 'sipri' and no alliance refers to it; cite it with [text](cite:sipri), list it in an article's 'sources', or remove it",
            "Content/sources.yml:11:1: warning: no article cites the source 'gcc-charter' and no alliance refers to it; cite it with [text](cite:gcc-charter), list it in an article's 'sources', or remove it",
        ])
    }

    @Test func citingWithoutASourcesFileSaysHowToCreateIt() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article(body: "[x](cite:sipri)")])
        #expect(try site.lines() == [
            "Content/articles/a.md:6:1: error: unknown source 'sipri' cited; the site has no Content/sources.yml: create it with an entry 'sipri: {title: ..., url: ...}'",
        ])
    }

    @Test func allianceReferencesResolveInTheOrderWritten() throws {
        let alliance = """
            name: Test Pact
            members: ["PK", "TR"]
            established: 2009
            sources:
              - {title: Inline first, url: "https://example.org/first"}
              - {ref: sipri}
              - {ref: sipri}
              - "https://example.org/bare"
            """
        let site = try Self.site([
            "Content/alliances/nato.yml": alliance,
            "Content/articles/a.md": Self.article("alliances: [nato]\n", body: "[x](cite:sipri) [y](cite:nation) [z](cite:gcc-charter)"),
        ])
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        let sources = linked.site.alliances[0].sources
        #expect(sources.map(\.title) == ["Inline first", "Trends in International Arms Transfers",
                                         "Trends in International Arms Transfers", "https://example.org/bare"])
        #expect(sources[1].publisher == "SIPRI" && sources[1].id == "sipri")
        #expect(linked.sourceUses["sipri"] == SourceUses(articles: [0], alliances: [0]))
        #expect(linked.sourceUses["nation"] == SourceUses(articles: [0], alliances: []))
    }

    @Test func singleFileBriefingAndFeedKeepCitationsAndTheirList() throws {
        let site = try Self.site([
            "Content/site.yml": TestSite.siteYML + "\nbase_url: https://example.org/",
            "Content/articles/a.md": Self.article("sources: [gcc-charter]\n", body: "## Background\n\nA [x](cite:nation) b [y](cite:sipri) [z](cite:nation)."),
            "Content/articles/b.md": Self.article(body: "Also [q](cite:sipri)."),
        ])
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-cite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try BuildPipeline.run(BuildOptions(root: site.root.path, output: output.path, jobs: 2))
        #expect(result.diagnostics.sorted.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.sorted)")
        let html = try String(contentsOf: output.appendingPathComponent("briefing.html"), encoding: .utf8)
        let ids = SingleFileBriefingTests.values(of: "id", in: html)
        #expect(Set(ids).count == ids.count, "ids are unique: \(ids.sorted())")
        for fragment in Set(SingleFileBriefingTests.values(of: "href", in: html).filter { $0.hasPrefix("#") }) {
            #expect(ids.contains(String(fragment.dropFirst())), "no id for \(fragment)")
        }
        for id in ["article-a.cite-ref-1-2", "article-a.source-3", "article-b.cite-ref-1-1", "article-b.source-1"] {
            #expect(ids.contains(id), "\(id) is in briefing.html")
        }
        #expect(html.contains("<a href=\"#article-a.source-1\" id=\"article-a.cite-ref-1-1\">[1]</a>"))
        let feed = try String(contentsOf: output.appendingPathComponent("feed.xml"), encoding: .utf8)
        #expect(feed.contains("&lt;section class=&quot;sources&quot;&gt;"))
        #expect(feed.contains("id=&quot;cite-ref-1-2&quot;"))
        let page = try String(contentsOf: output.appendingPathComponent("articles/a/index.html"), encoding: .utf8)
        #expect(page.contains("<li id=\"source-3\">GCC Charter. <a class=\"source-uses-link\" href=\"../../sources/index.html#gcc-charter\">Where it is used</a></li>"))
    }
}

extension CitationTests {
    @Test func cachedBodiesKeepTheirCitationsAndFollowChangesToSourcesYML() throws {
        let site = try Self.site(["Content/articles/a.md": Self.article("sources: [gcc-charter]\n", body: "[x](cite:nation) [y](cite:sipri)")])
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-cite-cache-\(UUID().uuidString)")
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-cite-cache-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: cache)
        }
        var options = BuildOptions(root: site.root.path, output: output.path, jobs: 2)
        options.cacheFolder = cache.path
        let first = try BuildPipeline.run(options)
        // A change elsewhere (a comment in site.yml), so the second build runs its stages with the cached bodies
        // instead of replaying the first build whole.
        let siteYML = try String(contentsOf: site.root.appendingPathComponent("Content/site.yml"), encoding: .utf8)
        try site.write("Content/site.yml", bytes: Array((siteYML + "# touched\n").utf8))
        let second = try BuildPipeline.run(options)
        guard case .loaded = second.cacheStatus else {
            Issue.record("the second build did not use the cache: \(second.cacheStatus)")
            return
        }
        #expect(first.diagnostics.sorted == second.diagnostics.sorted)
        #expect(!second.diagnostics.sorted.contains { $0.code == "unused-source" }, "cited sources are known from cached bodies too")

        try site.write("Content/sources.yml", bytes: Array(Self.sourcesYML.replacingOccurrences(of: "title: GCC Charter", with: "title: Charter of the GCC").utf8))
        _ = try BuildPipeline.run(options)
        let page = try String(contentsOf: output.appendingPathComponent("articles/a/index.html"), encoding: .utf8)
        #expect(page.contains("<li id=\"source-3\">Charter of the GCC. <a class=\"source-uses-link\" href=\"../../sources/index.html#gcc-charter\">Where it is used</a></li>"))
    }
}

extension CitationTests {
    @Test func aSourceUsedOnlyByADraftIsNotUnused() throws {
        let site = try Self.site([
            "Content/articles/a.md": Self.article("alliances: [nato]\n", body: "[x](cite:nation)"),
            "Content/articles/draft.md": Self.article("draft: true\nsources: [gcc-charter]\n", body: "[y](cite:sipri)"),
        ])
        #expect(try site.lines(warnings: true).filter { $0.contains("unused-source") || $0.contains("no article cites") }.isEmpty)
        let (linked, _) = try site.check(drafts: true)
        #expect(linked.sourceUses.keys.sorted() == ["gcc-charter", "nation", "sipri"])
    }
}
