import Foundation
import Testing
@testable import BriefingCore

/// `Tests/Fixtures/sites/real-documents-corpus`: a README, a design doc and an exported report written the way
/// GitHub users write them. Every construct that would be lost or broken gives exactly one diagnostic, at its place.
@Suite struct RealDocumentCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sites/real-documents-corpus")

    @Test func oneDiagnosticPerLostOrBrokenConstruct() throws {
        let result = try BuildPipeline.run(BuildOptions(root: Self.root.path, output: nil, jobs: 2))
        #expect(result.diagnostics.sorted.map { "\($0.file):\($0.location.line):\($0.location.column) \($0.severity) \($0.code)" } == [
            "Content/articles/design.md:9:32 warning gfm-syntax",          // [^1]
            "Content/articles/design.md:10:4 warning gfm-syntax",          // ~~replaces~~
            "Content/articles/design.md:14:1 warning gfm-syntax",          // pipe table in a paragraph
            "Content/articles/design.md:20:33 warning broken-anchor",      // readme.md#instalation, in a block quote
            "Content/articles/design.md:29:1 warning gfm-syntax",          // [^1]: definition
            "Content/articles/readme.md:9:2 warning remote-resource",      // badge image
            "Content/articles/readme.md:13:17 warning gfm-syntax",         // bare https:// URL
            "Content/articles/readme.md:13:55 warning gfm-syntax",         // bare www. URL
            "Content/articles/readme.md:19:3 warning gfm-syntax",          // - [x]
            "Content/articles/readme.md:20:3 warning gfm-syntax",          // - [ ]
            "Content/articles/readme.md:23:1 warning raw-html-omitted",    // <details>, counted with </details>
            "Content/articles/report.md:9:45 warning control-character",   // &#27;
            "Content/articles/report.md:22:1 warning remote-resource",     // remote chart
        ])
        let messages = result.diagnostics.sorted.map(\.message)
        #expect(messages.contains { $0.contains("did you mean 'installation'?") })
        #expect(messages.contains { $0.hasPrefix("2 pieces of raw HTML") })
        #expect(messages.contains { $0.contains("U+001B ESCAPE") })
    }

    @Test func pagesLinkArticlesAssetsAndTablesAsGitHubWould() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try BuildPipeline.run(BuildOptions(root: Self.root.path, output: output.path, jobs: 2))
        #expect(result.wroteOutput)
        let readme = try String(contentsOf: output.appendingPathComponent("articles/readme/index.html"), encoding: .utf8)
        #expect(readme.contains("<a href=\"../../articles/design/index.html#goals\">design document</a>"))
        #expect(readme.contains("<a href=\"../../articles/report/index.html\">latest report</a>"))
        #expect(readme.contains("href=\"../../assets/Annual%20report%20(2024).pdf#page=3\""))
        #expect(readme.contains("<th scope=\"col\" style=\"text-align: right\">Since</th>"))
        #expect(readme.contains("<td><code>list | sort</code></td>") || readme.contains("<td style=\"text-align: left\"><code>list | sort</code></td>"))
        #expect(readme.contains("<h1 id=\"shusha-tracker\">"))
        let design = try String(contentsOf: output.appendingPathComponent("articles/design/index.html"), encoding: .utf8)
        #expect(design.contains("<img src=\"../../assets/diagrams/pipeline.svg\" alt=\"Pipeline\" />"))
        #expect(design.contains("id=\"open_questions\""))
        #expect(design.contains("id=\"step----two\""))
        let single = try String(contentsOf: output.appendingPathComponent("briefing.html"), encoding: .utf8)
        #expect(!single.contains("src=\"https://"))
        #expect(single.contains("<a href=\"https://charts.example.com/shusha.png\">Remote chart</a>"))
    }
}
