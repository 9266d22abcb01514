import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BriefingCore

/// `feed.xml` (Atom) and `sitemap.xml`, built from a small site, read back with an XML parser.
@Suite struct FeedAndSitemapTests {
    static let articles = [
        "Content/articles/old.md": """
            ---
            title: "Old & <dusty>"
            date: 2023-02-03
            summary: "It's \\"quoted\\" & old."
            impacts: [counter-terrorism]
            alliances: [nato]
            ---

            See [the pact](alliance:nato) and [the new one](article:new#details).
            """,
        "Content/articles/new.md": """
            ---
            title: New
            date: 2024-06-07
            updated: 2024-08-09
            roles: [intelligence-sharing]
            alliances: [nato]
            ---

            ## Details

            Text.
            """,
    ]

    /// Element names and text of a parsed XML document, in document order; fails on malformed XML.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String], text: String)] = []
        private var stack: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            stack.append(elements.count)
            elements.append((name, attributes, ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let open = stack.last { elements[open].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        static func parse(_ file: RenderedFile) throws -> Collector {
            let collector = Collector()
            let parser = XMLParser(data: Data(file.bytes))
            parser.delegate = collector
            #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
            return collector
        }

        func texts(_ name: String) -> [String] { elements.filter { $0.name == name }.map(\.text) }
        func attributes(_ name: String) -> [[String: String]] { elements.filter { $0.name == name }.map(\.attributes) }
    }

    static func linked(baseURL: String?) throws -> (TestSite, LinkedSite) {
        let yml = TestSite.siteYML + (baseURL.map { "\nbase_url: \($0)\n" } ?? "")
        let site = try TestSite(articles.merging(["Content/site.yml": yml]) { $1 })
        return (site, try site.check().0)
    }

    @Test func feedHasAbsoluteLinksUnderBaseURLAndNewestArticleFirst() throws {
        let (_, linked) = try Self.linked(baseURL: "https://example.org/brief/")
        let file = FeedWriter(linked: linked).build()
        #expect(file.path == "feed.xml")
        let feed = try Collector.parse(file)
        #expect(feed.elements.first?.name == "feed")
        #expect(feed.texts("title") == ["Test", "New", "Old & <dusty>"])
        #expect(feed.texts("id") == ["https://example.org/brief/", "https://example.org/brief/articles/new/index.html",
                                     "https://example.org/brief/articles/old/index.html"])
        #expect(feed.texts("updated") == ["2024-08-09T00:00:00Z", "2024-08-09T00:00:00Z", "2023-02-03T00:00:00Z"],
                "the feed's updated is the newest article change, not the build time")
        #expect(feed.texts("published") == ["2024-06-07T00:00:00Z", "2023-02-03T00:00:00Z"])
        #expect(feed.texts("summary") == ["It's \"quoted\" & old."])
        #expect(feed.attributes("link").map { $0["href"] ?? "" } == [
            "https://example.org/brief/feed.xml", "https://example.org/brief/index.html",
            "https://example.org/brief/articles/new/index.html", "https://example.org/brief/articles/old/index.html",
        ])
        #expect(feed.attributes("category").map { $0["term"] ?? "" } == ["intelligence-sharing", "counter-terrorism"])
        let contents = feed.elements.filter { $0.name == "content" }
        #expect(contents.map { $0.attributes["xml:base"] ?? "" } == ["https://example.org/brief/articles/new/index.html",
                                                                     "https://example.org/brief/articles/old/index.html"])
        #expect(contents[1].text.contains("<a href=\"../../alliances/nato/index.html\">the pact</a>"),
                "the body's HTML, escaped once, with links relative to xml:base")
    }

    @Test func feedWithoutBaseURLUsesRelativeLinksAndStableURNs() throws {
        let (_, linked) = try Self.linked(baseURL: nil)
        let first = FeedWriter(linked: linked).build()
        let feed = try Collector.parse(first)
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "briefing:site:Test")
        #expect(feed.texts("id") == ["urn:uuid:c126357b-2d86-5c5d-92f6-e4e0634dfd9c", FeedIdentifier.urn("briefing:article:Test:new"),
                                     FeedIdentifier.urn("briefing:article:Test:old")])
        #expect(feed.attributes("link").first?["href"] == "feed.xml")
        #expect(feed.attributes("link").last?["href"] == "articles/old/index.html")
        #expect(FeedWriter(linked: linked).build().bytes == first.bytes)
    }

    @Test func missingBaseURLIsAWarning() throws {
        let (site, _) = try Self.linked(baseURL: nil)
        let result = try BuildPipeline.run(BuildOptions(root: site.root.path, output: nil, jobs: 1))
        let warnings = result.diagnostics.all.filter { $0.code == "missing-base-url" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning && warnings.first?.file == "Content/site.yml")
        let (published, _) = try Self.linked(baseURL: "https://example.org/")
        let clean = try BuildPipeline.run(BuildOptions(root: published.root.path, output: nil, jobs: 1))
        #expect(!clean.diagnostics.all.contains { $0.code == "missing-base-url" })
    }

    @Test func nameBasedUUIDsMatchRFC9562() {
        #expect(FeedIdentifier.SHA1.hash(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined() == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(FeedIdentifier.SHA1.hash(Array(repeating: UInt8(ascii: "a"), count: 1000)).map { String(format: "%02x", $0) }.joined()
                == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "briefing:article:Test:first")
        #expect(FeedIdentifier.urn("briefing:article:Test:first") == "urn:uuid:0bd2604b-ffb3-572c-bee7-2785e2c27979")
    }

    @Test func sitemapListsEveryPageButTheNotFoundPage() throws {
        let (_, linked) = try Self.linked(baseURL: "https://example.org/brief/")
        let pages = ["index.html", "articles/old/index.html", "articles/new/index.html", "404.html", "briefing.html", "search/index.html"]
        let sitemap = try Collector.parse(SitemapWriter(linked: linked).build(pages: pages))
        #expect(sitemap.elements.first?.name == "urlset")
        #expect(sitemap.texts("loc") == ["https://example.org/brief/articles/new/index.html", "https://example.org/brief/articles/old/index.html",
                                         "https://example.org/brief/briefing.html", "https://example.org/brief/index.html",
                                         "https://example.org/brief/search/index.html"])
        #expect(sitemap.texts("lastmod") == ["2024-08-09", "2023-02-03"])
    }
}
