/// Writes `feed.xml`: an Atom 1.0 feed (RFC 4287) of the newest articles with their full text.
///
/// With `base_url` every link and id is an absolute URL. Without it, links are relative to the feed (valid Atom:
/// they resolve against the feed's own address) and ids are name-based `urn:uuid:` ids; the pipeline warns.
/// `updated` is the newest article date, never the build time, so the same content gives the same feed.
struct FeedWriter {
    let linked: LinkedSite

    static let entryLimit = 20

    var site: Site { linked.site }

    func build() -> RenderedFile {
        let config = site.config
        let newest = Array(linked.articlesNewestFirst.prefix(Self.entryLimit))
        let updated = site.articles.map(Self.lastChange).max()

        var xml = XMLWriter()
        xml.start("feed", ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": config.language])
        xml.element("title", config.title)
        if !config.description.isEmpty { xml.element("subtitle", config.description) }
        xml.element("id", config.baseURL ?? FeedIdentifier.urn("briefing:site:\(config.title)"))
        xml.element("updated", Self.timestamp(updated))
        xml.element("link", ["rel": "self", "type": "application/atom+xml", "href": url(SitePaths.feed)], nil)
        xml.element("link", ["rel": "alternate", "type": "text/html", "href": url(SitePaths.home)], nil)
        xml.start("author", inline: true)
        xml.element("name", config.title)
        xml.end()
        xml.element("generator", "briefing")
        for index in newest {
            entry(index, into: &xml)
        }
        xml.end()
        return RenderedFile(path: SitePaths.feed, bytes: Array(xml.text.utf8))
    }

    private func entry(_ index: Int, into xml: inout XMLWriter) {
        let article = site.articles[index]
        let path = SitePaths.article(article.slug)
        let references = linked.referencesOfArticle[index]
        xml.start("entry")
        xml.element("title", article.title)
        xml.element("link", ["rel": "alternate", "type": "text/html", "href": url(path)], nil)
        xml.element("id", site.config.baseURL.map { $0 + path } ?? FeedIdentifier.urn("briefing:article:\(site.config.title):\(article.slug)"))
        xml.element("published", Self.timestamp(article.date))
        xml.element("updated", Self.timestamp(Self.lastChange(article)))
        if !article.summary.isEmpty { xml.element("summary", article.summary) }
        for taxonomy in Taxonomy.allCases {
            let kind: ReferenceKind = taxonomy == .impacts ? .impact : .role
            let terms = site.config.terms(of: taxonomy)
            for id in references[kind] ?? [] {
                guard let term = terms.first(where: { $0.id == id }) else { continue }
                xml.element("category", ["term": id, "label": term.title, "scheme": url(SitePaths.taxonomy(taxonomy))], nil)
            }
        }
        // The body's links are relative to the article's page; xml:base makes feed readers resolve them from there.
        xml.element("content", ["type": "html", "xml:base": url(path)], linked.bodies[index].html)
        xml.end()
    }

    /// A page's address: absolute under `base_url`, else relative to the feed (which sits at the site root).
    private func url(_ path: String) -> String {
        (site.config.baseURL ?? "") + path
    }

    /// The later of an article's `updated` and `date`.
    static func lastChange(_ article: Article) -> BriefingDate {
        max(article.updated ?? article.date, article.date)
    }

    /// RFC 3339 date-time at midnight UTC; a date without month or day counts as the first.
    static func timestamp(_ date: BriefingDate?) -> String {
        guard let date else { return "1970-01-01T00:00:00Z" }
        let full = BriefingDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
        return full.iso + "T00:00:00Z"
    }
}
