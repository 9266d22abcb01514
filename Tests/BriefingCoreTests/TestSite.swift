import Foundation
@testable import BriefingCore

/// A site written to a temporary folder from a map of paths to contents, removed on deinit.
final class TestSite {
    let root: URL

    static let siteYML = """
        title: Test
        taxonomies:
          impacts:
            counter-terrorism: {title: Counter-terrorism}
          roles:
            intelligence-sharing: {title: Intelligence sharing}
        """
    static let countriesYML = """
        "PK": {name: Pakistan, region: Asia}
        "TR": {name: Türkiye, region: Europe}
        "IR": {name: Iran, region: Asia}
        """
    static let allianceYML = """
        name: Test Pact
        members: ["PK", "TR"]
        established: 2009
        impacts: [counter-terrorism]
        sources: [{title: Source, url: "https://example.org"}]
        """

    /// A valid site with one alliance `nato` (PK, TR); `files` add to or replace its files.
    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-core-\(UUID().uuidString)")
        var all = [
            "Content/site.yml": Self.siteYML,
            "Content/countries.yml": Self.countriesYML,
            "Content/alliances/nato.yml": Self.allianceYML,
        ]
        all.merge(files) { $1 }
        for (path, text) in all {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Loads and links the site without rendering or writing.
    func check(drafts: Bool = false) throws -> (LinkedSite, [Diagnostic]) {
        var diagnostics = Diagnostics()
        let site = try SiteLoader.load(root: root.path, options: LoadOptions(includeDrafts: drafts, jobs: 2), diagnostics: &diagnostics)
        var renderer = ArticleBodyRenderer(config: site.config, assets: Set(site.assets), sources: site.sources,
                                           articleFiles: Dictionary(uniqueKeysWithValues: site.articles.map { ($0.file, $0.slug) }))
        renderer.enableCharts(site)
        let linked = ReferenceResolver.link(site, bodies: site.articles.map(renderer.render), diagnostics: &diagnostics)
        return (linked, diagnostics.sorted)
    }

    /// The errors (and with `warnings`, the warnings) as the CLI prints them, one string per line.
    func lines(drafts: Bool = false, warnings: Bool = false) throws -> [String] {
        try check(drafts: drafts).1.filter { warnings || $0.severity == .error }.map { DiagnosticFormat.textLine($0).trimmingCharacters(in: .newlines) }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }
}
