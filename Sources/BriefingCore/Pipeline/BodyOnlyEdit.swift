/// A rebuild in which only article bodies changed, in ways no page but the article's own can see: every other
/// page, and the parts of the search index, feed and `briefing.html` built from other articles, are the previous
/// build's (`BodyOnlyRebuild`).
///
/// It holds when, since the last successful build into the same, untouched output folder, no input changed but the
/// contents of existing article Markdown files, and for each of those the front matter and what the link stage
/// reads from the body (headings, cross-link targets, citations, fragment links: `linkDigest`) are the same. Then
/// the link stage's results — references, backlinks, related articles, source uses, lists — are the same, and
/// other pages read nothing else of a body: the view stage reads `ArticleBody.html` and `plainText` only for the
/// article's own page. Single-language sites only; translations take the full path.
struct BodyOnlyEdit: Sendable {
    /// Indices in `site.articles` of the articles whose file changed.
    let edited: [Int]

    /// Everything of an article that a page other than its own can read: the front matter (the file's bytes before
    /// the body, or the whole file when the body is not its tail), the body's headings (`briefing.html`'s contents)
    /// and its `BodyReferences` — without source positions, which move with any edit above them.
    static func linkDigest(_ article: Article, _ body: ArticleBody) -> ContentHash.Digest {
        var hash = ContentHash()
        let source = article.source.bytes
        if source.count >= article.body.count, source.suffix(article.body.count).elementsEqual(article.body) {
            hash.combine(Array(source.prefix(source.count - article.body.count)))
        } else {
            hash.combine(source)
        }
        hash.combine(article.bodyFirstLine)
        hash.combine(body.toc.count)
        for heading in body.toc {
            hash.combine(heading.level)
            hash.combine(heading.text)
            hash.combine(heading.id)
        }
        BodyReferences(body, withIDs: false).combine(into: &hash)
        return hash.digest
    }

    /// Every article's state, by file, for the manifest.
    static func states(_ site: Site, bodies: [ArticleBody], jobs: Int) -> [String: BuildManifest.ArticleState] {
        let links = Array(site.articles.indices).parallelMap(jobs: jobs) { linkDigest(site.articles[$0], bodies[$0]) }
        var states: [String: BuildManifest.ArticleState] = [:]
        states.reserveCapacity(links.count)
        for (article, links) in zip(site.articles, links) {
            states[article.file] = .init(content: article.contentHash.digest, links: links)
        }
        return states
    }

    /// The edit, or nil when anything else changed (or there is no previous build to start from).
    /// - Parameters:
    ///   - previous: the last successful build's manifest, when its output folder is as it left it.
    ///   - otherInputs: this build's `BuildManifest.InputDigests.other`.
    static func detect(previous: BuildManifest?, otherInputs: ContentHash.Digest, states: [String: BuildManifest.ArticleState],
                       site: Site) -> BodyOnlyEdit? {
        guard let previous, previous.otherInputs == otherInputs, site.config.siteLanguages.count == 1, site.translations.isEmpty,
              previous.articles.count == states.count else { return nil }
        var edited: [Int] = []
        for (index, article) in site.articles.enumerated() {
            guard let old = previous.articles[article.file], let new = states[article.file], old.links == new.links else { return nil }
            if old.content != new.content { edited.append(index) }
        }
        return BodyOnlyEdit(edited: edited)
    }
}
