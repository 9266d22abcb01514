import Foundation
import Testing
@testable import BriefingCore

/// The pages of the large generated site (SPEC §12, issue 12): bounded pages, the paginated article list, the
/// active/historical split of the alliance list and the article sidebar, on the 800-alliance site of
/// `scripts/make-large-site.py`, built with the real binary.
@Suite(.serialized) struct LargeSitePageTests {
    /// Pages that are lists, allowed to grow with the data: the article list's pages, the alliance and country lists,
    /// the two vocabularies and their terms (each lists its alliances and articles), `briefing.html`, the sources page
    /// and the timeline of every alliance (SPEC §11: it grows with the alliances, a fixed height per row).
    static func isListPage(_ path: String) -> Bool {
        path == SitePaths.articles || path.hasPrefix("articles/page/") || path == SitePaths.alliances || path == SitePaths.countries
            || path.hasPrefix("impacts/") || path.hasPrefix("roles/") || path == SitePaths.singleFile
            || path == SitePaths.timeline || path == SitePaths.sources
    }

    static func build(_ root: URL, into folder: TemporaryFolder, name: String) throws -> URL {
        let output = folder.url.appendingPathComponent(name)
        let run = try BriefingBinary.run(["build", "--root", root.path, "--output", output.path, "--no-cache", "--quiet"])
        #expect(run.status == 0, "\(run.stderr.prefix(2000))")
        return output
    }

    static func text(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// The `href`s of the `<a>` elements carrying `rel="<rel>"`.
    static func links(rel: String, in html: String) -> [String] {
        html.matches(of: /<a href="([^"]*)" rel="([a-z]+)"/).filter { $0.2 == rel }.map { String($0.1) }
    }

    /// The part of `html` from the element with `id` to the end of the first `</table>` after it.
    static func table(_ id: String, in html: String) -> Substring {
        guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
        let rest = html[start.lowerBound...]
        return rest[..<(rest.range(of: "</table>")?.upperBound ?? rest.endIndex)]
    }

    @Test func pagesStayBoundedAndListsAreSplitAndPaginated() throws {
        let folder = try TemporaryFolder()
        let largeRoot = try LargeSiteTests.generate("yaml", in: folder)
        let smallRoot = try LargeSiteTests.generate("yaml", in: folder, alliances: 50, name: "small")
        let large = try Self.build(largeRoot, into: folder, name: "large-output")
        let small = try Self.build(smallRoot, into: folder, name: "small-output")
        let (linked, _) = try LargeSiteTests.link(largeRoot)
        #expect(linked.site.alliances.count == 800)

        // The home page does not grow with the number of alliances: within 20 % of the 50-alliance site's.
        let home = try Self.text(large, SitePaths.home), smallHome = try Self.text(small, SitePaths.home)
        let ratio = Double(home.utf8.count) / Double(smallHome.utf8.count)
        #expect(abs(ratio - 1) <= 0.2, "home page: \(home.utf8.count) bytes with 800 alliances, \(smallHome.utf8.count) with 50")
        #expect(home.components(separatedBy: "<th scope=\"row\"").count - 1 == SiteLists.homeAllianceLimit)
        #expect(home.contains("href=\"alliances/index.html\"") && home.contains("href=\"articles/index.html\""))

        // Every page that is not a list is under 200 KB.
        let tree = FileTree(large)
        let pages = tree.files.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 1300)
        let oversized = pages.filter { !Self.isListPage($0) && tree.files[$0]!.count >= 200_000 }
            .map { "\($0): \(tree.files[$0]!.count) bytes" }
        #expect(oversized.isEmpty, "\(oversized.sorted())")

        // The article list: 300 articles, 50 a page; page 1 at articles/index.html; following rel="next" from it
        // visits every page in order, and each page's rel="prev" leads back to the one before.
        let pagination = Pagination(itemCount: 300, perPage: 50)
        #expect(pagination.paths == ["articles/index.html"] + (2...6).map { "articles/page/\($0)/index.html" })
        var visited: [String] = []
        var current: String? = SitePaths.articles
        while let path = current, visited.count <= 6 {
            let html = try Self.text(large, path)
            visited.append(path)
            #expect(html.components(separatedBy: "<li class=\"item\">").count - 1 == 50, "\(path)")
            let previous = Self.links(rel: "prev", in: html)
            if let before = visited.dropLast().last {
                #expect(previous.count == 1)
                #expect(previous.first.map { Self.resolve($0, from: path) } == before, "\(path): prev \(previous)")
            } else {
                #expect(previous.isEmpty)
            }
            let next = Self.links(rel: "next", in: html)
            #expect(next.count <= 1)
            #expect(next.allSatisfy { $0.hasSuffix("index.html") && !$0.hasPrefix("/") })
            current = next.first.map { Self.resolve($0, from: path) }
            if let current { #expect(tree.files[current] != nil, "\(path) links to a missing \(current)") }
        }
        #expect(visited == pagination.paths)
        #expect(tree.files["articles/page/7/index.html"] == nil)
        let sitemap = try Self.text(large, SitePaths.sitemap)
        #expect(pagination.paths.allSatisfy { sitemap.contains("<loc>\($0)</loc>") })

        // The alliance list: one table of the active alliances and one of the historical ones, as the data says.
        let list = try Self.text(large, SitePaths.alliances)
        func ids(_ table: Substring) -> [String] {
            table.matches(of: /<th scope="row" data-sort="[^"]*"><a href="([^"]+)\/index.html">/).map { String($0.1.split(separator: "/").last!) }
        }
        let active = ids(Self.table("table-active", in: list)), historical = ids(Self.table("table-historical", in: list))
        let alliances = linked.site.alliances
        #expect(active == SiteLists.alliancesByStatus(linked).active.map { alliances[$0].id })
        #expect(Set(active) == Set(alliances.filter { $0.status == .active }.map(\.id)))
        #expect(Set(historical) == Set(alliances.filter { $0.status == .historical }.map(\.id)))
        #expect(active.count + historical.count == 800 && !active.isEmpty && !historical.isEmpty)

        // The article that references 30 alliances shows 5 full cards and the other 25 in a compact list.
        let thirty = try #require(linked.referencesOfArticle.firstIndex { ($0[.alliance] ?? []).count == 30 })
        let article = try Self.text(large, SitePaths.article(linked.site.articles[thirty].slug))
        #expect(article.components(separatedBy: "<li class=\"card\">").count - 1 == 5)
        let compact = article.range(of: "<ul class=\"compact-list\">").map { article[$0.upperBound...] }
        let compactItems = compact.map { $0[..<($0.range(of: "</ul>")?.lowerBound ?? $0.endIndex)].components(separatedBy: "<li>").count - 1 }
        #expect(compactItems == 25)
    }

    /// `link` resolved against the folder of the page at `from` (both relative to the output root).
    static func resolve(_ link: String, from: String) -> String {
        var parts = from.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
