import Testing
@testable import BriefingCore

/// The article list's pages and their previous/next links (SPEC §12).
@Suite struct PaginationTests {
    @Test(arguments: [(0, 50, 1), (1, 50, 1), (50, 50, 1), (51, 50, 2), (300, 50, 6), (301, 50, 7), (7, 1, 7), (5, 0, 5)])
    func pageCount(items: Int, perPage: Int, pages: Int) {
        #expect(Pagination(itemCount: items, perPage: perPage).pageCount == pages)
    }

    @Test func pagesCoverTheListOnceInOrder() {
        let pagination = Pagination(itemCount: 120, perPage: 50)
        #expect(pagination.pages.map(\.items) == [0..<50, 50..<100, 100..<120])
        #expect(pagination.paths == ["articles/index.html", "articles/page/2/index.html", "articles/page/3/index.html"])
        #expect(Pagination(itemCount: 0, perPage: 50).pages.map(\.items) == [0..<0])
    }

    @Test func previousAndNextLinksNameFilesRelativeToEachPage() {
        let pages = Pagination(itemCount: 120, perPage: 50).pages
        #expect(pages[0].previous == nil)
        #expect(pages[0].next == "page/2/index.html")
        #expect(pages[1].previous == "../../index.html")
        #expect(pages[1].next == "../3/index.html")
        #expect(pages[2].previous == "../2/index.html")
        #expect(pages[2].next == nil)
        #expect(Pagination(itemCount: 10, perPage: 50).pages[0].next == nil)
    }

    /// Resolving each link against its page's folder lands on the target page.
    @Test func linksResolveToTheirTargets() {
        let pages = Pagination(itemCount: 1000, perPage: 50).pages
        for page in pages {
            if let previous = page.previous { #expect(resolve(previous, from: page.path) == Pagination.path(ofPage: page.number - 1)) }
            if let next = page.next { #expect(resolve(next, from: page.path) == Pagination.path(ofPage: page.number + 1)) }
        }
    }

    @Test func relativeLinks() {
        #expect(RelativeLink.from("index.html", to: "articles/index.html") == "articles/index.html")
        #expect(RelativeLink.from("articles/index.html", to: "index.html") == "../index.html")
        #expect(RelativeLink.from("alliances/nato/index.html", to: "countries/pk/index.html") == "../../countries/pk/index.html")
        #expect(RelativeLink.from("articles/index.html", to: "articles/index.html") == "index.html")
    }

    private func resolve(_ link: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/") {
            if part == ".." { parts.removeLast() } else { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
