/// Writes `sitemap.xml` (sitemaps.org protocol 0.9) listing every HTML page except the not-found page, sorted by
/// path; article pages carry `lastmod`. Locations are absolute under `base_url`; without it they are relative to
/// the sitemap (search engines need absolute ones, so the pipeline warns).
struct SitemapWriter {
    let linked: LinkedSite

    /// `pages`: output paths of the HTML pages written.
    func build(pages: [String]) -> RenderedFile {
        var lastModified: [String: String] = [:]
        for article in linked.site.articles {
            lastModified[SitePaths.article(article.slug)] = FeedWriter.lastChange(article).iso
        }
        let base = linked.site.config.baseURL ?? ""
        var xml = XMLWriter()
        xml.start("urlset", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"])
        for path in Set(pages).sorted() where path != SitePaths.notFound && path.hasSuffix(".html") {
            xml.start("url", inline: true)
            xml.element("loc", base + path)
            if let date = lastModified[path] { xml.element("lastmod", date) }
            xml.end()
        }
        xml.end()
        return RenderedFile(path: SitePaths.sitemap, bytes: Array(xml.text.utf8))
    }
}
