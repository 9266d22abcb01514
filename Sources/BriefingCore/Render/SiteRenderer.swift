/// The render stage: every page of a linked site through the theme's templates.
public enum SiteRenderer {
    /// `progress`, when given, hears (pages rendered, pages in total) as rendering goes.
    /// With a `cache` and the `previousOutput` folder, a page whose data and templates are unchanged since the
    /// last build is not rendered again: its old file is kept (`RenderedFile.reusedFrom`).
    /// With a `staging` folder, each page is written (or its old file linked) there as soon as it is rendered and
    /// the returned file keeps no bytes — except the pages in `keepingBytesOf` (the targets of `#fragment` links,
    /// which `AnchorCheck` reads) — so the site's pages are never all in memory at once.
    public static func render(_ linked: LinkedSite, theme: Theme, jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil,
                              cache: BuildCache = .disabled(), previousOutput: String? = nil,
                              staging: StagingFolder? = nil, keepingBytesOf keep: Set<String> = [],
                              diagnostics: inout Diagnostics) -> [RenderedFile] {
        // Every language of the site: the first at the root, each other one under `<lang>/` (SPEC §10).
        let makers = LanguageEdition.all(linked, jobs: jobs).flatMap { ViewBuilder($0, theme: theme).pages() }
        let counter = progress.map { ProgressCounter(total: makers.count, report: $0) }
        let results: [Result<RenderedFile, MissingTemplate>] = makers.parallelMap(jobs: jobs) { makePage in
            defer { counter?.increment() }
            let page = makePage()
            let fingerprint = cache.folder != nil ? page.fingerprint(theme: theme.fingerprint) : nil
            if let fingerprint, let previousOutput, cache.canReuse(page: page.path, fingerprint: fingerprint, oldFile: previousOutput + "/" + page.path) {
                let old = previousOutput + "/" + page.path
                staging?.link(old, to: page.path)
                return .success(RenderedFile(path: page.path, bytes: [], reusedFrom: old, fingerprint: fingerprint))
            }
            return renderPage(page, theme: theme, fingerprint: fingerprint, staging: staging, keepingBytesOf: keep)
        }
        return collect(results, diagnostics: &diagnostics)
    }

    /// One page through its template, written to `staging` when given; the returned file keeps its bytes only
    /// without a staging folder or when its path is in `keep`.
    static func renderPage(_ page: Page, theme: Theme, fingerprint: ContentHash?, staging: StagingFolder?,
                           keepingBytesOf keep: Set<String>) -> Result<RenderedFile, MissingTemplate> {
        guard let text = theme.render(page) else { return .failure(MissingTemplate(path: page.path, template: page.template)) }
        let bytes = Array(text.utf8)
        staging?.write(bytes, to: page.path)
        let keepsBytes = staging == nil || keep.contains(page.path)
        return .success(RenderedFile(path: page.path, bytes: keepsBytes ? bytes : [], fingerprint: fingerprint))
    }

    /// The rendered files, in order; a `missing-template` error for each page whose template the theme lacks.
    static func collect(_ results: [Result<RenderedFile, MissingTemplate>], diagnostics: inout Diagnostics) -> [RenderedFile] {
        var files: [RenderedFile] = []
        files.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let missing):
                diagnostics.append(.error("missing-template", file: "Templates/\(missing.template).mustache", "no template '\(missing.template)' to render \(missing.path)"))
            }
        }
        return files
    }

    struct MissingTemplate: Error {
        var path: String
        var template: String
    }
}
