import Foundation
import Testing
@testable import BriefingCore

/// `briefing.html`: links between pages become anchors inside the file, and nothing outside it is loaded.
@Suite struct SingleFileBriefingTests {
    static let rewriter = SingleFileLinkRewriter(
        targets: [
            "articles/first/index.html": .article(slug: "first"),
            "articles/other/index.html": .article(slug: "other"),
            "alliances/gcc/index.html": .anchor("alliance-gcc"),
            "countries/pk/index.html": .anchor("country-pk"),
            "index.html": .anchor("top"),
        ],
        baseURL: nil,
        embeddedImages: ["maps/gulf.png": "data:image/png;base64,AAAA"])

    @Test(arguments: [
        ("<a href=\"../../alliances/gcc/index.html\">GCC</a>", "<a href=\"#alliance-gcc\">GCC</a>"),
        ("<a href=\"../../alliances/gcc/index.html#members\">GCC</a>", "<a href=\"#alliance-gcc\">GCC</a>"),
        ("<a href=\"../../countries/pk/index.html\">PK</a>", "<a href=\"#country-pk\">PK</a>"),
        ("<a href=\"../other/index.html\">other</a>", "<a href=\"#article-other\">other</a>"),
        ("<a href=\"../../articles/other/index.html#t%C3%BCrkiye\">x</a>", "<a href=\"#article-other.t%C3%BCrkiye\">x</a>"),
        ("<a href=\"#background\">up</a>", "<a href=\"#article-first.background\">up</a>"),
        ("<a href=\"../../\">home</a>", "<a href=\"#top\">home</a>"),
        ("<h2 id=\"background\">Background</h2>", "<h3 id=\"article-first.background\">Background</h3>"),
        ("<h6 id=\"deep\">x</h6>", "<h6 id=\"article-first.deep\">x</h6>"),
        ("<a href=\"https://example.org/a?b=1&amp;c=2\">ext</a>", "<a href=\"https://example.org/a?b=1&amp;c=2\">ext</a>"),
        ("<a href=\"mailto:desk@example.org\">mail</a>", "<a href=\"mailto:desk@example.org\">mail</a>"),
        ("<img src=\"../../assets/maps/gulf.png\" alt=\"Map\" />", "<img src=\"data:image/png;base64,AAAA\" alt=\"Map\" />"),
        ("<a href=\"../../assets/report.pdf\">PDF</a>", "<a href=\"assets/report.pdf\">PDF</a>"),
        ("<a href=\"../../search/index.html?q=x\">search</a>", "<a href=\"search/index.html?q=x\">search</a>"),
        ("<p>Text with href=&quot;x&quot; and id=&quot;y&quot; is text.</p>", "<p>Text with href=&quot;x&quot; and id=&quot;y&quot; is text.</p>"),
        ("<hr /><header>not a heading</header>", "<hr /><header>not a heading</header>"),
    ])
    func rewritesBodyLinksIdsAndHeadings(body: String, expected: String) {
        #expect(Self.rewriter.rewrite(body, slug: "first") == expected)
    }

    @Test func otherSiteLinksBecomeAbsoluteUnderBaseURL() {
        var rewriter = Self.rewriter
        rewriter.baseURL = "https://example.org/brief/"
        #expect(rewriter.rewrite("<a href=\"../../assets/report.pdf\">PDF</a>", slug: "first")
                == "<a href=\"https://example.org/brief/assets/report.pdf\">PDF</a>")
        #expect(rewriter.rewrite("<a href=\"../../../../etc/passwd\">x</a>", slug: "first") == "<a href=\"../../../../etc/passwd\">x</a>")
    }

    @Test func wholeFileIsSelfContainedAndEveryAnchorExists() throws {
        let site = try TestSite([
            "Content/assets/map.png": "not really a PNG",
            "Content/articles/first.md": """
                ---
                title: "First & <best>"
                date: 2024-01-02
                summary: A & B.
                alliances: [nato]
                countries: ["IR"]
                impacts: [counter-terrorism]
                ---

                ## Background

                See [the pact](alliance:nato), [Iran](country:IR), [the second](article:second#later),
                [a role](role:intelligence-sharing) and ![A map](../assets/map.png). Back to [background](#background).
                """,
            "Content/articles/second.md": """
                ---
                title: Second
                date: 2024-03-04
                ---

                ## Background

                ## Later

                Text about [Pakistan](country:PK).
                """,
        ])
        let (linked, _) = try site.check()
        var diagnostics = Diagnostics()
        let theme = Theme.load(siteRoot: site.root.path, diagnostics: &diagnostics)
        let page = SingleFileBriefing(linked: linked, theme: theme, jobs: 2).page()
        let html = try #require(SingleFileBriefing(linked: linked, theme: theme, jobs: 2).html())
        #expect(page.path == "briefing.html")

        #expect(!html.contains("<link"), "styles are inlined")
        #expect(!html.contains("<script"))
        #expect(html.contains("<style>") && html.contains(".site-header"))
        #expect(!html.contains("src=\"http") && !html.contains("src=\"../"))
        #expect(html.contains("<img src=\"data:image/png;base64,\(Data("not really a PNG".utf8).base64EncodedString())\" alt=\"A map\""))
        #expect(html.contains("First &amp; &lt;best&gt;"), "titles are escaped once")
        #expect(!html.contains("&amp;amp;"))

        let ids = Self.values(of: "id", in: html)
        #expect(Set(ids).count == ids.count, "ids are unique: \(ids.sorted())")
        let fragments = Self.values(of: "href", in: html).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        for fragment in Set(fragments) {
            #expect(ids.contains(fragment), "no id for #\(fragment)")
        }
        for anchor in ["alliance-nato", "country-ir", "article-second.later", "role-intelligence-sharing", "article-first.background"] {
            #expect(fragments.contains(anchor), "no link to #\(anchor)")
        }
        // Oldest first.
        let first = try #require(html.range(of: "id=\"article-first\""))
        let second = try #require(html.range(of: "id=\"article-second\""))
        #expect(first.lowerBound < second.lowerBound)
    }

    static func values(of attribute: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        while let start = rest.range(of: " \(attribute)=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            values.append(String(rest[..<end]))
            rest = rest[end...]
        }
        return values
    }
}
