/// The article list split into pages (SPEC §12): page 1 is `articles/index.html`, page n > 1
/// `articles/page/<n>/index.html`; previous/next links are relative and name a file, so they work from `file://`.
public struct Pagination: Sendable, Hashable {
    /// One page of the list.
    public struct Page: Sendable, Hashable {
        /// 1-based page number.
        public var number: Int
        /// Output path, relative to the output root.
        public var path: String
        /// Positions in the full list (e.g. `linked.articlesNewestFirst`) shown on this page.
        public var items: Range<Int>
        /// Relative link from this page to the previous / next one; nil on the first / last page.
        public var previous: String?
        public var next: String?
    }

    /// How many items the list has (≥ 0) and how many a page shows (≥ 1, `site.yml` `paginate`).
    public let itemCount: Int
    public let perPage: Int

    public init(itemCount: Int, perPage: Int) {
        self.itemCount = max(0, itemCount)
        self.perPage = max(1, perPage)
    }

    /// At least 1: an empty list still has its first page.
    public var pageCount: Int { max(1, (itemCount + perPage - 1) / perPage) }

    /// The output path of page `number` (1-based).
    public static func path(ofPage number: Int) -> String {
        number <= 1 ? SitePaths.articles : "articles/page/\(number)/index.html"
    }

    /// Page `number` (1...pageCount).
    public func page(_ number: Int) -> Page {
        let start = min((number - 1) * perPage, itemCount)
        let path = Self.path(ofPage: number)
        return Page(number: number, path: path, items: start..<min(start + perPage, itemCount),
                    previous: number > 1 ? RelativeLink.from(path, to: Self.path(ofPage: number - 1)) : nil,
                    next: number < pageCount ? RelativeLink.from(path, to: Self.path(ofPage: number + 1)) : nil)
    }

    /// Every page, first to last.
    public var pages: [Page] { (1...pageCount).map(page) }

    /// The output paths of every page, for the sitemap.
    public var paths: [String] { (1...pageCount).map(Self.path(ofPage:)) }
}
