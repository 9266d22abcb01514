/// The render stage: every page of a linked site through the theme's templates.
public enum SiteRenderer {
    /// `progress`, when given, hears (pages rendered, pages in total) as rendering goes.
    /// With a `cache` and the `previousOutput` folder, a page whose data and templates are unchanged since the
    /// last build is not rendered again: its old file is kept (`RenderedFile.reusedFrom`).
    public static func render(_ linked: LinkedSite, theme: Theme, jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil,
                              cache: BuildCache = .disabled(), previousOutput: String? = nil,
                              diagnostics: inout Diagnostics) -> [RenderedFile] {
        // Every language of the site: the first at the root, each other one under `<lang>/` (SPEC §10).
        let makers = LanguageEdition.all(linked, jobs: jobs).flatMap { ViewBuilder($0, theme: theme).pages() }
        let counter = progress.map { ProgressCounter(total: makers.count, report: $0) }
        let results: [(page: Page, file: RenderedFile?)] = makers.parallelMap(jobs: jobs) { makePage in
            defer { counter?.increment() }
            let page = makePage()
            guard cache.folder != nil else {
                return (page, theme.render(page).map { RenderedFile(path: page.path, bytes: Array($0.utf8)) })
            }
            let fingerprint = page.fingerprint(theme: theme.fingerprint)
            if let previousOutput, cache.canReuse(page: page.path, fingerprint: fingerprint, oldFile: previousOutput + "/" + page.path) {
                return (page, RenderedFile(path: page.path, bytes: [], reusedFrom: previousOutput + "/" + page.path, fingerprint: fingerprint))
            }
            return (page, theme.render(page).map { RenderedFile(path: page.path, bytes: Array($0.utf8), fingerprint: fingerprint) })
        }
        var files: [RenderedFile] = []
        for (page, file) in results {
            if let file {
                files.append(file)
            } else {
                diagnostics.append(.error("missing-template", file: "Templates/\(page.template).mustache", "no template '\(page.template)' to render \(page.path)"))
            }
        }
        return files
    }
}
