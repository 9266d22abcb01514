import Foundation
import Testing
@testable import BriefingCore
import BriefingCharts

/// The charts in the pages (SPEC §11): ```` ```chart ```` blocks through the article renderer (positions in the
/// file, ids, cache key), the alliance, country and timeline pages, the stylesheet in `briefing.html`.
@Suite struct ChartPageTests {
    static let article = """
        ---
        title: Charts
        date: 2025-01-01
        ---
        Intro.

        - In a list:

          ```chart
          type: timeline
          alliances: [ñato, natp]
          ```

        ```chart
        type: timeline
        alliances: [nato]
        ```
        """

    @Test func errorsOfABlockInAListAreAtTheirLineAndColumnInTheFile() throws {
        let site = try TestSite(["Content/articles/charts.md": Self.article])
        let lines = try site.lines().filter { $0.contains("charts.md") }
        // Line 11 is `  alliances: [ñato, natp]`: the list's indent and the two-byte `ñ` count as one column each.
        #expect(lines == [
            "Content/articles/charts.md:11:15: error: unknown alliance 'ñato' in the chart block; did you mean 'nato'?",
            "Content/articles/charts.md:11:21: error: unknown alliance 'natp' in the chart block; did you mean 'nato'?",
        ])
    }

    @Test func aValidBlockBecomesAFigureWithIdsFromTheSlugAndFileLine() throws {
        let site = try TestSite(["Content/articles/charts.md": Self.article])
        let (linked, _) = try site.check()
        let body = try #require(linked.bodies.first).html
        // The second block's content starts on line 15 of the file.
        #expect(body.contains("aria-labelledby=\"chart-charts-15-title chart-charts-15-desc\""))
        #expect(body.contains("<a href=\"../../countries/pk/index.html\"><bdi>Pakistan</bdi></a>"))
        // The block with errors stays a code block; nothing of it is drawn.
        #expect(body.contains("<pre><code class=\"language-chart\">type: timeline\nalliances: [ñato, natp]"))
        #expect(body.components(separatedBy: "<svg ").count == 2)
    }

    @Test func theBodyCacheKeyHoldsTheChartData() throws {
        let site = try TestSite(["Content/articles/charts.md": Self.article])
        let loaded = try site.check().0.site
        let plain = ArticleBodyRenderer(config: loaded.config, assets: [])
        var charts = plain
        charts.enableCharts(loaded)
        #expect(plain.cacheKey != charts.cacheKey)
        #expect(charts.options.fencedBlockRenderers["chart"] != nil)
        var changed = loaded
        changed.alliances[0].members.removeLast()
        var other = plain
        other.enableCharts(changed)
        #expect(other.cacheKey != charts.cacheKey, "a change to the alliance data changes the key")
        var same = plain
        same.enableCharts(loaded)
        #expect(same.cacheKey == charts.cacheKey)
    }

    @Test func theChartsUseTheProjectsEscaper() {
        // HTMLEscaping drops C1 controls, which the chart module's own escaper keeps.
        #expect(ChartRenderer.briefing.escape("a\u{85}<b>") == "a&lt;b&gt;")
        #expect(ChartRenderer.briefingColumn.escape("a\u{85}<b>") == "a&lt;b&gt;")
        #expect(ChartEscaper.escape("a\u{85}") == "a\u{85}")
    }

    /// Builds the minimal fixture site in memory and returns its pages by path.
    static func pages() throws -> [String: String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sites/valid/minimal")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-chart-pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try BuildPipeline.run(BuildOptions(root: root.path, output: output.path, jobs: 2))
        var pages: [String: String] = [:]
        for (path, data) in GoldenSiteTests.files(in: output) where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            pages[path] = String(decoding: data, as: UTF8.self)
        }
        return pages
    }

    @Test func alliancesCountriesAndTheTimelinePageHaveTheirCharts() throws {
        let pages = try Self.pages()
        let alliance = try #require(pages["alliances/old-league/index.html"])
        #expect(alliance.contains("<h2>Members over time</h2>"))
        #expect(alliance.contains("<title id=\"chart-members-title\">Members of Old League over time</title>"))
        let country = try #require(pages["countries/pk/index.html"])
        #expect(country.contains("<title id=\"chart-alliances-title\">Alliances of Pakistan over time</title>"))
        let timeline = try #require(pages["timeline/index.html"])
        #expect(timeline.contains("<title id=\"chart-timeline-title\">Every alliance over time</title>"))
        #expect(timeline.contains("Active alliances (1)") && timeline.contains("Historical alliances (1)"))
        // Every page links the charts' stylesheet and the timeline from its navigation; the sitemap lists the page.
        let home = try #require(pages["index.html"])
        #expect(home.contains("<link rel=\"stylesheet\" href=\"static/charts.css\">"))
        #expect(home.contains("<a href=\"timeline/index.html\">Timeline</a>"))
        #expect(timeline.contains("<a href=\"../timeline/index.html\" aria-current=\"page\">Timeline</a>"))
        #expect(try #require(pages["sitemap.xml"]).contains("timeline/index.html</loc>"))
        #expect(!(try #require(pages["404.html"])).contains("charts.css"), "404.html loads nothing")
    }

    @Test func theSingleFileInlinesTheChartsAndTheirStylesheet() throws {
        let briefing = try #require(try Self.pages()["briefing.html"])
        #expect(briefing.contains(".chart-figure {"), "charts.css is inlined")
        #expect(!briefing.contains("charts.css\""), "and not linked")
        // The article's chart, with its ids and the aria-labelledby naming them rewritten alike.
        #expect(briefing.contains("aria-labelledby=\"article-second-look.chart-second-look-15-title article-second-look.chart-second-look-15-desc\""))
        #expect(briefing.contains("<title id=\"article-second-look.chart-second-look-15-title\">"))
        #expect(briefing.contains("<a href=\"#alliance-test-pact\"><bdi>TP</bdi></a>"))
    }
}
