import Foundation
import Testing
@testable import BriefingCore

/// I/O failures on the load side (SPEC §8) are errors with the path and the system's message, never "no articles".
@Suite struct LoadIOErrorTests {
    static let article = "---\ntitle: A\ndate: 2025-01-01\nsummary: S.\nalliances: [nato]\n---\nBody.\n"

    static func load(_ site: TestSite) throws -> (Site, [String]) {
        var diagnostics = Diagnostics()
        let loaded = try SiteLoader.load(root: site.root.path, options: LoadOptions(jobs: 1), diagnostics: &diagnostics)
        return (loaded, diagnostics.sorted.map { DiagnosticFormat.textLine($0).trimmingCharacters(in: .newlines) })
    }

    @Test func aFileWhereTheArticlesFolderShouldBeIsAnError() throws {
        let site = try TestSite(["Content/articles": "not a folder"])
        let (_, lines) = try Self.load(site)
        #expect(lines == ["Content/articles:1:1: error: this is a file, where briefing expects a folder; move the file away and create the folder"])
    }

    @Test func aDanglingSymbolicLinkInPlaceOfAFolderIsAnError() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article])
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("Content/alliances-gone").path,
                                                   withDestinationPath: site.root.appendingPathComponent("nowhere").path)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/alliances"))
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("Content/alliances-gone"),
                                         to: site.root.appendingPathComponent("Content/alliances"))
        let (_, lines) = try Self.load(site)
        #expect(lines.first == "Content/alliances:1:1: error: the folder cannot be read: it is a symbolic link to something that does not exist")
    }

    @Test func aDanglingSymbolicLinkArticleIsReportedWithTheSystemMessage() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article])
        let link = site.root.appendingPathComponent("Content/articles/b.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: site.root.appendingPathComponent("Content/gone.md").path)
        let (loaded, lines) = try Self.load(site)
        #expect(lines == ["Content/articles/b.md:1:1: error: the file cannot be read: No such file or directory (it is a symbolic link to '\(site.root.appendingPathComponent("Content/gone.md").path)', which does not exist)"])
        #expect(loaded.articles.map(\.slug) == ["a"])
    }

    @Test func aFolderNamedLikeAnAllianceFileIsAnErrorWithTheSystemMessage() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article, "Content/alliances/other.yml/x": "x"])
        let (_, lines) = try Self.load(site)
        #expect(lines == ["Content/alliances/other.yml:1:1: error: the file cannot be read: Is a directory"])
    }

    @Test func aNamedPipeWhereAFileShouldBeIsAnErrorNotAHang() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article])
        #expect(mkfifo(site.root.appendingPathComponent("Content/articles/b.md").path, 0o644) == 0)
        site.removeFile("Content/countries.yml")
        #expect(mkfifo(site.root.appendingPathComponent("Content/countries.yml").path, 0o644) == 0)
        let (loaded, lines) = try Self.load(site)
        #expect(lines.contains("Content/articles/b.md:1:1: error: the file cannot be read: it is a named pipe (FIFO), not a regular file"))
        #expect(lines.contains("Content/countries.yml:1:1: error: the file cannot be read: it is a named pipe (FIFO), not a regular file"))
        #expect(loaded.articles.map(\.slug) == ["a"])
    }

    @Test func aNamedPipeOrADanglingLinkAmongTheAssetsIsAnError() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article, "Content/assets/ok.pdf": "pdf"])
        #expect(mkfifo(site.root.appendingPathComponent("Content/assets/p.pdf").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("Content/assets/gone.png").path,
                                                   withDestinationPath: "missing.png")
        let (loaded, lines) = try Self.load(site)
        #expect(lines == [
            "Content/assets/gone.png:1:1: error: the file cannot be copied: No such file or directory (it is a symbolic link to 'missing.png', which does not exist)",
            "Content/assets/p.pdf:1:1: error: the file cannot be copied: it is a named pipe (FIFO), not a regular file",
        ])
        #expect(loaded.assets == ["ok.pdf"])
    }

    @Test func aFileThatVanishedAfterTheListingIsReportedWithTheSystemMessage() throws {
        let site = try TestSite()
        let files = ContentFiles(root: site.root.path)
        guard case .failure(let diagnostic) = files.read("Content/articles/gone.md") else {
            Issue.record("reading a missing file succeeded")
            return
        }
        #expect(diagnostic.code == "unreadable-file")
        #expect(diagnostic.message == "the file disappeared while the site was read (No such file or directory); build again")
    }

    /// chmod 000 only stops a process that is not root; as root (as in the CI container) the permission check is
    /// skipped and the other variants above cover the path.
    @Test(.enabled(if: geteuid() != 0, "skipped as root, which reads files whatever their permissions"))
    func anUnreadableFolderIsAnErrorNotZeroArticles() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article])
        let folder = site.root.appendingPathComponent("Content/articles")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let (_, lines) = try Self.load(site)
        #expect(lines == ["Content/articles:1:1: error: the folder cannot be read: Permission denied"])
    }
}
