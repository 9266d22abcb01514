import Foundation
import Testing

/// The corpus of broken sites in `Tests/Fixtures/sites/invalid/`: for each, the real `briefing` binary must print
/// exactly the expected diagnostics, return the expected exit status, and leave the previous output untouched.
@Suite struct BrokenSiteTests {
    /// A scratch folder with the broken site copied in as `site` and a previous build of the valid minimal
    /// site in `Output`, snapshotted before the broken build runs.
    struct Setup {
        let scratch: TemporaryFolder
        let site: URL
        let output: URL
        let previousOutput: FileTree
        let siteBefore: FileTree
        /// The scratch folder's entries before the broken build: `valid`, `site`, `Output`, and link targets.
        let entriesBefore: Set<String>

        init(_ brokenCase: BrokenSiteCase) throws {
            scratch = try TemporaryFolder()
            output = scratch.url.appendingPathComponent("Output")
            let valid = try scratch.copy(BrokenSiteCase.validSite, as: "valid")
            let first = try BriefingBinary.run(["build", "--root", valid.path, "--output", output.path])
            guard first.status == 0 else {
                throw BrokenSiteCase.FixtureError("the valid minimal site does not build (exit \(first.status)):\n\(first.stderr)")
            }
            previousOutput = FileTree(output)
            site = try brokenCase.materialize(in: scratch)
            siteBefore = FileTree(site)
            entriesBefore = Set((try? FileManager.default.contentsOfDirectory(atPath: scratch.url.path)) ?? [])
        }

        /// Files and folders the build left beside the output (staging or old copies), which it must clean up.
        var leftovers: [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: scratch.url.path)) ?? []
            return names.filter { !entriesBefore.contains($0) }.sorted()
        }
    }

    @Test(arguments: BrokenSiteCase.all)
    func brokenSite(_ brokenCase: BrokenSiteCase) throws {
        let expected = try brokenCase.expectation()
        let setup = try Setup(brokenCase)
        let run = try BriefingBinary.run(["build", "--root", setup.site.path, "--output", setup.output.path] + brokenCase.arguments())
        let stderr = DiagnosticLine.split(run.stderr)

        #expect(run.status == expected.status, "exit status; stderr:\n\(run.stderr)")
        #expect(stderr.diagnostics == expected.lines, "diagnostics; stderr:\n\(run.stderr)")
        #expect(stderr.unexpected.isEmpty, "stderr lines that are neither diagnostics nor the summary (a multi-line message or a crash?)")
        #expect(FileTree(setup.site) == setup.siteBefore, "the build changed the site folder")
        #expect(setup.leftovers.isEmpty, "the build left files beside the output folder")
        if expected.status == 0 {
            let after = FileTree(setup.output)
            #expect(after != setup.previousOutput, "a successful build must replace the previous output")
            #expect(after.files["index.html"] != nil)
        } else {
            #expect(FileTree(setup.output) == setup.previousOutput, "a failed build must leave the previous output exactly as it was")
            #expect(!run.stdout.contains("Built "), "stdout: \(run.stdout)")
        }
    }

    @Test func corpusIsLargeAndEveryCaseIsComplete() throws {
        let cases = BrokenSiteCase.all
        #expect(cases.count >= 30)
        for brokenCase in cases {
            let expected = try brokenCase.expectation()
            #expect(!expected.lines.isEmpty, "\(brokenCase.name): expected.txt lists no diagnostic")
            for line in expected.lines {
                #expect(DiagnosticLine(line) != nil, "\(brokenCase.name): not a diagnostic line: \(line)")
                #expect(!line.contains(FileManager.default.temporaryDirectory.path), "\(brokenCase.name): paths must be relative to the site root")
            }
            #expect(!FileManager.default.fileExists(atPath: brokenCase.url.appendingPathComponent("Templates").path),
                    "\(brokenCase.name): broken sites use the built-in theme")
        }
    }

    /// `--diagnostics json`: standard error is one JSON array whose records match the text diagnostics.
    @Test func jsonDiagnostics() throws {
        let brokenCase = BrokenSiteCase.named("article-unknown-alliance-inline")
        let expected = try brokenCase.expectation()
        let setup = try Setup(brokenCase)
        let run = try BriefingBinary.run(["build", "--root", setup.site.path, "--output", setup.output.path, "--diagnostics", "json"])
        #expect(run.status == 1)
        #expect(FileTree(setup.output) == setup.previousOutput)

        // A tool reads standard error as one JSON document: nothing may follow the array (no summary lines).
        let lines = run.stderr.components(separatedBy: "\n")
        let end = try #require(lines.firstIndex { $0 == "]" || $0 == "[]" || $0 == "[ ]" }, "no JSON array in stderr:\n\(run.stderr)")
        let trailing = lines[(end + 1)...].filter { !$0.isEmpty }
        #expect(trailing.isEmpty, "stderr must be only the JSON array with --diagnostics json; after it came: \(trailing)")
        let json = try JSONSerialization.jsonObject(with: Data(lines[...end].joined(separator: "\n").utf8))
        let records = try #require(json as? [[String: Any]], "stderr is not a JSON array of objects:\n\(run.stderr)")
        try #require(records.count == expected.lines.count)
        for (record, text) in zip(records, expected.lines) {
            let line = try #require(DiagnosticLine(text))
            #expect(record["severity"] as? String == line.severity)
            #expect(record["file"] as? String == line.file)
            #expect(record["line"] as? Int == line.line)
            #expect(record["column"] as? Int == line.column)
            #expect(record["message"] as? String == line.message)
            #expect(record["code"] as? String == "unknown-reference")
            #expect(Set(record.keys) == ["severity", "file", "line", "column", "message", "code"])
        }
    }

    /// `--diagnostics github`: one workflow command per diagnostic, `::error file=…,line=…,col=…::message`.
    @Test(arguments: ["article-unknown-alliance-inline", "article-invalid-file-name"])
    func githubDiagnostics(_ name: String) throws {
        let brokenCase = BrokenSiteCase.named(name)
        let expected = try brokenCase.expectation()
        let setup = try Setup(brokenCase)
        let run = try BriefingBinary.run(["build", "--root", setup.site.path, "--output", setup.output.path, "--diagnostics", "github"])
        #expect(run.status == 1)
        #expect(FileTree(setup.output) == setup.previousOutput)

        let commands = run.stderr.split(separator: "\n").filter { $0.hasPrefix("::") }.map(String.init)
        let wanted = try expected.lines.map { text in
            let line = try #require(DiagnosticLine(text))
            let file = line.file.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
            return "::\(line.severity) file=\(file),line=\(line.line),col=\(line.column)::\(line.message)"
        }
        #expect(commands == wanted, "stderr:\n\(run.stderr)")
        #expect(DiagnosticLine.split(run.stderr).diagnostics.isEmpty, "github format must not also print text diagnostics")
    }
}
