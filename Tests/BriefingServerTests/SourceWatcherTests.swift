import Foundation
import Testing
@testable import BriefingServer

@Suite struct SourceWatcherTests {
    @Test func reportsAddedChangedAndRemovedFilesOfContentAndTemplatesOnly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-watch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try write("Content/site.yml", "title: A")
        try write("Content/articles/a.md", "a")
        try write("Templates/article.mustache", "x")
        try write("Output/index.html", "built")
        let watcher = SourceWatcher(root: root.path)
        let first = watcher.snapshot()
        #expect(first.keys.sorted() == ["Content/articles/a.md", "Content/site.yml", "Templates/article.mustache"])

        try write("Content/site.yml", "title: AB")
        try write("Content/articles/b.md", "b")
        try FileManager.default.removeItem(at: root.appendingPathComponent("Templates/article.mustache"))
        try write("Content/articles/.a.md.swp", "editor")
        try write("Content/articles/a.md~", "backup")
        try write("Output/index.html", "rebuilt")
        let second = watcher.snapshot()
        #expect(SourceWatcher.changes(from: first, to: second) == ["Content/articles/b.md", "Content/site.yml", "Templates/article.mustache"])
        #expect(SourceWatcher.changes(from: second, to: watcher.snapshot()).isEmpty)
    }
}
