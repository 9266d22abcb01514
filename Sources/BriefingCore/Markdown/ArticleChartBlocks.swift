import BriefingCharts
import BriefingMarkdown

/// What the ```` ```chart ```` blocks of article bodies are drawn from (SPEC §11, docs/charts.md): the site's
/// alliances and countries, the charts' present, and the hash of both, which the body cache key includes so that a
/// cached body with a chart is rendered again when the alliance data changes.
public struct ArticleChartBlocks: Sendable {
    public let site: Site
    /// `ChartPresent.date(in: site)`, computed once.
    public let present: BriefingDate?
    /// `ChartDataHash.of(site, present: present)`.
    public let dataHash: ContentHash

    /// One per language of the site (`InterfaceLanguage.all(for:)`); the first is the root language's.
    public let languages: [InterfaceLanguage]

    public init(site: Site) {
        self.site = site
        languages = InterfaceLanguage.all(for: site)
        present = ChartPresent.date(in: site)
        dataHash = ChartDataHash.of(site, present: present)
    }

    /// The `chart` fence renderer for one article: each block becomes a `<figure class="chart-figure">` whose ids
    /// start with `chart-<slug>-<line>` (the block's first line in the file), unique within the article's page and
    /// within `briefing.html`; its links are relative to `articles/<slug>/index.html`. A block with an error stays a
    /// code block, and each problem (`chart-syntax`, `unknown-reference`) is reported at its line and column inside it.
    /// Its words are in the article's language (`ChartWording`).
    public func renderer(for article: Article) -> FencedBlockRenderer {
        let site = site
        let present = present
        let file = article.file
        let slug = article.slug
        let lineOffset = article.bodyFirstLine - 1
        let root = SitePaths.root(from: SitePaths.article(slug))
        let language = article.language.flatMap { tag in languages.first { $0.tag == tag } } ?? languages.first
        let wording = language.map(ChartWording.init) ?? .english
        return { block, _ in
            // Only ASCII (spaces, `>`, list markers) can precede a fence, so its byte column is its column.
            let indent = block.fenceByteColumn - 1
            let (html, diagnostics) = ChartBlockRenderer.render(
                literal: block.literal, firstLine: block.firstContentLine, column: indent + 1, file: file, site: site,
                root: root, present: present,
                id: ChartBlockRenderer.defaultID(file: slug + ".md", line: block.firstContentLine + lineOffset),
                renderer: .briefingColumn, wording: wording)
            let lines = block.literal.split(separator: "\n", omittingEmptySubsequences: false)
            let problems = diagnostics.map { diagnostic in
                MarkdownProblem(code: diagnostic.code, isError: diagnostic.severity == .error, message: diagnostic.message,
                                line: diagnostic.location.line,
                                byteColumn: Self.byteColumn(diagnostic.location, firstLine: block.firstContentLine, indent: indent, lines: lines))
            }
            return FencedBlockOutput(html: html.isEmpty ? nil : html, problems: problems)
        }
    }

    /// The 1-based byte column of a position given in Unicode scalars, on a line of the block.
    static func byteColumn(_ location: SourceLocation, firstLine: Int, indent: Int, lines: [Substring]) -> Int {
        let index = location.line - firstLine
        let scalars = location.column - 1 - indent
        guard lines.indices.contains(index), scalars > 0 else { return max(1, location.column) }
        let prefix = lines[index].unicodeScalars.prefix(scalars)
        return indent + 1 + prefix.reduce(0) { $0 + UTF8.width($1) }
    }
}
