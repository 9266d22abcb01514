/// The render stage: every page of a linked site through the theme's templates.
public enum SiteRenderer {
    /// `progress`, when given, hears (pages rendered, pages in total) as rendering goes.
    public static func render(_ linked: LinkedSite, theme: Theme, jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil,
                              diagnostics: inout Diagnostics) -> [RenderedFile] {
        let makers = PageBuilder(linked, theme: theme, jobs: jobs).pages()
        let counter = progress.map { ProgressCounter(total: makers.count, report: $0) }
        let results: [(page: Page, file: RenderedFile?)] = makers.parallelMap(jobs: jobs) { makePage in
            defer { counter?.increment() }
            let page = makePage()
            return (page, theme.render(page).map { RenderedFile(path: page.path, bytes: Array($0.utf8)) })
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
