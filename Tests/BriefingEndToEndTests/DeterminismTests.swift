import Foundation
import Testing

/// The same input gives byte-identical output: whatever `--jobs`, wherever the site lies on disk.
@Suite struct DeterminismTests {
    @Test func buildsAreByteIdenticalAcrossJobsAndLocations() throws {
        let scratch = try TemporaryFolder()
        let exampleSite = BriefingBinary.packageRoot
        let firstRoot = scratch.url.appendingPathComponent("one/site")
        try FileManager.default.createDirectory(at: firstRoot, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: exampleSite.appendingPathComponent("Content"), to: firstRoot.appendingPathComponent("Content"))
        let secondRoot = scratch.url.appendingPathComponent("two/deeper/elsewhere")
        try FileManager.default.createDirectory(at: secondRoot, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: exampleSite.appendingPathComponent("Content"), to: secondRoot.appendingPathComponent("Content"))

        let outputs = [("one/site", "1"), ("two/deeper/elsewhere", "2"), ("one/site", "7")].map { root, jobs in
            (scratch.url.appendingPathComponent(root), scratch.url.appendingPathComponent("out-\(jobs)-\(root.count)"), jobs)
        }
        for (root, output, jobs) in outputs {
            let run = try BriefingBinary.run(["build", "--root", root.path, "--output", output.path, "--jobs", jobs])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let trees = outputs.map { FileTree($0.1) }
        #expect(trees[0].files.count > 90)
        #expect(trees[0] == trees[1])
        #expect(trees[0] == trees[2])
    }
}
