import Foundation
import Testing
@testable import BriefingCore

@Suite struct BuildProgressTests {
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var calls: [(Int, Int)] = []
        func append(_ rendered: Int, _ total: Int) { lock.lock(); calls.append((rendered, total)); lock.unlock() }
        var all: [(Int, Int)] { lock.lock(); defer { lock.unlock() }; return calls }
    }

    @Test func theRenderStageReportsEveryPageOnce() throws {
        let site = try TestSite(["Content/articles/one.md": "---\ntitle: One\ndate: 2025-01-01\n---\nText.\n"])
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-progress-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let calls = Calls()
        let result = try BuildPipeline.run(BuildOptions(root: site.root.path, output: output.path, jobs: 2,
                                                        progress: { calls.append($0, $1) }))
        #expect(!result.failed(strict: false))
        let reported = calls.all
        let total = try #require(reported.first?.1)
        // Every HTML file but the single-file briefing (rendered after the render stage) is one rendered page.
        let pages = (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".html") && $0 != "briefing.html" }
        #expect(total == pages.count)
        #expect(reported.allSatisfy { $0.1 == total })
        #expect(reported.map(\.0).sorted() == Array(1...total))
    }
}
