import BriefingCore
import Foundation
import Testing
@testable import BriefingServer

/// Article body edits while serving: the page is refreshed in memory and served before the rebuild, open tabs hear
/// one `reload`, and the rebuild that follows writes the same bytes without a second one.
@Suite(.timeLimit(.minutes(2))) struct DevServerRefreshTests {
    static let article = "Content/articles/first-look.md"
    static let page = "articles/first-look/index.html"

    @Test func aBodyEditIsServedBeforeTheRebuildWithOneReload() async throws {
        let site = try ServedSite()
        var reports = site.serverEvents.makeAsyncIterator()
        try await site.serving { site in
            guard case .built(let first, _, _) = await reports.next(), first.succeeded else {
                Issue.record("no first build")
                return
            }
            let events = try await EventStreamReader.open(port: site.port)
            _ = try await events.waitFor("hello")

            let original = try site.read(Self.article)
            try site.write(Self.article, original + "\nA sentence *added* while serving.\n")
            let reload = try #require(try await events.next())
            #expect(reload.name == ServerSentEvent.reload)
            let refreshed = try await site.get("/" + Self.page)
            #expect(refreshed.text.contains("A sentence <em>added</em> while serving."))

            guard case .refreshed(let pages, let changed, _) = await reports.next() else {
                Issue.record("the edit was not refreshed in memory")
                return
            }
            #expect(pages == [Self.page])
            #expect(changed == [Self.article])
            guard case .built(let rebuild, let rebuilt, _) = await reports.next() else {
                Issue.record("no rebuild after the refresh")
                return
            }
            #expect(rebuild.succeeded)
            #expect(rebuilt == [Self.article])
            let onDisk = try String(contentsOf: site.output.appendingPathComponent(Self.page), encoding: .utf8)
            #expect(refreshed.text == ReloadScript.inject(ReloadScript.html, into: onDisk), "the refreshed page is the page the build wrote")
            #expect(try await site.get("/" + Self.page).text == refreshed.text)

            // A front matter edit is left to the build: its reload is the very next event, so the rebuild above sent none.
            try site.write(Self.article, try site.read(Self.article).replacingOccurrences(of: "title: A first look", with: "title: Another look"))
            guard case .built(let retitled, let files, _) = await reports.next() else {
                Issue.record("a front matter edit was refreshed in memory")
                return
            }
            #expect(retitled.succeeded)
            #expect(files == [Self.article])
            let next = try #require(try await events.next())
            #expect(next.name == ServerSentEvent.reload)
            #expect(Self.count(next.data) == Self.count(reload.data) + 1, "one build id after the refresh's: \(reload.data), then \(next.data)")
            #expect(try await site.get("/" + Self.page).text.contains("Another look"))
        }
    }

    @Test func aBodyEditWithABrokenLinkIsLeftToTheBuildWhichReportsIt() async throws {
        let site = try ServedSite()
        var reports = site.serverEvents.makeAsyncIterator()
        try await site.serving { site in
            _ = await reports.next()
            let events = try await EventStreamReader.open(port: site.port)
            _ = try await events.waitFor("hello")

            try site.write(Self.article, try site.read(Self.article) + "\nSee [the notes](notes.md).\n")
            guard case .built(let outcome, _, _) = await reports.next() else {
                Issue.record("a body with an error was refreshed in memory")
                return
            }
            #expect(!outcome.succeeded)
            #expect(outcome.diagnostics.contains { $0.code == "broken-link" && $0.file == Self.article })
            #expect(try await events.next()?.name == ServerSentEvent.buildError)
            #expect(try await site.get("/" + Self.page).text.contains(ErrorOverlay.elementID))
        }
    }

    /// The number at the end of a build id (`<instance>-<count>`).
    static func count(_ id: String) -> Int {
        Int(id.split(separator: "-").last ?? "") ?? -1
    }
}
