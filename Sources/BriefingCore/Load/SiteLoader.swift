import Foundation
import BriefingMarkdown

/// What the load stage needs to know.
public struct LoadOptions: Sendable {
    public var includeDrafts: Bool
    public var jobs: Int

    public init(includeDrafts: Bool = false, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.includeDrafts = includeDrafts
        self.jobs = jobs
    }
}

/// A problem with how `briefing` was pointed at a site, rather than with the site's content.
public struct ConfigurationError: Error, CustomStringConvertible {
    public var description: String
    /// What went wrong: the run's settings, or reading or writing a file (`fileSystem`).
    public var kind: Kind = .configuration

    public enum Kind: Sendable, Equatable {
        case configuration
        /// A read or write failed (permission, disk full, …) at `path`; the message holds the system's reason.
        case fileSystem(path: String)
    }

    public init(_ description: String) { self.description = description }

    /// A read or write failure: `action` (`cannot write`, …) at `path`, with the system's message `reason`.
    public static func fileSystem(_ action: String, path: String, reason: String) -> ConfigurationError {
        var error = ConfigurationError("\(action) '\(path)': \(reason)")
        error.kind = .fileSystem(path: path)
        return error
    }
}

/// The load stage: reads every content file of a site into a typed `Site`.
public enum SiteLoader {
    /// Loads the site; articles whose bytes are unchanged since the build that wrote `cache` are taken from it.
    public static func load(root: String, options: LoadOptions, cache: BuildCache = .disabled(),
                            diagnostics: inout Diagnostics) throws(ConfigurationError) -> Site {
        let files = ContentFiles(root: root)
        guard files.isDirectory("Content") else {
            throw ConfigurationError("no Content/ folder in '\(root)'; run briefing in a site folder or pass --root DIR (briefing init DIR creates a new site)")
        }

        var fingerprint = ContentHash()
        fingerprint.combine(options.includeDrafts ? 1 : 0)
        var config = SiteConfig(title: "Untitled briefing")
        var unloaded: Set<ReferenceKind> = []
        let errorsBefore = diagnostics.errorCount
        switch files.exists("Content/site.yml") ? files.read("Content/site.yml") : .failure(.error("missing-file", file: "Content/site.yml", "the site has no Content/site.yml; create it with at least 'title: My briefing'")) {
        case .success(let source):
            fingerprint.combine(source.bytes)
            if let loaded = SiteConfigLoader.load(source, diagnostics: &diagnostics) { config = loaded }
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
        }

        if diagnostics.errorCount > errorsBefore { unloaded.formUnion([.impact, .role]) }

        var countries: [String: Country] = [:]
        let errorsBeforeCountries = diagnostics.errorCount
        if files.exists("Content/countries.yml") {
            switch files.read("Content/countries.yml") {
            case .success(let source):
                fingerprint.combine(source.bytes)
                countries = CountryLoader.load(source, diagnostics: &diagnostics)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }

        if diagnostics.errorCount > errorsBeforeCountries { unloaded.insert(.country) }

        var sources = SourceCatalog.empty
        if files.exists("Content/sources.yml") {
            switch files.read("Content/sources.yml") {
            case .success(let source):
                fingerprint.combine("Content/sources.yml")
                fingerprint.combine(source.bytes)
                sources = SourceLoader.load(source, diagnostics: &diagnostics)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }

        var broken: [ReferenceKind: Set<String>] = [:]
        let alliances = loadAlliances(files, jobs: options.jobs, broken: &broken, fingerprint: &fingerprint, diagnostics: &diagnostics)
        var draftSources: Set<String> = []
        let interfaceOverrides = InterfaceCatalogueLoader.loadAll(files, languages: config.siteLanguages, fingerprint: &fingerprint, diagnostics: &diagnostics)
        let allArticles = loadArticles(files, options: options, languages: config.siteLanguages, cache: cache, broken: &broken,
                                       fingerprint: &fingerprint, draftSources: &draftSources, diagnostics: &diagnostics)
        let articles = allArticles.filter { $0.language == nil }
        var assets = files.isDirectory("Content/assets") ? files.walk("Content/assets") : []
        assets.removeAll { asset in
            guard files.staysInsideRoot("Content/assets/" + asset),
                  let problem = files.specialFileProblem("Content/assets/" + asset) else { return false }
            diagnostics.append(.error("io-error", file: "Content/assets/" + asset, "the file cannot be copied: \(problem)"))
            return true
        }
        for asset in assets { fingerprint.combine(asset) }
        for asset in assets where !files.staysInsideRoot("Content/assets/" + asset) {
            diagnostics.append(.error("outside-site", file: "Content/assets/" + asset,
                                      "this is a symbolic link to a place outside the site folder; briefing does not follow it: copy the file or folder into the site instead"))
        }
        var site = Site(root: files.root.path, config: config, countries: countries, alliances: alliances, articles: articles,
                        sources: sources, sourcesUsedByDrafts: draftSources, assets: assets, unloadedTargets: unloaded, brokenTargets: broken,
                        fingerprint: fingerprint)
        site.translations = allArticles.filter { $0.language != nil }
        site.interfaceOverrides = interfaceOverrides
        return site
    }

    private static func loadAlliances(_ files: ContentFiles, jobs: Int, broken: inout [ReferenceKind: Set<String>], fingerprint: inout ContentHash,
                                      diagnostics: inout Diagnostics) -> [Alliance] {
        var alliances: [Alliance] = []
        var seen: [String: String] = [:]
        var paths: [(path: String, stem: String)] = []
        var names: [String] = []
        switch files.listFolder("Content/alliances") {
        case .success(let listed): names = listed
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        case nil: break
        }
        for name in names where !name.hasPrefix(".") {
            let path = "Content/alliances/" + name
            guard let stem = stem(of: name, extensions: ["yml", "yaml"]) else {
                if !files.isDirectory(path) {
                    diagnostics.append(.warning("ignored-file", file: path, "ignored: alliance files end in .yml"))
                }
                continue
            }
            guard Identifier.isValidID(stem) else {
                if let message = UnicodeCharacterName.fileNameMessage(stem: stem, extension: "yml") {
                    diagnostics.append(.error("invisible-character", file: path, message))
                    continue
                }
                diagnostics.append(.error("invalid-id", file: path, "the file name '\(stem)' is not a valid alliance id; ids use lower-case letters, digits and '-' (rename it to '\(SiteConfigLoader.suggestedID(stem)).yml')"))
                continue
            }
            if let other = seen[stem] {
                diagnostics.append(.error("duplicate-id", file: path, "the alliance id '\(stem)' is already defined by \(other)"))
                continue
            }
            seen[stem] = path
            paths.append((path, stem))
        }
        // Read and parsed side by side (YAML through Yams), then taken in the files' order.
        let loaded: [(Result<SourceText, Diagnostic>, Alliance?, Diagnostics)] = paths.parallelMap(jobs: jobs) { entry in
            var local = Diagnostics()
            let read = files.read(entry.path)
            guard case .success(let source) = read else { return (read, nil, local) }
            return (read, AllianceLoader.load(source, id: entry.stem, diagnostics: &local), local)
        }
        for (entry, (read, alliance, local)) in zip(paths, loaded) {
            switch read {
            case .success(let source):
                fingerprint.combine(entry.path)
                fingerprint.combine(source.bytes)
                diagnostics.append(contentsOf: local)
                if let alliance {
                    alliances.append(alliance)
                } else {
                    broken[.alliance, default: []].insert(entry.stem)
                }
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                broken[.alliance, default: []].insert(entry.stem)
            }
        }
        var failed = broken[.alliance, default: []]
        alliances += TabularAllianceLoader.load(files, yamlFiles: seen, broken: &failed, fingerprint: &fingerprint, diagnostics: &diagnostics)
        if !failed.isEmpty { broken[.alliance] = failed }
        let sorted = alliances.sorted { $0.id < $1.id }
        diagnostics.append(contentsOf: duplicateNames(sorted))
        return sorted
    }

    /// `duplicate-name`: an alliance whose `name` another alliance (earlier by id) already has, at its `name` line.
    static func duplicateNames(_ alliances: [Alliance]) -> [Diagnostic] {
        var first: [String: Alliance] = [:]
        var found: [Diagnostic] = []
        for alliance in alliances {
            let key = alliance.name.trimmingCharacters(in: .whitespaces).lowercased()
            if let other = first[key] {
                found.append(.warning("duplicate-name", file: alliance.file, at: alliance.nameLocation ?? .start,
                    "the alliance '\(alliance.id)' has the same name as '\(other.id)' (\(other.file)): '\(alliance.name)'; readers cannot tell them apart, give one a different name or use short_name"))
            } else {
                first[key] = alliance
            }
        }
        return found
    }

    private static func loadArticles(_ files: ContentFiles, options: LoadOptions, languages: [String], cache: BuildCache, broken: inout [ReferenceKind: Set<String>],
                                     fingerprint: inout ContentHash, draftSources: inout Set<String>,
                                     diagnostics: inout Diagnostics) -> [Article] {
        var paths: [(path: String, stem: String)] = []
        var names: [String] = []
        switch files.listFolder("Content/articles") {
        case .success(let listed): names = listed
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        case nil: break
        }
        for name in names where !name.hasPrefix(".") {
            let path = "Content/articles/" + name
            if let stem = stem(of: name, extensions: ["md", "markdown"]) {
                paths.append((path, stem))
            } else if files.isDirectory(path) {
                diagnostics.append(.warning("ignored-file", file: path, "ignored: articles are Markdown files directly in Content/articles/"))
            } else {
                diagnostics.append(.warning("ignored-file", file: path, "ignored: article files end in .md"))
            }
        }
        let results: [(Article?, Diagnostics, ContentHash?)] = paths.parallelMap(jobs: options.jobs) { entry in
            var local = Diagnostics()
            var hash = ContentHash()
            let read = files.read(entry.path) { bytes in
                hash = ContentHash(bytes)
                return cache.hasArticle(path: entry.path, hash: hash)
            }
            switch read {
            case .success(let source):
                if let (article, cached) = cache.cachedArticle(path: entry.path, source: source, hash: hash) {
                    cache.keepArticle(path: entry.path)
                    local.append(contentsOf: cached)
                    return (article.map { withHash($0, hash) }, local, hash)
                }
                let article = ArticleLoader.load(source, fileStem: ArticleFileName(stem: entry.stem).base, diagnostics: &local)
                cache.storeArticle(path: entry.path, hash: hash, article: article, diagnostics: local.all)
                return (article.map { withHash($0, hash) }, local, hash)
            case .failure(let diagnostic):
                local.append(diagnostic)
                return (nil, local, nil)
            }
        }
        var articles: [Article] = []
        var bySlug: [String: Article] = [:]
        var namedLanguage: Set<String> = []
        for (entry, (article, local, hash)) in zip(paths, results) {
            diagnostics.append(contentsOf: local)
            fingerprint.combine(entry.path)
            fingerprint.combine(hash ?? ContentHash())
            let name = ArticleFileName(stem: entry.stem)
            guard let loaded = article else {
                if name.language == nil || name.language == languages.first { broken[.article, default: []].insert(name.base) }
                continue
            }
            guard let article = ArticleLanguage.assign(loaded, name: name, languages: languages, diagnostics: &diagnostics) else { continue }
            let slugKey = (article.language ?? "") + "/" + article.slug
            if let other = bySlug[slugKey], other.draft, !article.draft, !options.includeDrafts,
               name.language == nil, !namedLanguage.contains(slugKey) {
                // A draft met first does not take the slug from a published article: the draft is the duplicate.
                diagnostics.append(.error("duplicate-slug", file: other.file, at: other.slugLocation ?? .start,
                    "the slug '\(other.slug)' is also used by \(article.file); two articles cannot share a URL, so this draft could not be published as it is"))
                bySlug[slugKey] = nil
            }
            if let other = bySlug[slugKey] {
                if name.language != nil || namedLanguage.contains(slugKey) {
                    let language = article.language ?? languages.first ?? ""
                    diagnostics.append(.error("duplicate-translation", file: article.file, at: article.slugLocation ?? .start,
                        "this is a second '\(language)' version of the article '\(article.slug)': \(other.file) is one already; keep one of the two files"))
                } else {
                    diagnostics.append(.error("duplicate-slug", file: article.file, at: article.slugLocation ?? .start,
                        "the slug '\(article.slug)' is also used by \(other.file); two articles cannot share a URL"))
                }
                continue
            }
            bySlug[slugKey] = article
            if name.language != nil { namedLanguage.insert(slugKey) }
            if article.draft && !options.includeDrafts {
                draftSources.formUnion(article.furtherReading.map(\.value))
                draftSources.formUnion(article.body.withUnsafeBytes { MarkdownDocument(utf8: $0) }.links.compactMap { CitationRenderer.citedID($0.destination) })
                continue
            }
            articles.append(article)
        }
        return articles
    }

    private static func withHash(_ article: Article, _ hash: ContentHash) -> Article {
        var article = article
        article.contentHash = hash
        return article
    }

    private static func stem(of name: String, extensions: [String]) -> String? {
        guard let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...])) else { return nil }
        return String(name[..<dot])
    }
}
