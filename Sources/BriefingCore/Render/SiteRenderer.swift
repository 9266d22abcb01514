/// The render stage: every page of a linked site through the theme's templates.
public enum SiteRenderer {
    /// `progress`, when given, hears (pages rendered, pages in total) as rendering goes.
    public static func render(_ linked: LinkedSite, theme: Theme, jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil,
                              diagnostics: inout Diagnostics) -> [RenderedFile] {
        let pages = PageBuilder(linked).pages()
        let counter = progress.map { ProgressCounter(total: pages.count, report: $0) }
        let rendered: [RenderedFile?] = pages.parallelMap(jobs: jobs) { page in
            defer { counter?.increment() }
            return theme.render(page).map { RenderedFile(path: page.path, bytes: Array($0.utf8)) }
        }
        var files: [RenderedFile] = []
        for (page, file) in zip(pages, rendered) {
            if let file {
                files.append(file)
            } else {
                diagnostics.append(.error("missing-template", file: "Templates/\(page.template).mustache", "no template '\(page.template)' to render \(page.path)"))
            }
        }
        return files
    }
}
