import Foundation
import Testing
@testable import BriefingCore

/// The pages of SPEC §12 rendered through the built-in theme: the paginated article list, the alliance list split
/// and made sortable, member counts and periods, the article sidebar, and what `single_file:` selects.
@Suite struct ListPagesTests {
    static func articles(_ count: Int, alliances: (Int) -> [String] = { _ in [] }) -> [String: String] {
        var files: [String: String] = [:]
        for number in 1...count {
            let ids = alliances(number)
            files["Content/articles/a\(number).md"] = """
                ---
                title: Article \(number)
                date: 2024-01-\(String(format: "%02d", min(number, 28)))
                alliances: [\(ids.joined(separator: ", "))]
                \(number % 2 == 0 ? "impacts: [counter-terrorism]" : "")
                ---

                Text \(number).
                """
        }
        return files
    }

    static func render(_ site: TestSite) throws -> (pages: [String: String], theme: Theme, linked: LinkedSite) {
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        var themeDiagnostics = Diagnostics()
        let theme = Theme.load(siteRoot: site.root.path, diagnostics: &themeDiagnostics)
        var pages: [String: String] = [:]
        for page in ViewBuilder(linked, theme: theme).pages().map({ $0() }) { pages[page.path] = theme.render(page) ?? "" }
        return (pages, theme, linked)
    }

    @Test func articleListIsPaginatedWithRelativePreviousAndNextLinks() throws {
        let site = try TestSite(Self.articles(7).merging(["Content/site.yml": TestSite.siteYML + "\npaginate: 3\n"]) { $1 })
        let (pages, _, _) = try Self.render(site)
        let paths = pages.keys.filter { $0.hasPrefix("articles/") && !$0.hasPrefix("articles/a") }.sorted()
        #expect(paths == ["articles/index.html", "articles/page/2/index.html", "articles/page/3/index.html"])
        let first = try #require(pages["articles/index.html"]), second = try #require(pages["articles/page/2/index.html"])
        let last = try #require(pages["articles/page/3/index.html"])
        #expect(first.contains("<a href=\"page/2/index.html\" rel=\"next\">"))
        #expect(!first.contains("rel=\"prev\""))
        #expect(second.contains("<a href=\"../../index.html\" rel=\"prev\">") && second.contains("<a href=\"../3/index.html\" rel=\"next\">"))
        #expect(last.contains("<a href=\"../2/index.html\" rel=\"prev\">") && !last.contains("rel=\"next\""))
        #expect(second.contains("<a href=\"index.html\" aria-current=\"page\">2</a>"))
        // Newest first, 3 a page: page 2 holds articles 4, 3 and 2 (by date), page 3 article 1.
        #expect(second.matches(of: /Article (\d)<\/a>/).map { String($0.1) } == ["4", "3", "2"])
        #expect(last.matches(of: /Article (\d)<\/a>/).map { String($0.1) } == ["1"])
        #expect(second.contains("<title>Articles (2/3)"))
        // Links to page files from deeper pages still resolve against the stylesheet root.
        #expect(second.contains("href=\"../../../static/style.css\""))
    }

    @Test func oneArticlePageHasNoPagination() throws {
        let (pages, _, _) = try Self.render(try TestSite(Self.articles(2)))
        #expect(!(pages["articles/index.html"] ?? "").contains("class=\"pagination\""))
        #expect(pages["articles/page/2/index.html"] == nil)
    }

    @Test func allianceListSplitsActiveAndHistoricalAndLoadsTheTableScript() throws {
        let site = try TestSite([
            "Content/alliances/old.yml": "name: Zeta Old Pact\nmembers: [PK, TR]\nestablished: 1950\nended: 1960\n",
            "Content/alliances/alpha.yml": "name: Alpha Pact\nmembers: [PK, IR]\nestablished: 2001\n",
        ])
        let (pages, _, _) = try Self.render(site)
        let list = try #require(pages["alliances/index.html"])
        let active = try #require(list.range(of: "id=\"table-active\"")), historical = try #require(list.range(of: "id=\"table-historical\""))
        let activePart = list[active.lowerBound..<historical.lowerBound], historicalPart = list[historical.lowerBound...]
        #expect(activePart.contains("Alpha Pact") && activePart.contains("Test Pact") && !activePart.contains("Zeta Old Pact"))
        #expect(historicalPart.contains("Zeta Old Pact") && !historicalPart.contains("Alpha Pact"))
        // Without JavaScript: sorted by name, the filter hidden; the script is a local file.
        #expect(activePart.range(of: "Alpha Pact")!.lowerBound < activePart.range(of: "Test Pact")!.lowerBound)
        #expect(list.contains("<div class=\"table-tools\" hidden>") && list.contains("<label for=\"filter-active\">"))
        #expect(list.contains("<script src=\"../static/alliance-table.js\" data-status-message=\"{shown} of {total} shown\" data-digits=\"0123456789\"></script>"))
        var diagnostics = Diagnostics()
        let theme = Theme.load(siteRoot: site.root.path, diagnostics: &diagnostics)
        #expect(theme.staticFiles.contains { $0.path == "alliance-table.js" })
    }

    @Test func membersAreCountedAndShownApartWithTheirPeriods() throws {
        let pact = """
            name: Rejoin Pact
            established: 1950
            members:
              - PK
              - {country: TR, left: 1960}
              - {country: TR, joined: 1970}
              - {country: IR, joined: 1955, left: 1979}
            """
        let site = try TestSite(["Content/alliances/nato.yml": pact])
        let (pages, _, _) = try Self.render(site)
        let page = try #require(pages["alliances/nato/index.html"])
        #expect(page.contains("<h3 id=\"current-members\">Current members (2)</h3>"))
        #expect(page.contains("<h3 id=\"former-members\">Former members (1)</h3>"))
        #expect(page.contains("<span class=\"periods muted\">1950 – 1960; since 1970</span>"))
        #expect(page.contains("<span class=\"periods muted\">1955 – 1979</span>"))
        #expect(page.contains("<div><dt>Current members</dt><dd>2</dd></div>") && page.contains("<div><dt>Former members</dt><dd>1</dd></div>"))
        let row = try #require(pages["alliances/index.html"])
        #expect(row.contains("<td class=\"num\" data-sort=\"2\">2 <span class=\"muted\">+1 former</span></td>"))

        let ended = try TestSite(["Content/alliances/nato.yml": pact + "\nended: 1990\n"])
        let (endedPages, _, _) = try Self.render(ended)
        #expect(endedPages["alliances/index.html"]!.contains("<td class=\"num\" data-sort=\"3\">3 <span class=\"muted\">former</span></td>"))
        let endedPage = try #require(endedPages["alliances/nato/index.html"])
        #expect(!endedPage.contains("id=\"current-members\"") && endedPage.contains("<h3 id=\"former-members\">Former members (3)</h3>"))
        #expect(endedPage.contains("<span class=\"periods muted\">1950 – 1960; 1970 – 1990</span>"))
    }

    @Test func sidebarShowsFiveCardsThenACompactList() throws {
        var files: [String: String] = [:]
        let ids = (1...8).map { "p\($0)" }
        for id in ids { files["Content/alliances/\(id).yml"] = "name: Pact \(id)\nmembers: [PK, TR]\nestablished: 2000\n" }
        files.merge(Self.articles(1) { _ in ids }) { $1 }
        let (pages, _, _) = try Self.render(try TestSite(files))
        let article = try #require(pages["articles/a1/index.html"])
        #expect(article.components(separatedBy: "<li class=\"card\">").count - 1 == 5)
        #expect(article.contains("Also discussed (3)"))
        #expect(article.contains("<li><a href=\"../../alliances/p8/index.html\">Pact p8</a></li>"))
        #expect(!article.contains("<a href=\"../../alliances/p6/index.html\">Pact p6</a></h3>"))
    }

    @Test func homeShowsAtMostTwelveAlliancesTheMostReferencedFirst() throws {
        var files: [String: String] = [:]
        for number in 1...20 { files["Content/alliances/p\(number).yml"] = "name: Pact \(String(format: "%02d", number))\nmembers: [PK, TR]\nestablished: 2000\n" }
        files.merge(Self.articles(3) { _ in ["p20"] }) { $1 }
        let (pages, _, _) = try Self.render(try TestSite(files))
        let home = try #require(pages["index.html"])
        #expect(home.components(separatedBy: "<th scope=\"row\"").count - 1 == 12)
        let names = home.matches(of: /<th scope="row" data-sort="Pact (\d\d)"/).map { String($0.1) }
        #expect(names.first == "20")
        #expect(home.contains("All alliances, active and historical (21)</a>"))
    }

    @Test func singleFileFalseWritesNoFileAndNoLinkToIt() throws {
        let site = try TestSite(Self.articles(2).merging(["Content/site.yml": TestSite.siteYML + "\nsingle_file: false\n"]) { $1 })
        let (pages, theme, linked) = try Self.render(site)
        #expect(pages.values.allSatisfy { !$0.contains("briefing.html\"") }, "no page links to briefing.html")
        var diagnostics = Diagnostics()
        let files = SupplementaryOutputs.make(linked, theme: theme, jobs: 1, diagnostics: &diagnostics)
        #expect(!files.contains { $0.path == SitePaths.singleFile })
        #expect(diagnostics.sorted.isEmpty)
        let sitemap = String(decoding: SupplementaryOutputs.sitemap(linked, pages: Array(pages.keys)).bytes, as: UTF8.self)
        #expect(!sitemap.contains("briefing.html"))
        let (withFile, _, _) = try Self.render(try TestSite(Self.articles(2)))
        #expect(withFile["index.html"]!.contains("href=\"briefing.html\""))
    }

    @Test func singleFileLatestHoldsTheNewestArticlesAndTheirAlliancesOnly() throws {
        var files = Self.articles(3) { number in number == 3 ? ["other"] : ["nato"] }
        files["Content/alliances/other.yml"] = "name: Other Pact\nmembers: [IR, TR]\nestablished: 2000\n"
        files["Content/alliances/unused.yml"] = "name: Unused Pact\nmembers: [IR, TR]\nestablished: 2000\n"
        files["Content/site.yml"] = TestSite.siteYML + "\nsingle_file: {latest: 1}\n"
        let (_, theme, linked) = try Self.render(try TestSite(files))
        let html = try #require(SingleFileBriefing(linked: linked, theme: theme, jobs: 1).html())
        #expect(html.contains("id=\"article-a3\"") && !html.contains("id=\"article-a1\"") && !html.contains("id=\"article-a2\""))
        #expect(html.contains("id=\"alliance-other\"") && !html.contains("id=\"alliance-nato\"") && !html.contains("id=\"alliance-unused\""))
        #expect(!html.contains("id=\"country-pk\""), "Pakistan is in no selected article or annex alliance")
        // Every fragment link inside the file has its target.
        let ids = Set(html.matches(of: /\sid="([^"]+)"/).map { String($0.1) })
        let targets = Set(html.matches(of: /href="#([^"]+)"/).map { String($0.1) })
        #expect(targets.subtracting(ids).isEmpty, "\(targets.subtracting(ids).sorted())")

        files["Content/site.yml"] = TestSite.siteYML + "\nsingle_file: {impacts: [counter-terrorism]}\n"
        let (_, theme2, linked2) = try Self.render(try TestSite(files))
        let byImpact = try #require(SingleFileBriefing(linked: linked2, theme: theme2, jobs: 1).html())
        #expect(byImpact.contains("id=\"article-a2\"") && !byImpact.contains("id=\"article-a1\"") && !byImpact.contains("id=\"article-a3\""))
        #expect(byImpact.contains("id=\"alliance-nato\"") && !byImpact.contains("id=\"alliance-other\""))
    }

    @Test func countryPageListsActiveAlliancesFirstThenByDate() throws {
        let site = try TestSite([
            "Content/alliances/old.yml": "name: Aaa Old Pact\nmembers: [PK, TR]\nestablished: 1950\nended: 1960\n",
            "Content/alliances/new.yml": "name: Zzz New Pact\nmembers: [PK, IR]\nestablished: 2020\n",
        ])
        let (pages, _, _) = try Self.render(site)
        let page = try #require(pages["countries/pk/index.html"])
        let order = page.matches(of: /<th scope="row" data-sort="([^"]+)"/).map { String($0.1) }
        #expect(order == ["Zzz New Pact", "Test Pact", "Aaa Old Pact"])
        // Partners by full name: Iran, then Türkiye.
        let partners = try #require(page.range(of: "class=\"partners\"")).upperBound
        let iran = try #require(page[partners...].range(of: "Iran</bdi></a>")), turkiye = try #require(page[partners...].range(of: "Türkiye</bdi></a>"))
        #expect(iran.lowerBound < turkiye.lowerBound)
    }
}
