import Foundation
import Testing

/// A write that the system refuses is reported with the path and the system's message, as a file-system failure
/// rather than a setting to fix, and leaves nothing behind. (Tests run as root, which permissions do not stop, so
/// the failure is a path through a regular file: `ENOTDIR`.)
@Suite struct WriteFailureTests {
    static let minimalSite = BriefingBinary.packageRoot.appendingPathComponent("Tests/Fixtures/sites/valid/minimal")

    @Test func anUnwritableOutputIsAFileSystemFailureWithPathAndReason() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.minimalSite, as: "site")
        let blocker = scratch.url.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let output = blocker.appendingPathComponent("out")
        let run = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: file system:"), "\(run.stderr)")
        #expect(run.stderr.contains(blocker.path), "names the path: \(run.stderr)")
        #expect(run.stderr.contains("Not a directory") || run.stderr.contains("directory"), "the system's message: \(run.stderr)")
        #expect(!run.stderr.contains("0 articles"))
    }
}
