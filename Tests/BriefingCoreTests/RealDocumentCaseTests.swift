import Foundation
import Testing
@testable import BriefingCore

/// The cases of `Tests/Fixtures/sites/real-documents/` (bug reports replayed from other generators, each with its
/// `EXPECTED.md`), built as `briefing build --root . --strict` would.
@Suite struct RealDocumentCaseTests {
    static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sites/real-documents")

    /// A copy of the case in a temporary folder (so links can be added), built into `Output/` there.
    struct Built {
        let root: URL
        let result: BuildResult

        func page(_ path: String) throws -> String {
            try String(contentsOf: root.appendingPathComponent("Output/" + path), encoding: .utf8)
        }

        var lines: [String] { result.diagnostics.sorted.map { DiagnosticFormat.textLine($0).trimmingCharacters(in: .newlines) } }
    }

    static func build(_ name: String, strict: Bool = true, output: Bool = true, prepare: (URL) throws -> Void = { _ in }) throws -> Built {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-case-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: cases.appendingPathComponent(name), to: root)
        try prepare(root)
        let result = try BuildPipeline.run(BuildOptions(root: root.path, output: output ? root.appendingPathComponent("Output").path : nil,
                                                        strict: strict, jobs: 2))
        return Built(root: root, result: result)
    }

    @Test func case01AssetLinkKeepsItsFragmentEverywhere() throws {
        let built = try Self.build("case01-asset-link-fragment-dropped")
        defer { try? FileManager.default.removeItem(at: built.root) }
        #expect(built.lines == [])
        #expect(try built.page("articles/overview/index.html").contains("href=\"../../assets/report.pdf#page=2\""))
        #expect(try built.page("briefing.html").contains("href=\"https://example.org/briefing/assets/report.pdf#page=2\""))
        #expect(try built.page("feed.xml").contains("assets/report.pdf#page=2&quot;"))
        #expect(try !built.page("feed.xml").contains("assets/report.pdf&quot;"))
    }

    @Test func case02ReservedCharactersInAssetNamesAreEncodedOnce() throws {
        let built = try Self.build("case02-asset-name-reserved-url-chars")
        defer { try? FileManager.default.removeItem(at: built.root) }
        #expect(built.lines == [])
        let page = try built.page("articles/overview/index.html")
        for href in ["../../assets/brief%231.pdf", "../../assets/what-next%3F.pdf", "../../assets/growth%20100%25.pdf"] {
            #expect(page.contains("href=\"\(href)\""), "\(href)")
        }
        let single = try built.page("briefing.html")
        for name in ["brief%231.pdf", "what-next%3F.pdf", "growth%20100%25.pdf"] {
            #expect(single.contains("href=\"https://example.org/briefing/assets/\(name)\""), "\(name)")
        }
        for file in ["brief#1.pdf", "what-next?.pdf", "growth 100%.pdf"] {
            #expect(FileManager.default.fileExists(atPath: built.root.appendingPathComponent("Output/assets/" + file).path), "\(file)")
        }
    }

    @Test func case13EmojiHeadingsGetNoOrphanVariationSelector() throws {
        let built = try Self.build("case13-emoji-heading-id-variation-selector")
        defer { try? FileManager.default.removeItem(at: built.root) }
        #expect(built.lines == [])
        let page = try built.page("articles/overview/index.html")
        #expect(page.contains("<h2 id=\"defence\">"))
        #expect(page.contains("<h2 id=\"section\">"))
        #expect(page.contains("href=\"#defence\""))
        #expect(!page.contains("\u{FE0F}-") && !page.contains("id=\"\u{FE0F}"))
        #expect(try built.page("briefing.html").contains("id=\"article-overview.defence\""))
    }

    @Test func case14BrokenAnchorsAreWarnings() throws {
        let built = try Self.build("case14-broken-heading-anchor-unchecked")
        defer { try? FileManager.default.removeItem(at: built.root) }
        #expect(built.lines == [
            "Content/articles/follow-up.md:7:5: warning: article 'overview' has no heading or element with the id 'next-step'; did you mean 'next-steps'?",
            "Content/articles/follow-up.md:7:54: warning: this page has no heading or element with the id 'backgrond'; did you mean 'background'?",
        ])
        #expect(built.result.diagnostics.all.allSatisfy { $0.code == "broken-anchor" })
        #expect(!built.result.wroteOutput)
    }

    @Test func case14CheckReportsBrokenAnchorsWithoutWriting() throws {
        let built = try Self.build("case14-broken-heading-anchor-unchecked", strict: false, output: false)
        defer { try? FileManager.default.removeItem(at: built.root) }
        #expect(built.result.diagnostics.all.map(\.code) == ["broken-anchor", "broken-anchor"])
        #expect(!FileManager.default.fileExists(atPath: built.root.appendingPathComponent("Output").path))
    }

    static func linkSharedDocs(_ root: URL) throws {
        let assets = root.appendingPathComponent("Content/assets")
        try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: assets.appendingPathComponent("shared").path, withDestinationPath: "../../shared-docs")
        try FileManager.default.createSymbolicLink(atPath: assets.appendingPathComponent("single.txt").path,
                                                   withDestinationPath: "../../shared-docs/single.txt")
    }

    @Test func case15FolderLinkInsideTheSiteIsFollowed() throws {
        let built = try Self.build("case15-symlinked-asset-folder", prepare: Self.linkSharedDocs)
        defer { try? FileManager.default.removeItem(at: built.root) }
        #expect(built.lines == [])
        for file in ["assets/shared/route.txt", "assets/shared/single.txt", "assets/single.txt"] {
            #expect(FileManager.default.fileExists(atPath: built.root.appendingPathComponent("Output/" + file).path), "\(file)")
        }
        #expect(try built.page("articles/overview/index.html").contains("href=\"../../assets/shared/route.txt\""))
    }

    @Test func case15FolderLinkOutsideTheSiteIsAnError() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: outside.appendingPathComponent("secret.txt"))
        defer { try? FileManager.default.removeItem(at: outside) }
        let built = try Self.build("case15-symlinked-asset-folder") { root in
            try Self.linkSharedDocs(root)
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("Content/assets/outside").path,
                                                       withDestinationPath: outside.path)
        }
        defer { try? FileManager.default.removeItem(at: built.root) }
        #expect(built.result.diagnostics.all.map { "\($0.file) \($0.severity) \($0.code)" } == ["Content/assets/outside error outside-site"])
        #expect(!built.result.wroteOutput)
    }

    @Test func case15FolderLinkLoopEnds() throws {
        let built = try Self.build("case15-symlinked-asset-folder") { root in
            try Self.linkSharedDocs(root)
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("shared-docs/again").path, withDestinationPath: "..")
        }
        defer { try? FileManager.default.removeItem(at: built.root) }
        #expect(built.result.wroteOutput)
    }

    @Test func case17ControlCharactersNeverReachTheOutput() throws {
        let built = try Self.build("case17-control-chars-in-html", strict: false)
        defer { try? FileManager.default.removeItem(at: built.root) }
        #expect(built.result.diagnostics.all.filter { $0.file.hasSuffix(".md") }.map { "\($0.location.line):\($0.location.column) \($0.code)" }
                == ["2:8 control-character", "2:8 control-character", "4:10 control-character", "4:10 control-character",
                    "12:28 control-character", "12:53 control-character"])
        #expect(built.lines.contains { $0.contains("U+001B ESCAPE") })
        #expect(built.lines.contains { $0.contains("U+000B LINE TABULATION") })
        for page in ["articles/overview/index.html", "index.html", "articles/index.html", "briefing.html", "feed.xml", "sitemap.xml",
                     "search/search-index.js"] {
            let text = try built.page(page)
            let bad = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
            #expect(bad.isEmpty, "\(page): \(bad.map { String($0.value, radix: 16) })")
        }
    }

    @Test func case20AutolinkPositionsComeFromTheSourceLine() throws {
        let built = try Self.build("case20-autolink-diagnostic-column", strict: false, output: false)
        defer { try? FileManager.default.removeItem(at: built.root) }
        #expect(built.lines == [
            "Content/articles/overview.md:13:23: error: unknown alliance 'shusah'; did you mean 'shusha'?",
            "Content/articles/overview.md:15:3: error: unknown alliance 'shusah'; did you mean 'shusha'?",
            "Content/articles/overview.md:17:3: error: unknown alliance 'shusah'; did you mean 'shusha'?",
        ])
    }
}
