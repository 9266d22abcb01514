import Foundation
import Testing
@testable import BriefingServer

/// The change feed of `briefing serve`: each test makes a change, then waits for the watcher to report it
/// (bounded by a generous timeout, never by a sleep).
@Suite struct SourceChangesTests {
    final class Site {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-changes-\(UUID().uuidString)")

        init() throws {
            try write("Content/site.yml", "title: A")
            try write("Content/articles/a.md", "a")
            try write("Templates/article.mustache", "x")
        }

        deinit {
            try? FileManager.default.removeItem(at: root)
        }

        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// The next change, or nil when none came within `seconds`.
    static func next(_ changes: SourceChanges, within seconds: Double = 20) async -> [String]? {
        await withTaskGroup(of: [String]?.self) { group in
            group.addTask { await changes.next() }
            group.addTask {
                try? await Task.sleep(for: .seconds(seconds))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    #if os(Linux)
    /// Every path the watcher reports until `path` is among them (or a wait times out or events were lost).
    static func collect(_ watcher: InotifyWatcher, until path: String) -> Set<String> {
        var seen: Set<String> = []
        while !seen.contains(path), case .paths(let more)? = watcher.wait(timeout: 20) {
            seen.formUnion(more)
        }
        return seen
    }

    @Test func inotifyReportsWritesInEveryFolderIncludingNewOnes() throws {
        let site = try Site()
        let watcher = try #require(InotifyWatcher(root: site.root.path))
        #expect(watcher.wait(timeout: 0) == nil)

        try site.write("Content/articles/a.md", "edited")
        #expect(watcher.wait(timeout: 20) == .paths(["Content/articles/a.md"]))

        // Folders created after the watch started, with a file written into them at once, then another file:
        // both are seen, whether written before or after the new folders' watches were added.
        try site.write("Content/assets/images/one.png", "1")
        #expect(Self.collect(watcher, until: "Content/assets/images/one.png").contains("Content/assets/images/one.png"))
        try site.write("Content/assets/images/two.png", "2")
        #expect(Self.collect(watcher, until: "Content/assets/images/two.png").contains("Content/assets/images/two.png"))

        // Templates too; editor swap files and backups are not changes.
        try site.write("Content/articles/.a.md.swp", "swap")
        try site.write("Content/articles/a.md~", "backup")
        try site.write("Templates/article.mustache", "y")
        let seen = Self.collect(watcher, until: "Templates/article.mustache")
        #expect(seen.contains("Templates/article.mustache"))
        #expect(!seen.contains("Content/articles/.a.md.swp") && !seen.contains("Content/articles/a.md~"))

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/articles/a.md"))
        #expect(Self.collect(watcher, until: "Content/articles/a.md").contains("Content/articles/a.md"))
    }

    @Test func serveUsesInotifyOnLinux() async throws {
        let site = try Site()
        let changes = SourceChanges(root: site.root.path, pollInterval: .milliseconds(50))
        #expect(changes.isEventDriven)
        try site.write("Content/articles/b.md", "b")
        #expect(await Self.next(changes) == ["Content/articles/b.md"])
    }
    #endif

    @Test func pollingIsTheFallback() async throws {
        let site = try Site()
        let changes = SourceChanges(root: site.root.path, pollInterval: .milliseconds(20), preferPolling: true)
        #expect(!changes.isEventDriven)
        try site.write("Content/articles/b.md", "b")
        #expect(await Self.next(changes) == ["Content/articles/b.md"])
    }
}
