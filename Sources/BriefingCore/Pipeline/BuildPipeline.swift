import Foundation
import Dispatch

/// Runs the stages in order: load → Markdown → link → render → write.
/// Content problems are collected as diagnostics; only a misconfigured run throws.
public enum BuildPipeline {
    public static func run(_ options: BuildOptions) throws(ConfigurationError) -> BuildResult {
        if let output = options.output {
            try OutputFolderGuard.check(output: output, root: options.root, force: options.force)
        }
        var diagnostics = Diagnostics()
        var timings = StageTimings()
        // With nothing changed since the last successful build into this output, that output is already the result.
        var inputs: BuildManifest.InputDigests?
        // The last build's manifest, when the output folder is as that build left it (for a `BodyOnlyEdit`).
        var previousBuild: BuildManifest?
        if let output = options.output, let folder = options.cacheFolder {
            inputs = BuildManifest.inputs(of: options)
            if let manifest = BuildManifest.load(folder: folder), manifest.outputs == BuildManifest.outputs(of: OutputFolderGuard.canonical(output)) {
                previousBuild = manifest
            }
            if let unchanged = previousBuild, unchanged.inputs == inputs?.all {
                timings.mark("unchanged")
                var result = BuildResult(diagnostics: Diagnostics(unchanged.diagnostics), pageCount: unchanged.pageCount,
                                         wroteOutput: true, timings: timings)
                result.reusedCount = unchanged.pageCount
                result.cacheStatus = .unchanged
                return result
            }
        }
        let cache = options.output != nil ? options.cacheFolder.map(BuildCache.open) ?? .disabled() : .disabled()
        var site = try SiteLoader.load(root: options.root, options: LoadOptions(includeDrafts: options.includeDrafts, jobs: options.jobs),
                                       cache: cache, diagnostics: &diagnostics)
        if let baseURL = options.baseURL {
            switch BaseURL.validate(baseURL) {
            case .success(let url): site.config.baseURL = url
            case .failure(let problem): throw ConfigurationError("--base-url '\(baseURL)' \(problem.reason)")
            }
        }
        // `briefing.html` inlines the assets, and the loader's fingerprint holds only their names: add their bytes,
        // so replacing an image rebuilds the outputs keyed by the site's fingerprint.
        for asset in site.assets {
            if let data = FileManager.default.contents(atPath: site.root + "/Content/assets/" + asset) { site.fingerprint.combine([UInt8](data)) }
        }
        let levels = site.config.diagnosticLevels
        timings.mark("load")
        var bodyRenderer = ArticleBodyRenderer(config: site.config, assets: Set(site.assets), sources: site.sources,
                                               sourcesStrings: InterfaceLanguage.all(for: site).first.map(SourcesListStrings.init) ?? .english,
                                               articleFiles: Dictionary(site.articles.map { ($0.file, $0.slug) }, uniquingKeysWith: { first, _ in first }))
        bodyRenderer.enableCharts(site)
        let bodyKey = bodyRenderer.cacheKey
        let siteFilesKey = bodyRenderer.siteFilesKey
        let bodies = site.articles.parallelMap(jobs: options.jobs) { article -> ArticleBody in
            var key = bodyKey
            key.combine(article.contentHash)
            var keyWithFiles = key
            keyWithFiles.combine(siteFilesKey)
            if let body = cache.cachedBody(path: article.file, keys: [key, keyWithFiles]) { return body }
            let body = bodyRenderer.render(article)
            cache.storeBody(path: article.file, key: body.readsSiteFiles ? keyWithFiles : key, body: body)
            return body
        }
        timings.mark("markdown")
        var linked = ReferenceResolver.link(site, bodies: bodies, jobs: options.jobs, diagnostics: &diagnostics)
        linked.translationBodies = TranslationReferences.check(site, renderer: bodyRenderer, diagnostics: &diagnostics)
        SupplementaryOutputs.checkSettings(site.config, diagnostics: &diagnostics)
        if let today = options.today { ReviewCheck.check(site, today: today, diagnostics: &diagnostics) }
        timings.mark("link")
        let theme = Theme.load(siteRoot: options.root, diagnostics: &diagnostics)
        diagnostics.apply(levels)

        guard let output = options.output, !diagnostics.isFailure(strict: options.strict) else {
            if site.unloadedTargets.isEmpty {
                // Nothing is written (`check`, or a failed build), but fragments can only be checked against
                // rendered pages: render them in memory, so broken anchors are reported with the other problems.
                var local = Diagnostics()
                let pages = SiteRenderer.render(linked, theme: theme, jobs: options.jobs, diagnostics: &local)
                diagnostics.append(contentsOf: AnchorCheck.check(linked.bodies, pages: pages))
            }
            return BuildResult(diagnostics: diagnostics, pageCount: 0, wroteOutput: false, timings: timings)
        }
        let previousOutput = OutputFolderGuard.canonical(output)
        // Pages go to the staging folder as they are rendered; only the targets of `#fragment` links keep their bytes.
        let staging = try StagingFolder(beside: output)
        let anchorTargets = Set(linked.bodies.flatMap { $0.fragmentLinks.map(\.page) })
        let articleStates = cache.folder != nil ? BodyOnlyEdit.states(site, bodies: linked.bodies, jobs: options.jobs) : [:]
        let bodyOnly = inputs.flatMap { BodyOnlyEdit.detect(previous: previousBuild, otherInputs: $0.other, states: articleStates, site: site) }
        let editedSlugs = bodyOnly.map { Set($0.edited.map { site.articles[$0].slug }) }
        // The pages and the search index, feed and single file do not depend on each other: rendering them
        // side by side keeps both cores busy through each one's serial stretches.
        let ((pages, pageDiagnostics, inPlace), (extras, extraDiagnostics)) = sideBySide(jobs: options.jobs, {
            var local = Diagnostics()
            if let bodyOnly, let previousBuild,
               let files = BodyOnlyRebuild.render(bodyOnly, linked: linked, theme: theme, jobs: options.jobs, cache: cache, previous: previousBuild,
                                                  previousOutput: previousOutput, staging: staging, keepingBytesOf: anchorTargets, diagnostics: &local) {
                return (files, local, true)
            }
            let files = SiteRenderer.render(linked, theme: theme, jobs: options.jobs, progress: options.progress,
                                            cache: cache, previousOutput: previousOutput, staging: staging,
                                            keepingBytesOf: anchorTargets, diagnostics: &local)
            return (files, local, false)
        }, {
            var local = Diagnostics()
            let files = SupplementaryOutputs.make(linked, theme: theme, jobs: options.jobs, cache: cache,
                                                  previousOutput: previousOutput, staging: staging, editedSlugs: editedSlugs, diagnostics: &local)
            return (files, local)
        })
        diagnostics.append(contentsOf: pageDiagnostics)
        diagnostics.append(contentsOf: extraDiagnostics)
        diagnostics.append(contentsOf: AnchorCheck.check(linked.bodies, pages: pages))
        diagnostics.apply(levels)
        var files = pages + extras
        files.append(SupplementaryOutputs.sitemap(linked, pages: pages.map(\.path)))
        timings.mark("render")
        guard !diagnostics.isFailure(strict: options.strict) else {
            staging.discard()
            return BuildResult(diagnostics: diagnostics, pageCount: 0, wroteOutput: false, timings: timings)
        }
        let pageCount = files.count { $0.path.hasSuffix(".html") }
        var copies: [OutputWriter.Copy] = []
        // Each language's folder is a whole site of its own (its pages link `static/` and `assets/` relatively).
        // A body-only edit changes no static file or asset (`BodyOnlyEdit`): the output keeps its own.
        for folder in inPlace ? [] : [""] + site.config.siteLanguages.dropFirst().map({ $0 + "/" }) {
            for file in theme.staticFiles {
                switch file {
                case .builtin(let path, let text): files.append(RenderedFile(path: folder + "static/" + path, bytes: Array(text.utf8)))
                case .site(let path, let source): copies.append(.init(source: source, destination: folder + "static/" + path))
                }
            }
            copies += site.assets.map { .init(source: site.root + "/Content/assets/" + $0, destination: folder + "assets/" + $0) }
        }
        var moved: [String] = []
        if inPlace {
            moved = try OutputWriter(output: output, jobs: options.jobs).update(files, staging: staging)
        } else {
            try OutputWriter(output: output, jobs: options.jobs).write(files, copies: copies, staging: staging)
        }
        timings.mark("write")
        var result = BuildResult(diagnostics: diagnostics, pageCount: pageCount, wroteOutput: true, timings: timings)
        if cache.folder != nil {
            let written: [BuildManifest.OutputFile]
            if inPlace, let previousBuild {
                // Only the moved files changed; the others keep the stamps this build checked when it started.
                var byPath = Dictionary(previousBuild.outputs.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
                for file in BuildManifest.outputs(of: previousOutput, written: moved) { byPath[file.path] = file }
                written = byPath.values.sorted { $0.path < $1.path }
            } else {
                let paths = files.map(\.path) + copies.map(\.destination) + [OutputFolderGuard.markerName]
                written = BuildManifest.outputs(of: previousOutput, written: paths)
            }
            let stamps = Dictionary(written.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            for file in files {
                if let fingerprint = file.fingerprint, let stamp = stamps[file.path] {
                    cache.storePage(path: file.path, fingerprint: fingerprint, size: stamp.size, modified: stamp.modified)
                }
            }
            cache.saveSectionMaps(stamps: stamps)
            cache.save(jobs: options.jobs)
            if let inputs, let folder = cache.folder {
                BuildManifest(inputs: inputs.all, outputs: written, diagnostics: diagnostics.all, pageCount: pageCount,
                              otherInputs: inputs.other, articles: articleStates).save(folder: folder)
            }
            result.timings.mark("cache")
        }
        result.reusedCount = files.count { $0.reusedFrom != nil && $0.path.hasSuffix(".html") }
        result.renderedCount = pageCount - result.reusedCount
        result.cacheStatus = cache.status
        result.bodyOnlyEdits = inPlace ? bodyOnly?.edited.count : nil
        result.linked = linked
        if options.keepsArticleRefresh {
            result.refresh = ArticleRefresh(linked: linked, theme: theme, renderer: bodyRenderer, strict: options.strict, jobs: options.jobs)
        }
        return result
    }
}
