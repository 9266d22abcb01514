/// The render stage of a `BodyOnlyEdit`: the edited articles' pages are built and rendered into the staging folder;
/// every other page stays where it is in the output (`OutputWriter.update`), with the fingerprint it was stored
/// with, so the next build can reuse it as well. No view of an unchanged page is built.
enum BodyOnlyRebuild {
    /// Output files written by `SupplementaryOutputs` and the pipeline, not pages of the view stage.
    static let supplementary: Set<String> = [SitePaths.searchIndex, SitePaths.feed, SitePaths.singleFile, SitePaths.sitemap]

    /// The pages of the site, as `SiteRenderer.render` returns them; nil when a page the previous build wrote has no
    /// stored fingerprint (a full render is then needed).
    static func render(_ edit: BodyOnlyEdit, linked: LinkedSite, theme: Theme, jobs: Int, cache: BuildCache,
                       previous: BuildManifest, previousOutput: String, staging: StagingFolder, keepingBytesOf keep: Set<String>,
                       diagnostics: inout Diagnostics) -> [RenderedFile]? {
        let fingerprints = cache.storedPageFingerprints()
        let builder = ViewBuilder(LanguageEdition.primary(linked), theme: theme)
        let editedPaths = Set(edit.edited.map { SitePaths.article(linked.site.articles[$0].slug) })
        let previousPages = previous.outputs.map(\.path).filter { fingerprints[$0] != nil && !supplementary.contains($0) }
        guard editedPaths.isSubset(of: Set(previousPages)) else { return nil }
        var files: [RenderedFile] = previousPages.filter { !editedPaths.contains($0) }.map { path in
            RenderedFile(path: path, bytes: [], reusedFrom: previousOutput + "/" + path, fingerprint: ContentHash(digest: fingerprints[path]!))
        }
        let rendered = edit.edited.parallelMap(jobs: jobs) { index in
            let page = builder.article(index)
            return SiteRenderer.renderPage(page, theme: theme, fingerprint: page.fingerprint(theme: theme.fingerprint), staging: staging,
                                           keepingBytesOf: keep)
        }
        files += SiteRenderer.collect(rendered, diagnostics: &diagnostics)
        return files
    }
}
