import Foundation
import Testing
@testable import BriefingCore

/// `diagnostics:` in site.yml (SPEC §8): levels applied to the whole run, then `--strict` on what is left.
@Suite struct DiagnosticLevelTests {
    static let noSummary = "---\ntitle: A\ndate: 2025-01-01\nalliances: [nato]\n---\nBody.\n"

    static func siteYML(_ diagnostics: String) -> String {
        TestSite.siteYML + "\ndiagnostics:\n" + diagnostics + "\n"
    }

    static func run(_ site: TestSite, strict: Bool = false) throws -> BuildResult {
        try BuildPipeline.run(BuildOptions(root: site.root.path, output: nil, strict: strict, jobs: 1))
    }

    static func lines(_ result: BuildResult) -> [String] {
        result.diagnostics.sorted.map { DiagnosticFormat.textLine($0).trimmingCharacters(in: .newlines) }
    }

    @Test func offDropsAWarningAndStrictThenPasses() throws {
        let plain = try TestSite(["Content/articles/a.md": Self.noSummary])
        #expect(try Self.run(plain, strict: true).failed(strict: true))
        let site = try TestSite(["Content/site.yml": Self.siteYML("  missing-summary: off\n  missing-base-url: off"),
                                 "Content/articles/a.md": Self.noSummary])
        let result = try Self.run(site, strict: true)
        #expect(Self.lines(result).isEmpty)
        #expect(!result.failed(strict: true))
    }

    @Test func errorRaisesAWarningWithoutStrict() throws {
        let site = try TestSite(["Content/site.yml": Self.siteYML("  missing-summary: error\n  missing-base-url: warning"),
                                 "Content/articles/a.md": Self.noSummary])
        let result = try Self.run(site)
        #expect(Self.lines(result) == [
            "Content/articles/a.md:2:1: error: the article has no 'summary'; add one to the front matter, it is shown in article lists and search results",
            "Content/site.yml:1:1: warning: site.yml has no 'base_url', so feed.xml and sitemap.xml use links relative to the site, which feed readers and search engines may not resolve; add 'base_url: https://…/' (the address the site is published at) or pass --base-url",
        ])
        #expect(result.failed(strict: false))
        #expect(!result.diagnostics.hasConfigurationErrors)
    }

    /// SPEC §8's own example: `broken-anchor: error`. Anchors are checked on rendered pages, after the other checks;
    /// `check` (no output folder) must apply the level to them too.
    @Test(arguments: [DiagnosticLevel.error, .off])
    func levelsApplyToBrokenAnchorsInCheck(_ level: DiagnosticLevel) throws {
        let site = try TestSite(["Content/site.yml": Self.siteYML("  broken-anchor: \(level.rawValue)\n  missing-base-url: off"),
                                 "Content/articles/a.md": "---\ntitle: A\ndate: 2025-01-01\nsummary: S.\nalliances: [nato]\n---\nSee [there](#nowhere).\n"])
        let result = try Self.run(site)
        switch level {
        case .error:
            #expect(Self.lines(result) == ["Content/articles/a.md:7:5: error: this page has no heading or element with the id 'nowhere'"])
            #expect(result.failed(strict: false))
        default:
            #expect(Self.lines(result) == [])
            #expect(!result.failed(strict: true))
        }
    }

    @Test func unknownCodesBadLevelsAndLoweredErrorsAreReportedAtTheirPosition() throws {
        let site = try TestSite(["Content/site.yml": Self.siteYML("  missing-sumary: off\n  missing-summary: silent\n  unknown-reference: warning"),
                                 "Content/articles/a.md": Self.noSummary])
        let result = try Self.run(site)
        let configuration = Self.lines(result).filter { $0.hasPrefix("Content/site.yml:") && !$0.contains("base_url") }
        #expect(configuration == [
            "Content/site.yml:8:3: error: 'missing-sumary' under 'diagnostics' is not a diagnostic code; did you mean 'missing-summary'?",
            "Content/site.yml:9:20: error: the level of 'missing-summary' must be off, warning or error, found 'silent'",
            "Content/site.yml:10:22: error: 'unknown-reference' is an error, which cannot be turned into a warning: the site cannot be built past it; only warnings can be set",
        ])
        #expect(result.diagnostics.hasConfigurationErrors)
    }
}
