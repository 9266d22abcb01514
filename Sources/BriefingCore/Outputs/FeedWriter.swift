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

        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(Escaping.xml(config.language))\">\n"
        out += "  <title>\(Escaping.xml(config.title))</title>\n"
        if !config.description.isEmpty { out += "  <subtitle>\(Escaping.xml(config.description))</subtitle>\n" }
        out += "  <id>\(Escaping.xml(config.baseURL ?? FeedIdentifier.urn("briefing:site:\(config.title)")))</id>\n"
        out += "  <updated>\(Self.timestamp(updated))</updated>\n"
        out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(url(SitePaths.feed))\"/>\n"
        out += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(url(SitePaths.home))\"/>\n"
        out += "  <author><name>\(Escaping.xml(config.title))</name></author>\n"
        out += "  <generator>briefing</generator>\n"
        for index in newest {
            out += entry(index)
        }
        out += "</feed>\n"
        return RenderedFile(path: SitePaths.feed, bytes: Array(out.utf8))
    }

    private func entry(_ index: Int) -> String {
        let article = site.articles[index]
        let path = SitePaths.article(article.slug)
        let references = linked.referencesOfArticle[index]
        var out = "  <entry>\n"
        out += "    <title>\(Escaping.xml(article.title))</title>\n"
        out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(url(path))\"/>\n"
        let id = site.config.baseURL.map { $0 + path } ?? FeedIdentifier.urn("briefing:article:\(site.config.title):\(article.slug)")
        out += "    <id>\(Escaping.xml(id))</id>\n"
        out += "    <published>\(Self.timestamp(article.date))</published>\n"
        out += "    <updated>\(Self.timestamp(Self.lastChange(article)))</updated>\n"
        if !article.summary.isEmpty { out += "    <summary>\(Escaping.xml(article.summary))</summary>\n" }
        for taxonomy in Taxonomy.allCases {
            let kind: ReferenceKind = taxonomy == .impacts ? .impact : .role
            let terms = site.config.terms(of: taxonomy)
            for id in references[kind] ?? [] {
                guard let term = terms.first(where: { $0.id == id }) else { continue }
                out += "    <category term=\"\(Escaping.xml(id))\" label=\"\(Escaping.xml(term.title))\" scheme=\"\(url(SitePaths.taxonomy(taxonomy)))\"/>\n"
            }
        }
        // The body's links are relative to the article's page; xml:base makes feed readers resolve them from there.
        out += "    <content type=\"html\" xml:base=\"\(url(path))\">\(Escaping.xml(linked.bodies[index].html))</content>\n"
        out += "  </entry>\n"
        return out
    }

    /// A page's address: absolute under `base_url`, else relative to the feed (which sits at the site root).
    private func url(_ path: String) -> String {
        Escaping.xml((site.config.baseURL ?? "") + path)
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
