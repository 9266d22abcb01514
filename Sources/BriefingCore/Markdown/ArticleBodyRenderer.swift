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

    /// Ids the page template itself uses, which headings must not take.
    public static let reservedIDs: Set<String> = ["main", "top", "toc", "content", "search", "site-header", "site-footer"]

    public init(config: SiteConfig, assets: Set<String>, sources: SourceCatalog = .empty, sourcesStrings: SourcesListStrings = .english) {
        options = MarkdownRenderOptions(allowUnsafeHTML: config.unsafeHTML, headingIDs: true,
                                        reservedIDs: Self.reservedIDs, smartPunctuation: config.smartPunctuation)
        self.assets = assets
        self.sources = sources
        self.sourcesStrings = sourcesStrings
    }

    /// Hash of everything besides the article's own bytes that its rendered body depends on.
    public var cacheKey: ContentHash {
        var key = ContentHash()
        key.combine(BriefingVersion.current)
        key.combine(options.allowUnsafeHTML ? 1 : 0)
        key.combine(options.smartPunctuation ? 1 : 0)
        for asset in assets.sorted() { key.combine(asset) }
        key.combine(sources.fingerprint)
        for text in [sourcesStrings.heading, sourcesStrings.accessed, sourcesStrings.archivedCopy, sourcesStrings.backToCitation] {
            key.combine(text)
        }
        return key
    }

    public func render(_ article: Article) -> ArticleBody {
        let document = article.body.withUnsafeBytes { MarkdownDocument(utf8: $0) }
        let pagePath = SitePaths.article(article.slug)
        let root = SitePaths.root(from: pagePath)
        var crossLinks: [Reference] = []
        var diagnostics: [Diagnostic] = []
        let links = document.links
        var citations = CitationRenderer(catalog: sources, strings: sourcesStrings, destinations: links.map(\.destination))
        for link in links {
            let location = fileLocation(of: link, in: article)
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
            if let (kind, id) = ReferenceKind.parseCrossLink(link.destination) {
                crossLinks.append(Reference(kind: kind, id: Self.withoutFragment(id), file: article.file, location: location, isInline: true))
                continue
            }
            if link.isImage && link.text.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(.warning("missing-alt", file: article.file, at: location, "the image '\(link.destination)' has no alt text; describe it between the brackets: ![description](…)"))
            }
            if let asset = assetPath(link.destination), !assets.contains(asset) {
                diagnostics.append(.error("missing-asset", file: article.file, at: location,
                    "'\(link.destination)' points to Content/assets/\(asset), which does not exist\(Suggestion.hint(for: asset, in: assets))"))
            }
        }
        diagnostics += citations.check(furtherReading: article.furtherReading, file: article.file)
        let rendered = document.render(options: options) { destination in
            citations.marker(for: destination) ?? rewrite(destination, root: root)
        }
        let (html, sourcesHeading) = citations.finish(rendered, furtherReading: article.furtherReading)
        return ArticleBody(html: html, toc: rendered.headings.filter { (2...3).contains($0.level) } + sourcesHeading,
                           plainText: rendered.plainText, crossLinks: crossLinks, diagnostics: diagnostics, citedSources: citations.cited)
    }

    /// The URL a destination has on a page `root` levels below the output root, or nil to keep it.
    func rewrite(_ destination: String, root: String) -> String? {
        if let (kind, id) = ReferenceKind.parseCrossLink(destination) {
            let (bare, fragment) = Self.splitFragment(id)
            return root + SitePaths.target(kind, bare) + fragment
        }
        if destination.hasPrefix("/") && !destination.hasPrefix("//") {
            let (path, fragment) = Self.splitFragment(String(destination.dropFirst()))
            return root + (path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path) + fragment
        }
        if let asset = assetPath(destination) {
            return root + "assets/" + asset
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

    static func splitFragment(_ text: String) -> (String, String) {
        guard let hash = text.firstIndex(of: "#") else { return (text, "") }
        return (String(text[..<hash]), String(text[hash...]))
    }

    static func withoutFragment(_ id: String) -> String { splitFragment(id).0 }

    private func fileLocation(of link: MarkdownLink, in article: Article) -> SourceLocation {
        let line = article.bodyFirstLine + link.line - 1
        return SourceLocation(line: line, column: article.source.column(line: line, byteColumn: link.byteColumn))
    }
}
