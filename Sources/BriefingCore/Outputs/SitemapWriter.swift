/// Writes `sitemap.xml` (sitemaps.org protocol 0.9) listing every HTML page except the not-found page, sorted by
/// path; article pages carry `lastmod`. Locations are absolute under `base_url`; without it they are relative to
/// the sitemap (search engines need absolute ones, so the pipeline warns). On a multilingual site every language's
/// pages are listed, each with `xhtml:link rel="alternate" hreflang` to its versions in the other languages
/// (Google's sitemap extension for localized pages).
struct SitemapWriter {
    let linked: LinkedSite

    /// `pages`: output paths of the HTML pages written.
    func build(pages: [String]) -> RenderedFile {
        var lastModified: [String: String] = [:]
        for article in linked.site.articles {
            lastModified[SitePaths.article(article.slug)] = FeedWriter.lastChange(article).iso
        }
        let base = linked.site.config.baseURL ?? ""
        let languages = linked.site.config.siteLanguages
        let alternates = languages.count > 1 ? Self.alternates(pages: Set(pages), languages: languages, translations: TranslationIndex(linked.site)) : [:]
        var xml = XMLWriter()
        if alternates.isEmpty {
            xml.start("urlset", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"])
        } else {
            xml.start("urlset", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9", "xmlns:xhtml": "http://www.w3.org/1999/xhtml"])
        }
        for path in Set(pages).sorted() where !Self.isNotFoundPage(path, languages: languages) && path.hasSuffix(".html") {
            let versions = alternates[path] ?? []
            xml.start("url", inline: versions.isEmpty)
            xml.element("loc", base + path)
            if let date = lastModified[path] { xml.element("lastmod", date) }
            for version in versions {
                xml.element("xhtml:link", ["rel": "alternate", "hreflang": version.language, "href": base + version.path], nil)
            }
            xml.end()
        }
        xml.end()
        return RenderedFile(path: SitePaths.sitemap, bytes: Array(xml.text.utf8))
    }

    /// `404.html` of the root or of a language's folder.
    static func isNotFoundPage(_ path: String, languages: [String]) -> Bool {
        path == SitePaths.notFound || languages.dropFirst().contains { path == $0 + "/" + SitePaths.notFound }
    }

    /// For each page that exists in more than one language, every version (itself included) as (tag, path):
    /// the same path under each language's folder, and for articles the translations of `translations`.
    static func alternates(pages: Set<String>, languages: [String], translations: TranslationIndex) -> [String: [(language: String, path: String)]] {
        func prefix(_ language: String) -> String { language == languages.first ? "" : language + "/" }
        var groups: [String: [(language: String, path: String)]] = [:]
        for path in pages {
            let language = languages.dropFirst().first { path.hasPrefix($0 + "/") } ?? languages[0]
            groups[String(path.dropFirst(prefix(language).count)), default: []].append((language, path))
        }
        var result: [String: [(language: String, path: String)]] = [:]
        for versions in groups.values where versions.count > 1 {
            let ordered = versions.sorted { languages.firstIndex(of: $0.language)! < languages.firstIndex(of: $1.language)! }
            for version in versions { result[version.path] = ordered }
        }
        for language in languages {
            for article in translations.articles(in: language) {
                let versions = translations.versions(of: article).map { ($0.language, prefix($0.language) + SitePaths.article($0.article.slug)) }
                    .filter { pages.contains($0.1) }
                for version in versions { result[version.1] = versions.count > 1 ? versions : nil }
            }
        }
        return result
    }
}
