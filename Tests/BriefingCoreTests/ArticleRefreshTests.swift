import Foundation
import Testing
@testable import BriefingCore

/// `ArticleRefresh`, the in-memory refresh of `briefing serve`: a body edit gives the article page a full build
/// writes, byte for byte, and anything that changes more than the body is left to the full build.
@Suite struct ArticleRefreshTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the example site (`Content/`, `Templates/`: two languages, citations, chart blocks), with a link to
    /// `#assessment` of the case study's page; removed on deinit.
    final class ExampleSite {
        let scratch: URL
        var root: URL { scratch.appendingPathComponent("site") }

        init() throws {
            scratch = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-refresh-\(UUID().uuidString)")
            for folder in ["Content", "Templates"] {
                try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
            }
            let overview = "Content/articles/security-alliances-in-foreign-relations.md"
            try write(overview, try read(overview) + "\nSee [the assessment](article:pakistan-turkey-strategic-cooperation#assessment).\n")
        }

        deinit { try? FileManager.default.removeItem(at: scratch) }

        func read(_ path: String) throws -> String {
            try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }

        func write(_ path: String, _ text: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(path))
        }

        /// `path` with `text` inserted before the first occurrence of `marker`.
        func insert(_ text: String, before marker: String, in path: String) throws {
            let original = try read(path)
            let range = try #require(original.range(of: marker), "\(marker) in \(path)")
            try write(path, original.replacingCharacters(in: range.lowerBound..<range.lowerBound, with: text))
        }

        /// Builds into `name` under the scratch folder; with `keeping`, returns what `serve` keeps.
        func build(into name: String, keeping: Bool = false) throws -> (output: URL, refresh: ArticleRefresh?) {
            let output = scratch.appendingPathComponent(name)
            var options = BuildOptions(root: root.path, output: output.path, jobs: 2)
            options.keepsArticleRefresh = keeping
            let result = try BuildPipeline.run(options)
            #expect(!result.failed(strict: false), "\(result.diagnostics.sorted)")
            return (output, result.refresh)
        }
    }

    static let caseStudy = "Content/articles/pakistan-turkey-strategic-cooperation.md"
    static let caseStudyArabic = "Content/articles/pakistan-turkey-strategic-cooperation.ar.md"
    static let withChart = "Content/articles/multilateral-security-bodies.md"

    @Test func aBodyEditGivesThePagesAFullBuildWrites() throws {
        let site = try ExampleSite()
        let refresh = try #require(try site.build(into: "first", keeping: true).refresh)

        try site.insert("A sentence *added* while serving, with a [link](https://example.org/added).\n\n", before: "## Assessment", in: Self.caseStudy)
        try site.insert("جملة أضيفت أثناء العرض.\n\n## عنوان جديد\n\n", before: "## الخلفية", in: Self.caseStudyArabic)
        // A new heading and a chart moved to another line (its id changes): no fragment link points at this page.
        try site.insert("## A new section\n\nAnother paragraph before the chart.\n\n", before: "```chart", in: Self.withChart)
        let outcome = refresh.apply(changedFiles: [Self.caseStudy, Self.caseStudyArabic, Self.withChart])
        guard case .refreshed(let next, let pages) = outcome else {
            Issue.record("a body edit was not refreshed in memory: \(outcome)")
            return
        }
        #expect(pages.map(\.path).sorted() == ["ar/articles/pakistan-turkey-strategic-cooperation/index.html",
                                               "articles/multilateral-security-bodies/index.html",
                                               "articles/pakistan-turkey-strategic-cooperation/index.html"])
        let full = try site.build(into: "full").output
        for page in pages {
            let written = try Data(contentsOf: full.appendingPathComponent(page.path))
            #expect(page.bytes == Array(written), "\(page.path) differs from the full build's")
        }
        #expect(String(decoding: pages.first { $0.path.hasPrefix("articles/pakistan") }!.bytes, as: UTF8.self).contains("<em>added</em> while serving"))

        // A second edit starts from the state the first one left.
        try site.insert("A second sentence.\n\n", before: "## Background", in: Self.caseStudy)
        let secondOutcome = next.apply(changedFiles: [Self.caseStudy])
        guard case .refreshed(_, let again) = secondOutcome else {
            Issue.record("a second body edit was not refreshed in memory: \(secondOutcome)")
            return
        }
        let second = try site.build(into: "second").output
        #expect(again.count == 1)
        for page in again {
            #expect(page.bytes == Array(try Data(contentsOf: second.appendingPathComponent(page.path))), "\(page.path) after the second edit")
        }
    }

    @Test func aFileSavedUnchangedGivesNoPage() throws {
        let site = try ExampleSite()
        let refresh = try #require(try site.build(into: "first", keeping: true).refresh)
        try site.write(Self.caseStudy, try site.read(Self.caseStudy))
        let outcome = refresh.apply(changedFiles: [Self.caseStudy])
        guard case .refreshed(_, let pages) = outcome else {
            Issue.record("an unchanged file needed a build: \(outcome)")
            return
        }
        #expect(pages.isEmpty)
    }

    @Test(arguments: [
        ("front matter", "title: \"Case Study: Pakistan and Türkiye\"", "title: \"Case Study: Pakistan and Türkiye, again\"", "front matter changed"),
        ("a new cross-link", "## Assessment", "See also [the GCC](alliance:gcc).\n\n## Assessment", "links, citations or ids changed"),
        ("a cross-link removed", "[Baghdad Pact](alliance:baghdad-pact-cento)", "Baghdad Pact", "links, citations or ids changed"),
        ("a heading a fragment link points at, renamed", "## Assessment", "## Conclusions", "links, citations or ids changed"),
        ("a new heading on a page a fragment link points at", "## Assessment", "## A new section\n\nText.\n\n## Assessment", "links, citations or ids changed"),
        ("a new fragment link", "## Assessment", "See [the background](#background).\n\n## Assessment", "links, citations or ids changed"),
        ("a new citation", "## Assessment", "A claim.[](cite:sco-official)\n\n## Assessment", "links, citations or ids changed"),
        ("a broken link", "## Assessment", "See [the notes](notes.md).\n\n## Assessment", "has problems for the build to report"),
    ])
    func editsBeyondTheBodyGoToTheFullBuild(what: String, original: String, replacement: String, reason: String) throws {
        let site = try ExampleSite()
        let refresh = try #require(try site.build(into: "first", keeping: true).refresh)
        let text = try site.read(Self.caseStudy)
        #expect(text.contains(original), "the fixture holds '\(original)' (\(what))")
        try site.write(Self.caseStudy, text.replacingOccurrences(of: original, with: replacement))
        let outcome = refresh.apply(changedFiles: [Self.caseStudy])
        guard case .needsBuild(let given) = outcome else {
            Issue.record("\(what) was refreshed in memory")
            return
        }
        #expect(given == "\(Self.caseStudy): \(reason)", "\(what)")
    }

    @Test func otherFilesGoToTheFullBuild() throws {
        let site = try ExampleSite()
        let refresh = try #require(try site.build(into: "first", keeping: true).refresh)
        for files in [["Content/site.yml"], ["Content/alliances/nato.yml"], ["Templates/article.mustache"], ["Content/articles/new-one.md"],
                      [Self.caseStudy, "Content/countries.yml"], (0...ArticleRefresh.maximumFiles).map { "Content/articles/a\($0).md" }] {
            if case .refreshed = refresh.apply(changedFiles: files) {
                Issue.record("\(files) was refreshed in memory")
            }
        }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(Self.caseStudy))
        if case .refreshed = refresh.apply(changedFiles: [Self.caseStudy]) {
            Issue.record("a deleted article was refreshed in memory")
        }
    }

    @Test func aBuildKeepsNothingUnlessAsked() throws {
        let site = try ExampleSite()
        #expect(try site.build(into: "plain").refresh == nil)
    }
}
