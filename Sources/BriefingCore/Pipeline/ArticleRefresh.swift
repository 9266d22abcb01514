/// What `briefing serve` keeps of its last successful build — the linked site, the theme and the body renderer of
/// the Markdown stage — to show an edit of an article's body before the full rebuild has run.
///
/// `apply(changedFiles:)` takes only edits that leave the linked site the same except for the edited articles'
/// rendered bodies: article files (`Content/articles/*.md`, translations included) the build loaded, whose front
/// matter is byte for byte the same and whose body links to the same things, cites the same sources and, when a
/// `#fragment` link points at its page, defines the same ids (`BodyReferences`), with no error in the body (nor a warning under `--strict`). It renders the
/// article's page exactly as the full build writes it; every other output (lists, search index, feed,
/// `briefing.html`) is left to the full build.
public struct ArticleRefresh: Sendable {
    /// The site as the build linked it, with the bodies of the edits applied since.
    private(set) var linked: LinkedSite
    let theme: Theme
    let renderer: ArticleBodyRenderer
    let strict: Bool
    let jobs: Int
    /// Pages some body links to with a `#fragment`, whose ids the anchor check reads (as in the build).
    let anchorTargets: Set<String>
    /// The first language's pages as the build made them; refreshed pages reuse its shapes, fragments and charts.
    let primaryPages: ViewBuilder

    /// More changed files than this at once go to the full build.
    public static let maximumFiles = 8

    init(linked: LinkedSite, theme: Theme, renderer: ArticleBodyRenderer, strict: Bool, jobs: Int) {
        self.linked = linked
        self.theme = theme
        self.renderer = renderer
        self.strict = strict
        self.jobs = jobs
        anchorTargets = Set(linked.bodies.flatMap { $0.fragmentLinks.map(\.page) })
        primaryPages = ViewBuilder(LanguageEdition.primary(linked), theme: theme)
    }

    /// What `apply(changedFiles:)` did.
    public enum Outcome: Sendable {
        /// The edits are applied: the state to keep for the next edit, and the article pages, at their paths
        /// relative to the output folder, with the bytes the full build writes. Files whose bytes did not change
        /// give no page.
        case refreshed(ArticleRefresh, pages: [RenderedFile])
        /// The edits need the full build; `reason` says why, in words.
        case needsBuild(reason: String)
    }

    /// Applies the edits of `changedFiles` (paths relative to the site root, as the watcher reports them).
    /// Reads the files; never writes anything.
    public func apply(changedFiles: [String]) -> Outcome {
        guard !changedFiles.isEmpty else { return .needsBuild(reason: "no file named") }
        guard changedFiles.count <= Self.maximumFiles else { return .needsBuild(reason: "\(changedFiles.count) files changed") }
        var next = self
        var edited: [Article] = []
        for path in Set(changedFiles).sorted() {
            switch next.edit(path) {
            case .success(let article?): edited.append(article)
            case .success(nil): continue
            case .failure(let reason): return .needsBuild(reason: "\(path): \(reason.text)")
            }
        }
        guard !edited.isEmpty else { return .refreshed(next, pages: []) }
        var pages: [RenderedFile] = []
        let primary = ViewBuilder(primaryPages, bodiesFrom: next.linked)
        let others = edited.contains { $0.language != nil } ? LanguageEdition.all(next.linked, jobs: jobs).dropFirst().map { ViewBuilder($0, theme: theme) } : []
        for article in edited {
            let builder = if let tag = article.language { others.first { $0.interface.tag == tag } } else { primary }
            guard let builder, let index = builder.site.articles.firstIndex(where: { $0.file == article.file }) else {
                return .needsBuild(reason: "\(article.file): its page is not among the pages of the last build")
            }
            let page = builder.article(index)
            guard case .success(let file) = SiteRenderer.renderPage(page, theme: theme, fingerprint: nil, staging: nil, keepingBytesOf: []) else {
                return .needsBuild(reason: "no template '\(page.template)'")
            }
            pages.append(file)
        }
        return .refreshed(next, pages: pages)
    }

    /// Why an edit needs the full build.
    private struct Refusal: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    /// Replaces the article of `path` and its body with the file's new version; nil when the file's bytes are
    /// unchanged.
    private mutating func edit(_ path: String) -> Result<Article?, Refusal> {
        let site = linked.site
        let primaryIndex = site.articles.firstIndex { $0.file == path }
        let translationIndex = primaryIndex == nil ? site.translations.firstIndex { $0.file == path } : nil
        guard let old = primaryIndex.map({ site.articles[$0] }) ?? translationIndex.map({ site.translations[$0] }) else {
            return .failure(Refusal("not an article of the last build"))
        }
        let oldBody = if let primaryIndex { linked.bodies[primaryIndex] }
            else { translationIndex.flatMap { linked.translationBodies.indices.contains($0) ? linked.translationBodies[$0] : nil } }
        guard let oldBody else { return .failure(Refusal("no body kept")) }
        let source: SourceText
        switch ContentFiles(root: site.root).read(path) {
        case .success(let read): source = read
        case .failure: return .failure(Refusal("cannot be read"))
        }
        guard source.bytes != old.source.bytes else { return .success(nil) }
        var found = Diagnostics()
        let fileName = path.split(separator: "/").last ?? ""
        let name = ArticleFileName(stem: String(fileName[..<(fileName.lastIndex(of: ".") ?? fileName.endIndex)]))
        guard let loaded = ArticleLoader.load(source, fileStem: name.base, diagnostics: &found),
              var article = ArticleLanguage.assign(loaded, name: name, languages: site.config.siteLanguages, diagnostics: &found) else {
            return .failure(Refusal("does not load"))
        }
        article.contentHash = ContentHash(source.bytes)
        guard Self.frontMatter(of: article) == Self.frontMatter(of: old) else { return .failure(Refusal("front matter changed")) }
        let body = renderer(for: article).render(article)
        found.append(contentsOf: body.diagnostics)
        found.apply(site.config.diagnosticLevels)
        guard !found.isFailure(strict: strict) else { return .failure(Refusal("has problems for the build to report")) }
        let withIDs = article.language == nil && anchorTargets.contains(SitePaths.article(article.slug))
        guard BodyReferences(body, withIDs: withIDs) == BodyReferences(oldBody, withIDs: withIDs) else { return .failure(Refusal("links, citations or ids changed")) }
        if let primaryIndex {
            linked.site.articles[primaryIndex] = article
            linked.bodies[primaryIndex] = body
        } else if let translationIndex {
            linked.site.translations[translationIndex] = article
            linked.translationBodies[translationIndex] = body
        }
        return .success(article)
    }

    /// The renderer the build uses for `article`: a translation's Sources list speaks its language
    /// (as in `TranslationReferences.check`).
    private func renderer(for article: Article) -> ArticleBodyRenderer {
        var renderer = renderer
        if let language = article.language, let interface = InterfaceLanguage.all(for: linked.site).first(where: { $0.tag == language }) {
            renderer.sourcesStrings = SourcesListStrings(interface)
        }
        return renderer
    }

    /// The bytes of the file before the body: equal bytes parse to the same front matter.
    private static func frontMatter(of article: Article) -> ArraySlice<UInt8> {
        article.source.bytes.prefix(article.source.bytes.count - article.body.count)
    }
}
