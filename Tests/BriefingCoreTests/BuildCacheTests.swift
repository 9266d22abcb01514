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

    @Test func aCacheFromAnotherFormatIsIgnored() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(BuildCache.open(folder: folder.path).status == .empty)
        try Data(BuildCache.magic + [9, 0, 0, 0] + Array(repeating: 0, count: 32)).write(to: folder.appendingPathComponent("cache.bin"))
        #expect(BuildCache.open(folder: folder.path).status == .ignored(reason: "it was written by another version of briefing"))
    }
}
