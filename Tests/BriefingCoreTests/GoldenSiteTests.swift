import Foundation
import Testing
@testable import BriefingCore

/// Builds fixture sites and compares every output file with the golden copy under `Tests/Fixtures/golden/`.
/// `BRIEFING_RECORD_GOLDEN=1 swift test --filter GoldenSiteTests` rewrites the golden files, and fails so a
/// recording is never mistaken for a pass.
@Suite struct GoldenSiteTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    @Test(arguments: ["minimal"])
    func outputMatchesGoldenFiles(site: String) throws {
        let root = Self.fixtures.appendingPathComponent("sites/valid/\(site)")
        let golden = Self.fixtures.appendingPathComponent("golden/\(site)")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }

        let result = try BuildPipeline.run(BuildOptions(root: root.path, output: output.path, jobs: 2))
        // The fixture keeps a <script> (left out in safe mode) and a fragment the alliance page does not have.
        #expect(result.diagnostics.sorted.map { "\($0.file):\($0.location.line):\($0.location.column) \($0.code)" } == [
            "Content/articles/first-look.md:10:33 broken-anchor",
            "Content/articles/first-look.md:18:1 raw-html-omitted",
        ], "\(result.diagnostics.sorted.map { DiagnosticFormat.textLine($0) })")
        let actual = Self.files(in: output)

        if ProcessInfo.processInfo.environment["BRIEFING_RECORD_GOLDEN"] != nil {
            try? FileManager.default.removeItem(at: golden)
            for (path, data) in actual {
                let url = golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            Issue.record("recorded \(actual.count) golden files for '\(site)'; run again without BRIEFING_RECORD_GOLDEN")
            return
        }
        let expected = Self.files(in: golden)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for path in expected.keys.sorted() {
            guard let actualData = actual[path], let expectedData = expected[path], actualData != expectedData else { continue }
            Issue.record("\(path) differs from its golden file:\n\(Self.lineDiff(expected: expectedData, actual: actualData))")
        }
    }

    /// Every file below a folder except briefing's marker, by relative path.
    static func files(in folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let path as String in enumerator where path != OutputFolderGuard.markerName {
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    /// The first differing lines, numbered, for a readable failure.
    static func lineDiff(expected: Data, actual: Data) -> String {
        let old = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let new = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        var report: [String] = []
        for index in 0..<max(old.count, new.count) where report.count < 12 {
            let a = index < old.count ? old[index] : "<none>", b = index < new.count ? new[index] : "<none>"
            if a != b { report.append("line \(index + 1):\n- \(a)\n+ \(b)") }
        }
        return report.joined(separator: "\n")
    }
}
