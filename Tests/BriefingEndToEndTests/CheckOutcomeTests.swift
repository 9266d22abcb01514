import Foundation
import Testing

/// What a CI run sees (SPEC §8): the example site passes `--strict` printing nothing but its summary line, a load
/// failure keeps the previous output, `diagnostics:` levels decide the exit status, and `--diagnostics sarif`
/// prints only the SARIF log.
@Suite struct CheckOutcomeTests {
    @Test func exampleSiteBuildsStrictWithNothingButItsSummary() throws {
        let scratch = try TemporaryFolder()
        let output = scratch.url.appendingPathComponent("Output")
        let run = try BriefingBinary.run(["build", "--root", BriefingBinary.packageRoot.path, "--output", output.path, "--strict"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.wholeMatch(of: /Built \d+ pages in \d+\.\d\d s\n/) != nil, "stdout: \(run.stdout)")
    }

    @Test func anArticlesFolderThatCannotBeReadKeepsThePreviousOutput() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(BrokenSiteCase.validSite, as: "site")
        let output = scratch.url.appendingPathComponent("Output")
        #expect(try BriefingBinary.run(["build", "--root", site.path, "--output", output.path]).status == 0)
        let before = FileTree(output)
        let articles = site.appendingPathComponent("Content/articles")
        try FileManager.default.removeItem(at: articles)
        try Data("not a folder\n".utf8).write(to: articles)
        let run = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path])
        #expect(run.status == 1)
        #expect(DiagnosticLine.split(run.stderr).diagnostics == [
            "Content/articles:1:1: error: this is a file, where briefing expects a folder; move the file away and create the folder",
        ], "stderr:\n\(run.stderr)")
        #expect(FileTree(output) == before)
    }

    @Test func unknownCodeUnderDiagnosticsIsAConfigurationError() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(BrokenSiteCase.validSite, as: "site")
        let siteYML = site.appendingPathComponent("Content/site.yml")
        let text = try String(contentsOf: siteYML, encoding: .utf8)
        try Data((text + "diagnostics:\n  no-such-check: off\n").utf8).write(to: siteYML)
        let run = try BriefingBinary.run(["check", "--root", site.path])
        #expect(run.status == 2)
        let lines = DiagnosticLine.split(run.stderr).diagnostics.filter { $0.contains(": error: ") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("error: 'no-such-check' under 'diagnostics' is not a diagnostic code") == true, "stderr:\n\(run.stderr)")
    }

    @Test func sarifIsAllThatStandardErrorHolds() throws {
        let site = BriefingBinary.packageRoot.appendingPathComponent("Tests/Fixtures/sites/sarif-broken")
        let run = try BriefingBinary.run(["check", "--root", site.path, "--diagnostics", "sarif"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        struct Log: Decodable {
            struct Run: Decodable {
                struct Result: Decodable { let ruleId: String; let level: String }
                let results: [Result]
            }
            let version: String
            let runs: [Run]
        }
        let log = try JSONDecoder().decode(Log.self, from: Data(run.stderr.utf8))
        #expect(log.version == "2.1.0")
        #expect(log.runs.first?.results.map(\.ruleId) == ["yaml-comment-in-value", "yaml-comment-in-value", "missing-summary",
                                                         "invisible-character", "unknown-reference"])
        #expect(log.runs.first?.results.map(\.level) == ["warning", "warning", "error", "error", "error"])
    }
}
