import Foundation
import Testing

/// `--quiet`, `--verbose`, and what a run prints when standard error is not a terminal (CI).
@Suite struct VerbosityTests {
    @Test func withoutATerminalOnlyTheSummaryLineIsPrinted() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(BuildCommandTests.minimalSite, as: "site")
        let run = try BriefingBinary.run(["build", "--root", site.path])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Built ") == true)
        #expect(!run.stderr.contains("Rendering pages"))
        #expect(!run.stderr.contains("\r"))
    }

    @Test func quietPrintsNothingButProblems() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(BuildCommandTests.minimalSite, as: "site")
        let build = try BriefingBinary.run(["build", "--quiet", "--root", site.path])
        #expect(build.status == 0)
        #expect(build.stdout.isEmpty)
        let check = try BriefingBinary.run(["check", "-q", "--root", site.path])
        #expect(check.status == 0)
        #expect(check.stdout.isEmpty)

        let article = site.appendingPathComponent("Content/articles/second-look.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "(alliance:old-league)", with: "(alliance:old-leauge)").write(to: article, atomically: true, encoding: .utf8)
        let failed = try BriefingBinary.run(["build", "--quiet", "--root", site.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("Content/articles/second-look.md:8:5: error: unknown alliance 'old-leauge'"))
    }

    @Test func verboseAlsoPrintsTheFoldersTheThemeOverridesAndTheStages() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(ThemeOverrideTests.fixture, as: "site")
        let output = scratch.url.appendingPathComponent("out")
        let run = try BriefingBinary.run(["build", "--verbose", "--root", site.path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[0] == "Site: \(site.standardizedFileURL.path)")
        #expect(lines[1] == "Output: \(output.standardizedFileURL.path)")
        #expect(lines[2] == "Theme: built-in, with the site's Templates/article.mustache")
        #expect(lines[3].hasPrefix("Built "))
        #expect(lines[4].hasPrefix("load: "))
        #expect(lines[5].hasSuffix(" pages rendered, 0 unchanged since the last build (cache: empty)"))
    }

    @Test func quietAndVerboseTogetherAreAUsageError() throws {
        let run = try BriefingBinary.run(["build", "--quiet", "--verbose"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--quiet and --verbose cannot be used together"))
    }
}
