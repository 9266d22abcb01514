import Foundation
import Testing
@testable import BriefingCore

@Suite struct BuildCacheTests {
    @Test func contentHashIsStableAcrossRunsAndSensitiveToEveryByte() {
        let text = Array("title: A\ndate: 2025-01-01\n".utf8)
        #expect(ContentHash(text) == ContentHash(text))
        #expect(ContentHash(text).description == ContentHash(Array("title: A\ndate: 2025-01-01\n".utf8)).description)
        var changed = text
        changed[changed.count - 2] ^= 1
        #expect(ContentHash(changed) != ContentHash(text))
        #expect(ContentHash(Array(text.dropLast())) != ContentHash(text))
    }

    @Test func recordsRoundTrip() throws {
        let site = try TestSite(["Content/articles/a.md": "---\ntitle: A\ndate: 2025-01-02\nupdated: 2025-02-03\nsummary: S.\nalliances: [nato]\nslug: x\n---\nSee [pact](alliance:nato).\n\n## Part\n"])
        let (linked, _) = try site.check()
        let article = try #require(linked.site.articles.first)
        var writer = BinaryWriter()
        writer.write(article)
        writer.write(linked.bodies[0])
        var reader = BinaryReader(writer.bytes)
        let decoded = try reader.readArticle(file: article.file, source: article.source)
        let body = try reader.readArticleBody(file: article.file)
        #expect(reader.isAtEnd)
        #expect(decoded.slug == "x" && decoded.slugLocation == article.slugLocation)
        #expect(decoded.title == article.title && decoded.date == article.date && decoded.updated == article.updated)
        #expect(decoded.alliances == article.alliances && decoded.body == article.body && decoded.bodyFirstLine == article.bodyFirstLine)
        #expect(body.html == linked.bodies[0].html && body.toc == linked.bodies[0].toc && body.plainText == linked.bodies[0].plainText)
        #expect(body.crossLinks == linked.bodies[0].crossLinks)
    }

    @Test func truncatedOrAlteredRecordsAreRejected() {
        var writer = BinaryWriter()
        writer.write("a string that will be cut")
        writer.write(12345)
        var truncated = BinaryReader(Array(writer.bytes.prefix(10)))
        #expect(throws: BinaryReader.Corrupt.self) { _ = try truncated.readString() }
        var hugeCount = BinaryReader([0xFF, 0xFF, 0xFF, 0xFF, 0x0F])
        #expect(throws: BinaryReader.Corrupt.self) { _ = try hugeCount.readBytes() }
        var invalidUTF8 = BinaryReader([2, 0xC3, 0x28])
        #expect(throws: BinaryReader.Corrupt.self) { _ = try invalidUTF8.readString() }
    }

    /// A cache folder and an article loaded and rendered into it, as the load and Markdown stages do.
    struct Stored {
        let folder: URL
        let article: Article
        let body: ArticleBody
        let key: ContentHash

        init(_ linked: LinkedSite, index: Int = 0, into cache: BuildCache) throws {
            folder = URL(fileURLWithPath: try #require(cache.folder))
            article = linked.site.articles[index]
            body = linked.bodies[index]
            var key = ContentHash()
            key.combine("renderer")
            self.key = key
            cache.storeArticle(path: article.file, hash: article.contentHash, article: article, diagnostics: [])
            cache.storeBody(path: article.file, key: key, body: body)
        }
    }

    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let twoArticles = [
        "Content/articles/a.md": "---\ntitle: A\ndate: 2025-01-02\nalliances: [nato]\n---\nSee [pact](alliance:nato).\n",
        "Content/articles/b.md": "---\ntitle: B\ndate: 2025-01-03\n---\nJust *b*.\n",
    ]

    @Test func articleRecordsRoundTripThroughTheCacheFolder() throws {
        let site = try TestSite(Self.twoArticles)
        let (linked, _) = try site.check()
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = BuildCache.open(folder: folder.path)
        #expect(cache.status == .empty)
        let stored = try Stored(linked, into: cache)
        cache.save(jobs: 2)

        let reopened = BuildCache.open(folder: folder.path)
        #expect(reopened.status == .loaded(articles: 1, pages: 0))
        let hash = stored.article.contentHash
        #expect(reopened.hasArticle(path: stored.article.file, hash: hash))
        let (article, diagnostics) = try #require(reopened.cachedArticle(path: stored.article.file, source: stored.article.source, hash: hash))
        #expect(diagnostics.isEmpty)
        #expect(article?.title == "A" && article?.alliances == stored.article.alliances && article?.body == stored.article.body)
        let body = try #require(reopened.cachedBody(path: stored.article.file, keys: [stored.key]))
        #expect(body.html == stored.body.html && body.crossLinks == stored.body.crossLinks && body.plainText == stored.body.plainText)
        // Another rendering key or other file bytes never match.
        #expect(reopened.cachedBody(path: stored.article.file, keys: [ContentHash(Array("other".utf8))]) == nil)
        #expect(!reopened.hasArticle(path: stored.article.file, hash: ContentHash(Array("other".utf8))))
    }

    @Test func aDamagedRecordIsIgnoredAndTheOthersAreKept() throws {
        let site = try TestSite(Self.twoArticles)
        let (linked, _) = try site.check()
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = BuildCache.open(folder: folder.path)
        let first = try Stored(linked, index: 0, into: cache)
        let second = try Stored(linked, index: 1, into: cache)
        cache.save(jobs: 2)

        let damaged = try #require(cache.recordPath(forArticle: first.article.file))
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: damaged)))
        bytes[bytes.count - 3] ^= 0x20
        try Data(bytes).write(to: URL(fileURLWithPath: damaged))
        #expect(CacheRecordFile.read(damaged) == .rejected("it is damaged (checksum mismatch)"))

        let reopened = BuildCache.open(folder: folder.path)
        #expect(!reopened.hasArticle(path: first.article.file, hash: first.article.contentHash))
        #expect(reopened.cachedBody(path: first.article.file, keys: [first.key]) == nil)
        #expect(reopened.hasArticle(path: second.article.file, hash: second.article.contentHash))
        #expect(reopened.cachedBody(path: second.article.file, keys: [second.key])?.html == second.body.html)

        try Data(bytes.prefix(40)).write(to: URL(fileURLWithPath: damaged))
        #expect(CacheRecordFile.read(damaged) == .rejected("it is damaged (truncated)"))
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: damaged))
        #expect(CacheRecordFile.read(damaged) == .rejected("it is not a briefing cache"))
    }

    @Test func onlyChangedRecordsAreRewrittenAndRecordsOfRemovedArticlesGo() throws {
        let site = try TestSite(Self.twoArticles)
        let (linked, _) = try site.check()
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = BuildCache.open(folder: folder.path)
        let first = try Stored(linked, index: 0, into: cache)
        let second = try Stored(linked, index: 1, into: cache)
        cache.save(jobs: 2)
        func inode(_ path: String) throws -> UInt64 {
            try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
        }
        let firstRecord = try #require(cache.recordPath(forArticle: first.article.file))
        let secondRecord = try #require(cache.recordPath(forArticle: second.article.file))
        let before = (try inode(firstRecord), try inode(secondRecord))

        // The next build reads both files unchanged, renders the first one's body under a new key.
        let next = BuildCache.open(folder: folder.path)
        for stored in [first, second] {
            #expect(next.cachedArticle(path: stored.article.file, source: stored.article.source, hash: stored.article.contentHash) != nil)
            next.keepArticle(path: stored.article.file)
        }
        next.storeBody(path: first.article.file, key: ContentHash(Array("new key".utf8)), body: first.body)
        next.save(jobs: 2)
        #expect(next.writtenArticleCount == 1)
        #expect(try inode(firstRecord) != before.0)
        #expect(try inode(secondRecord) == before.1)

        // A build that no longer sees the second article removes its record.
        let third = BuildCache.open(folder: folder.path)
        third.keepArticle(path: first.article.file)
        third.save(jobs: 2)
        #expect(third.writtenArticleCount == 0)
        #expect(FileManager.default.fileExists(atPath: firstRecord))
        #expect(!FileManager.default.fileExists(atPath: secondRecord))
    }

    /// The map of `briefing.html`'s sections must describe the file as it stands in the output after every kind of
    /// build — moving a file from the staging folder changes its status-change time — or a body-only edit writes the
    /// whole file again instead of patching it.
    @Test func theSingleFileSectionMapDescribesTheOutputAfterEachBuild() throws {
        let site = try TestSite(Self.twoArticles)
        let folder = try Self.scratchFolder()
        let output = folder.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = BuildOptions(root: site.root.path, output: output.path, jobs: 2)
        options.cacheFolder = folder.appendingPathComponent("cache").path
        func mapDescribesOutput() -> Bool {
            SingleFileSectionMap.load(folder: options.cacheFolder!, language: "en",
                                      describing: output.appendingPathComponent(SitePaths.singleFile).path) != nil
        }
        let first = try BuildPipeline.run(options)
        #expect(!first.failed(strict: false), "\(first.diagnostics.sorted)")
        #expect(mapDescribesOutput(), "after a full build")

        let article = site.root.appendingPathComponent("Content/articles/b.md")
        try Data("---\ntitle: B\ndate: 2025-01-03\n---\nJust *b*, edited.\n".utf8).write(to: article)
        let edited = try BuildPipeline.run(options)
        #expect(edited.bodyOnlyEdits == 1)
        #expect(mapDescribesOutput(), "after a body-only edit")

        try Data("---\ntitle: B\ndate: 2025-01-03\n---\nJust *b*, edited twice.\n".utf8).write(to: article)
        _ = try BuildPipeline.run(options)
        let html = try String(contentsOf: output.appendingPathComponent(SitePaths.singleFile), encoding: .utf8)
        #expect(html.contains("edited twice"))
        #expect(mapDescribesOutput(), "after a second body-only edit")

        try Data("---\ntitle: B2\ndate: 2025-01-03\n---\nJust *b*, edited twice.\n".utf8).write(to: article)
        _ = try BuildPipeline.run(options)
        #expect(mapDescribesOutput(), "after a build that took the full path")
    }

    @Test func aCacheFromAnotherVersionIsIgnored() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(BuildCache.open(folder: folder.path).status == .empty)
        var writer = BinaryWriter()
        writer.write(CacheRecordFile.formatVersion)
        writer.write("0.0.0-other")
        try Data(CacheRecordFile.magic + writer.bytes + [0, 0]).write(to: folder.appendingPathComponent(BuildCache.pagesFile))
        #expect(BuildCache.open(folder: folder.path).status == .ignored(reason: "it was written by another version of briefing"))
    }

    @Test func buildInputsChangeWithAnyContentOrTemplateFile() throws {
        let site = try TestSite(Self.twoArticles)
        let options = BuildOptions(root: site.root.path, output: site.root.path + "-out")
        let before = BuildManifest.inputs(of: options).all
        #expect(BuildManifest.inputs(of: options).all == before)
        var drafts = options
        drafts.includeDrafts = true
        #expect(BuildManifest.inputs(of: drafts).all != before)
        // `review_after` warns by the day of the build.
        var tomorrow = options
        tomorrow.today = BriefingDate(year: 2030, month: 1, day: 2)
        var today = options
        today.today = BriefingDate(year: 2030, month: 1, day: 1)
        #expect(BuildManifest.inputs(of: tomorrow).all != BuildManifest.inputs(of: today).all)
        #expect(BuildManifest.inputs(of: tomorrow).other == BuildManifest.inputs(of: today).other, "pages do not show the day")

        let article = site.root.appendingPathComponent("Content/articles/b.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        // Same size, other bytes: the status-change time moves even when the modification time is set back.
        let attributes = try FileManager.default.attributesOfItem(atPath: article.path)
        try Data(text.replacingOccurrences(of: "*b*", with: "*c*").utf8).write(to: article)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: article.path)
        let edited = BuildManifest.inputs(of: options).all
        #expect(edited != before)

        let template = site.root.appendingPathComponent("Templates/partials/extra.mustache")
        try FileManager.default.createDirectory(at: template.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: template)
        #expect(BuildManifest.inputs(of: options).all != edited)
    }
}
