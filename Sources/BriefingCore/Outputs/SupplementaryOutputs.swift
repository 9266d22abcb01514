import Dispatch

/// The files written besides the templated pages (SPEC §4): the search index, `feed.xml`, `sitemap.xml` and the
/// single-file `briefing.html`. The search page and `404.html` are ordinary pages (`PageBuilder`).
public enum SupplementaryOutputs {
    /// Warns when `base_url` is missing: the feed and sitemap then hold relative links. Skipped when the run already
    /// has errors, so that a broken `site.yml` is reported once.
    public static func checkSettings(_ config: SiteConfig, diagnostics: inout Diagnostics) {
        guard config.baseURL == nil, !diagnostics.hasErrors else { return }
        diagnostics.append(.warning("missing-base-url", file: "Content/site.yml",
            "site.yml has no 'base_url', so feed.xml and sitemap.xml use links relative to the site, which feed readers and search engines may not resolve; add 'base_url: https://…/' (the address the site is published at) or pass --base-url"))
    }

    /// `sitemap.xml`, listing `pages` (output paths of the rendered HTML pages) and each language's single file.
    public static func sitemap(_ linked: LinkedSite, pages: [String]) -> RenderedFile {
        let singleFiles = linked.site.config.singleFile == .off ? []
            : [SitePaths.singleFile] + linked.site.config.siteLanguages.dropFirst().map { $0 + "/" + SitePaths.singleFile }
        return SitemapWriter(linked: linked).build(pages: pages + singleFiles)
    }

    /// The search index, `feed.xml` and `briefing.html`; independent of the pages, so they can be built while the
    /// pages render. With a `cache`, they are kept from `previousOutput` when neither the content nor the theme changed.
    /// On a multilingual site, each language gets its own under its folder (`ar/feed.xml`, …).
    /// With a `staging` folder, `briefing.html` is streamed into it (the returned file then has no bytes), and
    /// with a cache, where its sections lie is kept (`SingleFileSectionMap`). `editedSlugs`, for a body-only edit
    /// (`BodyOnlyEdit`), lets it be patched from the previous output's file.
    public static func make(_ linked: LinkedSite, theme: Theme, jobs: Int,
                            cache: BuildCache = .disabled(), previousOutput: String? = nil, staging: StagingFolder? = nil,
                            editedSlugs: Set<String>? = nil, diagnostics: inout Diagnostics) -> [RenderedFile] {
        LanguageEdition.all(linked, jobs: jobs).flatMap { edition in
            make(edition, theme: theme, jobs: jobs, cache: cache, previousOutput: previousOutput, staging: staging,
                 editedSlugs: editedSlugs, diagnostics: &diagnostics)
        }
    }

    static func make(_ edition: LanguageEdition, theme: Theme, jobs: Int,
                     cache: BuildCache, previousOutput: String?, staging: StagingFolder?, editedSlugs: Set<String>?,
                     diagnostics: inout Diagnostics) -> [RenderedFile] {
        let linked = edition.linked
        var fingerprint = linked.site.fingerprint
        fingerprint.combine(theme.fingerprint)
        fingerprint.combine(linked.site.config.baseURL ?? "")
        fingerprint.combine(edition.prefix)
        fingerprint.combine(linked.translationBodies.map(\.html).joined())
        for article in linked.site.articles { fingerprint.combine(article.file) }
        let writesSingleFile = linked.site.config.singleFile != .off
        let singleFilePath = edition.prefix + SitePaths.singleFile
        let paths = [SitePaths.searchIndex, SitePaths.feed].map { edition.prefix + $0 } + (writesSingleFile ? [singleFilePath] : [])
        if let previousOutput, cache.folder != nil,
           paths.allSatisfy({ cache.canReuse(page: $0, fingerprint: fingerprint, oldFile: previousOutput + "/" + $0) }) {
            // The kept file is linked into the new output, which changes its stamp: its section map goes with it.
            if writesSingleFile, let folder = cache.folder,
               let map = SingleFileSectionMap.load(folder: folder, language: edition.interface.tag, describing: previousOutput + "/" + singleFilePath) {
                cache.keep(sectionMap: map, language: edition.interface.tag, path: singleFilePath)
            }
            return paths.map { RenderedFile(path: $0, bytes: [], reusedFrom: previousOutput + "/" + $0, fingerprint: fingerprint) }
        }
        // The search index and the single file are independent and each has serial parts: build them side by side.
        let briefing = SingleFileBriefing(linked: linked, theme: theme, jobs: jobs, interface: edition.interface)
        let (searchIndex, singleFile) = sideBySide(jobs: jobs, { () -> RenderedFile in
            let builder = SearchIndexBuilder(linked: linked, jobs: jobs, interface: edition.interface)
            if let editedSlugs, let previousOutput, let previous = try? SystemFile.read(previousOutput + "/" + edition.prefix + SitePaths.searchIndex).get(),
               let patched = builder.build(patching: previous, edited: editedSlugs) {
                return patched
            }
            return builder.build()
        }, {
            () -> RenderedFile? in
            guard writesSingleFile else { return nil }
            if let staging {
                return writeSingleFile(briefing, path: singleFilePath, language: edition.interface.tag, staging: staging,
                                       cache: cache, previousOutput: previousOutput, editedSlugs: editedSlugs)
            }
            return briefing.html().map { RenderedFile(path: singleFilePath, bytes: Array($0.utf8)) }
        })
        var files = [searchIndex, FeedWriter(linked: linked).build()].map { file in
            var file = file
            file.path = edition.prefix + file.path
            return file
        }
        // `single_file: false`: no briefing.html, and no page links to it (`site.has_single_file`).
        if let singleFile {
            files.append(singleFile)
        } else if writesSingleFile {
            diagnostics.append(.error("missing-template", file: "Templates/briefing.mustache",
                                      "no template 'briefing' to render \(SitePaths.singleFile)"))
        }
        return files.map { file in
            var file = file
            file.fingerprint = fingerprint
            return file
        }
    }

    /// Streams `briefing.html` into `staging` — patched from the previous output's file for a body-only edit when
    /// its section map is still right, else written whole — and keeps the new section map for the cache, which saves
    /// it once the file stands in the output.
    /// Nil when the theme has no `briefing` template.
    private static func writeSingleFile(_ briefing: SingleFileBriefing, path: String, language: String, staging: StagingFolder,
                                        cache: BuildCache, previousOutput: String?, editedSlugs: Set<String>?) -> RenderedFile? {
        var map: SingleFileSectionMap?
        var patched = false
        if let editedSlugs, let folder = cache.folder, let previousOutput,
           let old = SingleFileSectionMap.load(folder: folder, language: language, describing: previousOutput + "/" + path) {
            staging.stream(to: path) { sink in map = briefing.patch(previous: previousOutput + "/" + path, map: old, edited: editedSlugs, to: sink) }
            patched = map != nil
        }
        if !patched {
            var result: SingleFileSectionMap??
            staging.stream(to: path) { sink in result = briefing.write(to: sink) }
            guard let result else { return nil }
            map = result
        }
        if let map {
            cache.keep(sectionMap: map, language: language, path: path)
        } else if let folder = cache.folder {
            SingleFileSectionMap.remove(folder: folder, language: language)
        }
        return RenderedFile(path: path, bytes: [])
    }
}
