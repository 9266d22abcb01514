import Foundation
import Testing

/// The `briefing` binary on whole sites: exit status, messages, and what happens to the output folder.
@Suite struct BuildCommandTests {
    static let minimalSite = BriefingBinary.packageRoot.appendingPathComponent("Tests/Fixtures/sites/valid/minimal")

    @Test func unknownAllianceFailsAndLeavesPreviousOutputUnchanged() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.minimalSite, as: "site")
        let output = scratch.url.appendingPathComponent("out")
        let first = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Built 22 pages in "))
        let before = FileTree(output)
        #expect(before.files["index.html"] != nil)

        let article = site.appendingPathComponent("Content/articles/second-look.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "(alliance:old-league)", with: "(alliance:old-leauge)")
            .write(to: article, atomically: true, encoding: .utf8)

        let second = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path])
        #expect(second.status == 1)
        let diagnostics = second.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(diagnostics == ["Content/articles/second-look.md:8:5: error: unknown alliance 'old-leauge'; did you mean 'old-league'?"])
        #expect(second.stdout.isEmpty)
        #expect(FileTree(output) == before)
    }

    @Test func checkWritesNothingAndReportsSuccess() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.minimalSite, as: "site")
        let run = try BriefingBinary.run(["check", "--root", site.path])
        #expect(run.status == 0, "\(run.stderr)")
        // The minimal site has two warnings (a broken anchor, raw HTML): "No problems found" would contradict them.
        #expect(run.stderr.hasSuffix("2 warnings\n"), "\(run.stderr)")
        #expect(run.stdout == "No errors found\n")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Output").path))
    }

    @Test func missingContentFolderIsAConfigurationError() throws {
        let scratch = try TemporaryFolder()
        let run = try BriefingBinary.run(["build", "--root", scratch.url.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: no Content/ folder in "))
    }

    @Test func refusesAForeignNonEmptyOutputFolder() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.minimalSite, as: "site")
        let output = scratch.url.appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: output.appendingPathComponent("notes.txt"))
        let refused = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("was not created by briefing"))
        #expect(FileTree(output).files == ["notes.txt": Data("keep me".utf8)])

        let forced = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path, "--force"])
        #expect(forced.status == 0)
        #expect(FileTree(output).files["notes.txt"] == nil)
    }

    @Test func refusesTheSiteRootAndItsContentFolder() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.minimalSite, as: "site")
        for output in [site.path, site.appendingPathComponent("Content/out").path, scratch.url.path] {
            let run = try BriefingBinary.run(["build", "--root", site.path, "--output", output, "--force"])
            #expect(run.status == 2, "output \(output)")
            #expect(run.stderr.hasPrefix("error: refusing to "))
        }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Content/out").path))
    }

    @Test func refusesAnotherSiteAsOutputEvenWithForce() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.minimalSite, as: "site")
        let other = try scratch.copy(Self.minimalSite, as: "other")
        let before = FileTree(other)
        let run = try BriefingBinary.run(["build", "--root", site.path, "--output", other.path, "--force"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("it holds a Content/ folder, so it looks like a site, not an output folder"))
        #expect(FileTree(other) == before)
    }
}

@Suite struct UsageErrorTests {
    @Test(arguments: [["build", "--jobs", "0"], ["frobnicate"], ["build", "--diagnostics", "xml"]])
    func usageErrorsExitWithStatusTwo(arguments: [String]) throws {
        let run = try BriefingBinary.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("Error: "))
    }
}
