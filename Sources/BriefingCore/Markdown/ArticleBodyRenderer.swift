import Foundation
import BriefingMarkdown

/// Parses an article's Markdown with cmark and renders it for the article's page,
/// turning cross-links and site-relative URLs into relative links.
public struct ArticleBodyRenderer: Sendable {
    public var options: MarkdownRenderOptions
    /// Files under `Content/assets/`, relative to it.
    public var assets: Set<String>
    /// `Content/sources.yml`, for `cite:` links and front matter `sources` (SPEC §9).
    public var sources: SourceCatalog
    /// The words of each article's Sources list.
    public var sourcesStrings: SourcesListStrings
    /// Article files (relative to the site root) → slug, for links written as `other.md`.
    public var articleFiles: [String: String]
    /// Set by `enableCharts(_:)`: the data ```` ```chart ```` blocks are drawn from.
    public private(set) var charts: ArticleChartBlocks?
    let files: LinkableFiles

    /// Ids the page template itself uses, which headings must not take.
    public static let reservedIDs: Set<String> = ["main", "top", "toc", "content", "search", "site-header", "site-footer"]

    public init(config: SiteConfig, assets: Set<String>, sources: SourceCatalog = .empty, sourcesStrings: SourcesListStrings = .english,
                articleFiles: [String: String] = [:]) {
        options = MarkdownRenderOptions(allowUnsafeHTML: config.unsafeHTML, headingIDs: true,
                                        reservedIDs: Self.reservedIDs, smartPunctuation: config.smartPunctuation)
        self.assets = assets
        self.sources = sources
        self.sourcesStrings = sourcesStrings
        self.articleFiles = articleFiles
        files = LinkableFiles(assets: assets, articleFiles: articleFiles)
    }

    /// Draws ```` ```chart ```` blocks from `site` (SPEC §11): registers the `chart` fence renderer and puts the
    /// charts' data (`ChartDataHash`) into `cacheKey`.
    public mutating func enableCharts(_ site: Site) {
        let charts = ArticleChartBlocks(site: site)
        self.charts = charts
        options.fencedBlockRenderers["chart"] = { _, _ in
            // Replaced per article in `render(_:)`, which knows the article's file and slug.
            FencedBlockOutput(html: nil)
        }
    }

    /// Hash of everything besides the article's own bytes that its rendered body depends on.
    public var cacheKey: ContentHash {
        var key = ContentHash()
        key.combine(BriefingVersion.current)
        key.combine("body-v3")
        key.combine(options.allowUnsafeHTML ? 1 : 0)
        key.combine(options.smartPunctuation ? 1 : 0)
        for language in options.fencedBlockRenderers.keys.sorted() { key.combine(language) }
        key.combine(sources.fingerprint)
        for text in [sourcesStrings.heading, sourcesStrings.accessed, sourcesStrings.archivedCopy, sourcesStrings.backToCitation, sourcesStrings.dateLanguage ?? ""] {
            key.combine(text)
        }
        if let charts { key.combine(charts.dataHash) }
        return key
    }

    /// The site's article files (with their slugs) and assets: a body that `readsSiteFiles` is cached under
    /// `cacheKey` and this as well, any other body under `cacheKey` alone — so adding or deleting an article
    /// renders again only the bodies with relative links.
    public var siteFilesKey: ContentHash {
        var key = ContentHash()
        for asset in assets.sorted() { key.combine(asset) }
        key.combine(0)
        for (file, slug) in articleFiles.sorted(by: { $0.key < $1.key }) { key.combine(file); key.combine(slug) }
        return key
    }

    public func render(_ article: Article) -> ArticleBody {
        let document = article.body.withUnsafeBytes { MarkdownDocument(utf8: $0) }
        let pagePath = SitePaths.article(article.slug)
        let root = SitePaths.root(from: pagePath)
        let folder = (article.file as NSString).deletingLastPathComponent
        var crossLinks: [Reference] = []
        var diagnostics: [Diagnostic] = []
        var fragmentLinks: [FragmentLink] = []
        var readsSiteFiles = false
        var links = document.links
        if options.allowUnsafeHTML {
            links += document.rawHTMLLinks
        }
        if options.fencedBlockRenderers["table"] != nil {
            for block in document.fencedBlocks(language: "table") {
                links += PipeTable.links(in: block, fenceIndent: block.fenceByteColumn - 1)
            }
        }
        var citations = CitationRenderer(catalog: sources, strings: sourcesStrings, destinations: links.map(\.destination))
        for link in links {
            let location = fileLocation(line: link.line, byteColumn: link.byteColumn, in: article)
            if let id = CitationRenderer.citedID(link.destination) {
                if let problem = citations.check(id, file: article.file, at: location) { diagnostics.append(problem) }
                continue
            }
            if link.destination.isEmpty {
                if !link.isImage {
                    diagnostics.append(.warning("empty-link", file: article.file, at: location, "the link '\(link.text)' has an empty URL"))
                } else {
                    diagnostics.append(.warning("empty-link", file: article.file, at: location, "the image '\(link.text)' has an empty URL"))
                }
                continue
            }
            if !options.allowUnsafeHTML, let scheme = DangerousURL.droppedScheme(link.destination) {
                let what = link.isImage ? "image" : "link"
                diagnostics.append(.warning("unsafe-url", file: article.file, at: location,
                    "the \(what) '\(link.text)' has a '\(scheme)' URL, which briefing leaves out (the \(what) shows without its address); link to an http(s) address, or set 'unsafe_html: true' in Content/site.yml if you trust this content"))
                continue
            }
            if link.destination.unicodeScalars.first == "#" {
                fragmentLinks.append(FragmentLink(page: pagePath, fragment: Self.decodedFragment(link.destination), targetDescription: "this page",
                                                  file: article.file, location: location))
                continue
            }
            if let (kind, id) = ReferenceKind.parseCrossLink(link.destination) {
                let (bare, fragment) = Self.splitFragment(id)
                crossLinks.append(Reference(kind: kind, id: bare, file: article.file, location: location, isInline: true))
                if fragment.unicodeScalars.count > 1, [.article, .alliance, .country].contains(kind) {
                    fragmentLinks.append(FragmentLink(page: SitePaths.target(kind, bare), fragment: Self.decodedFragment(fragment),
                                                      targetDescription: kind == .article && bare == article.slug ? "this page" : "\(kind.rawValue) '\(bare)'",
                                                      file: article.file, location: location))
                }
                continue
            }
            if link.isImage && link.text.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(.warning("missing-alt", file: article.file, at: location, "the image '\(link.destination)' has no alt text; describe it between the brackets: ![description](…)"))
            }
            if link.isImage, Self.isRemote(link.destination) {
                diagnostics.append(.warning("remote-resource", file: article.file, at: location,
                    "the \(link.isRawHTML ? "resource embedded by raw HTML" : "image") '\(link.destination)' is loaded from another host, so the page needs the network to show it (briefing.html shows its alt text and a link instead); copy the file into Content/assets/ and link it from there"))
            }
            let destination = files.resolve(link.destination, folder: folder)
            if destination != .other { readsSiteFiles = true }
            switch destination {
            case .missingAsset(let name):
                diagnostics.append(.error("missing-asset", file: article.file, at: location,
                    "'\(link.destination)' points to Content/assets/\(name), which does not exist\(Suggestion.hint(for: name, in: files.assetNames))"))
            case .broken(let resolved):
                let candidates = files.articleFiles.map { Self.relativePath(from: folder, to: $0) }
                    + files.assetNames.map { Self.relativePath(from: folder, to: "Content/assets/" + $0) }
                let written = Self.splitFragment(link.destination).0
                let place = resolved.map { "Content/articles/" == $0 + "/" ? "the articles folder" : $0 } ?? "a place outside the site folder"
                var hint = Self.sameFileHint(written.removingPercentEncoding ?? written, folder: folder, assets: files.assetNames)
                if hint.isEmpty { hint = Suggestion.hint(for: written.removingPercentEncoding ?? written, in: candidates) }
                if hint.isEmpty { hint = Self.brokenLinkHint(written) }
                diagnostics.append(.error("broken-link", file: article.file, at: location,
                    "'\(link.destination)' points to \(place), which is neither an article's Markdown file nor a file in Content/assets/\(hint)"))
            case .article(let slug, let fragment):
                if fragment.unicodeScalars.count > 1 {
                    fragmentLinks.append(FragmentLink(page: SitePaths.article(slug), fragment: Self.decodedFragment(fragment),
                                                      targetDescription: slug == article.slug ? "this page" : "article '\(slug)'",
                                                      file: article.file, location: location))
                }
            case .asset, .other:
                break
            }
        }
        diagnostics += citations.check(furtherReading: article.furtherReading, file: article.file)
        for problem in document.problems(allowUnsafeHTML: options.allowUnsafeHTML) {
            diagnostics.append(diagnostic(problem, in: article))
        }
        var options = self.options
        if let charts { options.fencedBlockRenderers["chart"] = charts.renderer(for: article) }
        let rendered = document.render(options: options) { destination in
            citations.marker(for: destination) ?? rewrite(destination, root: root, folder: folder)
        }
        for problem in rendered.problems {
            diagnostics.append(diagnostic(problem, in: article))
        }
        let (html, sourcesHeading) = citations.finish(rendered, furtherReading: article.furtherReading)
        return ArticleBody(html: html, toc: rendered.headings.filter { (2...3).contains($0.level) } + sourcesHeading,
                           plainText: rendered.plainText, crossLinks: crossLinks, diagnostics: diagnostics,
                           citedSources: citations.cited, fragmentLinks: fragmentLinks, readsSiteFiles: readsSiteFiles)
    }

    private func diagnostic(_ problem: MarkdownProblem, in article: Article) -> Diagnostic {
        Diagnostic(problem.isError ? .error : .warning, problem.code, file: article.file,
                   at: fileLocation(line: problem.line, byteColumn: problem.byteColumn, in: article), problem.message)
    }

    /// The URL a destination has on a page `root` levels below the output root, or nil to keep it.
    func rewrite(_ destination: String, root: String, folder: String = "Content/articles") -> String? {
        if let (kind, id) = ReferenceKind.parseCrossLink(destination) {
            let (bare, fragment) = Self.splitFragment(id)
            return root + SitePaths.target(kind, bare) + fragment
        }
        switch files.resolve(destination, folder: folder) {
        case .asset(let name, let query, let fragment):
            return root + "assets/" + LinkDestination.percentEncodePath(name) + query + fragment
        case .article(let slug, let fragment):
            return root + SitePaths.article(slug) + fragment
        case .missingAsset, .broken:
            return nil
        case .other:
            break
        }
        if destination.hasPrefix("/") && !destination.hasPrefix("//") {
            let (path, fragment) = Self.splitFragment(String(destination.dropFirst()))
            return root + (path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path) + fragment
        }
        return nil
    }

    /// For `../assets/x.png` (relative to the Markdown file) or `/assets/x.png`: `x.png`.
    func assetPath(_ destination: String) -> String? {
        let (path, _) = Self.splitFragment(destination)
        for prefix in ["../assets/", "/assets/"] where path.hasPrefix(prefix) {
            let rest = String(path.dropFirst(prefix.count))
            return rest.removingPercentEncoding ?? rest
        }
        return nil
    }

    /// `a.md#x` → (`a.md`, `#x`), split at the first `#` scalar: a `#` followed by a mark (U+FE0F) is one Character.
    static func splitFragment(_ text: String) -> (String, String) {
        guard let hash = text.unicodeScalars.firstIndex(of: "#") else { return (text, "") }
        return (String(text.unicodeScalars[..<hash]), String(text.unicodeScalars[hash...]))
    }

    static func withoutFragment(_ id: String) -> String { splitFragment(id).0 }

    /// What a broken relative link probably meant: a web address without `https://`, an e-mail address without
    /// `mailto:`, or a file that should be in `Content/assets/`.
    static func brokenLinkHint(_ path: String) -> String {
        let first = path.split(separator: "/").first.map(String.init) ?? ""
        if !path.contains("/"), path.contains("@"), !path.hasPrefix("@") {
            return "; for an e-mail address write 'mailto:\(path)'"
        }
        if !path.hasPrefix("."), first.contains("."), let tld = first.split(separator: ".").last,
           tld.count >= 2, tld.allSatisfy({ $0.isLetter }), !["md", "markdown", "png", "jpg", "jpeg", "gif", "svg", "pdf", "html", "txt", "csv"].contains(tld.lowercased()) {
            return "; for a web address write 'https://\(path)'"
        }
        let name = (path as NSString).lastPathComponent
        if !path.lowercased().hasSuffix(".md"), !path.hasSuffix("/"), !name.hasPrefix("."), name.contains(".") {
            return "; put the file in Content/assets/ and link it as '../assets/\(name)'"
        }
        return ""
    }

    /// `#a%20b` → `a b`.
    static func decodedFragment(_ fragment: String) -> String {
        let id = fragment.unicodeScalars.first == "#" ? String(fragment.unicodeScalars.dropFirst()) : fragment
        return id.removingPercentEncoding ?? id
    }

    /// An embedded resource from another host: `http:`/`https:` or protocol-relative `//`.
    static func isRemote(_ destination: String) -> Bool {
        let lower = destination.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
    }

    /// `to` (site-relative) written relative to `folder`: `Content/articles` → `Content/assets/a.png` is `../assets/a.png`.
    /// `; did you mean '../assets/12800/plan.png'?` when a file of `Content/assets/` ends with the path written
    /// (`12800/plan.png`, `./12800/plan.png`): the folder was moved into the assets as the migration guide says.
    static func sameFileHint(_ written: String, folder: String, assets: [String]) -> String {
        let tail = written.split(separator: "/").filter { $0 != "." && $0 != ".." }.joined(separator: "/")
        guard !tail.isEmpty else { return "" }
        let matches = assets.filter { $0 == tail || $0.hasSuffix("/" + tail) }.sorted { ($0.count, $0) < ($1.count, $1) }
        guard let match = matches.first else { return "" }
        return "; did you mean '\(relativePath(from: folder, to: "Content/assets/" + match))'?"
    }

    static func relativePath(from folder: String, to path: String) -> String {
        let from = folder.split(separator: "/")
        let to = path.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)).joined(separator: "/")
    }

    private func fileLocation(line: Int, byteColumn: Int, in article: Article) -> SourceLocation {
        let line = article.bodyFirstLine + line - 1
        return SourceLocation(line: line, column: article.source.column(line: line, byteColumn: byteColumn))
    }
}
