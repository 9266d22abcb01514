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
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in Set(pages).sorted() where path != SitePaths.notFound && path.hasSuffix(".html") {
            out += "  <url><loc>\(Escaping.xml(base + path))</loc>"
            if let date = lastModified[path] { out += "<lastmod>\(date)</lastmod>" }
            out += "</url>\n"
        }
        out += "</urlset>\n"
        return RenderedFile(path: SitePaths.sitemap, bytes: Array(out.utf8))
    }
}
