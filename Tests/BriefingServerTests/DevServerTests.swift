import BriefingCore
import Foundation
import Testing
@testable import BriefingServer

/// The real server on a free port of 127.0.0.1, spoken to over HTTP.
@Suite struct DevServerTests {
    @Test func servesPagesFoldersAndAssetsWithTheirContentTypes() async throws {
        let site = try ServedSite()
        try await site.serving { site in
            let home = try await site.get("/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.text.contains("<title>Minimal Briefing"))

            let list = try await site.get("/articles/")
            #expect(list.status == 200)
            #expect(list.body.count > 0)
            let listOnDisk = try String(contentsOf: site.output.appendingPathComponent("articles/index.html"), encoding: .utf8)
            #expect(list.text == ReloadScript.inject(ReloadScript.html, into: listOnDisk))

            let withoutSlash = try await site.get("/articles")
            #expect(withoutSlash.status == 301)
            #expect(withoutSlash.headers["location"] == "/articles/")

            let css = try await site.get("/static/style.css")
            #expect(css.status == 200)
            #expect(css.headers["content-type"] == "text/css; charset=utf-8")
            #expect(css.body == Array(try Data(contentsOf: site.output.appendingPathComponent("static/style.css"))))

            let image = try await site.get("/assets/map.png")
            #expect(image.status == 200)
            #expect(image.headers["content-type"] == "image/png")
            #expect(image.body == Array(try Data(contentsOf: site.root.appendingPathComponent("Content/assets/map.png"))))

            let head = try await site.get("/index.html", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.headers["content-length"] == String(home.body.count))

            let post = try await site.get("/index.html", method: "POST")
            #expect(post.status == 405)
        }
    }

    @Test func unknownPathsGetTheSitesNotFoundPageWithStatus404() async throws {
        let site = try ServedSite()
        try await site.serving { site in
            for target in ["/no-such-page", "/articles/no-such-article/", "/articles/first-look/index.html/", "/.briefing-output"] {
                let response = try await site.get(target)
                #expect(response.status == 404, "\(target)")
                #expect(response.headers["content-type"] == "text/html; charset=utf-8")
                #expect(response.text.contains(ReloadScript.eventsPath), "\(target)")
            }
            // The site's own 404.html, with its links anchored at the site root; without one, a plain page.
            let custom = "<!DOCTYPE html><html><head><title>Lost</title></head><body><a href=\"index.html\">Home</a></body></html>"
            try Data(custom.utf8).write(to: site.output.appendingPathComponent("404.html"))
            let page = try await site.get("/articles/missing/")
            #expect(page.status == 404)
            #expect(page.text == "<!DOCTYPE html><html><head>\n<base href=\"/\"><title>Lost</title></head><body><a href=\"index.html\">Home</a>"
                + ReloadScript.html + "</body></html>")
            try FileManager.default.removeItem(at: site.output.appendingPathComponent("404.html"))
            let plain = try await site.get("/articles/missing/")
            #expect(plain.status == 404)
            #expect(plain.text == ReloadScript.inject(ReloadScript.html, into: SiteRequestHandler.plainNotFound))
        }
    }

    @Test func nothingOutsideTheOutputFolderIsServed() async throws {
        let site = try ServedSite()
        try await site.serving { site in
            // A secret beside the output folder, and symbolic links to it (and to its folder) inside the output.
            let secrets = site.scratch.appendingPathComponent("secrets")
            try FileManager.default.createDirectory(at: secrets, withIntermediateDirectories: true)
            try Data("TOP SECRET".utf8).write(to: secrets.appendingPathComponent("key.txt"))
            try FileManager.default.createSymbolicLink(at: site.output.appendingPathComponent("leak.txt"),
                                                       withDestinationURL: secrets.appendingPathComponent("key.txt"))
            try FileManager.default.createSymbolicLink(at: site.output.appendingPathComponent("leakdir"), withDestinationURL: secrets)

            let depth = String(repeating: "../", count: 12)
            let attempts = [
                "/\(depth)etc/passwd",
                "/articles/../../secrets/key.txt",
                "/../secrets/key.txt",
                "/%2e%2e/secrets/key.txt",
                "/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
                "/articles/%2e%2e%2f%2e%2e%2fsecrets%2fkey.txt",
                "/..%2fsecrets%2fkey.txt",
                "/.%2e/secrets/key.txt",
                "/%252e%252e/secrets/key.txt",
                "/..\\secrets\\key.txt",
                "/leak.txt",
                "/leakdir/key.txt",
                "/leakdir/",
            ]
            for target in attempts {
                let response = try await site.get(target)
                #expect(response.status == 404, "\(target) answered \(response.status)")
                #expect(!response.text.contains("TOP SECRET"), "\(target)")
                #expect(!response.text.contains("root:x:0:0:"), "\(target)")  // the first line of /etc/passwd
            }
            // The same server still serves what is inside.
            #expect(try await site.get("/articles/first-look/index.html").status == 200)
            #expect(try await site.get("/articles/../index.html").status == 404)
        }
    }

    @Test func aChangedArticleIsRebuiltAndOpenPagesAreToldToReload() async throws {
        let site = try ServedSite()
        try await site.serving { site in
            let page = "/articles/first-look/index.html"

            let before = try await site.get(page)
            #expect(before.status == 200)
            #expect(!before.text.contains("A sentence added while serving"))
            #expect(before.text.contains(ReloadScript.eventsPath))
            let onDisk = try String(contentsOf: site.output.appendingPathComponent("articles/first-look/index.html"), encoding: .utf8)
            #expect(!onDisk.contains(ReloadScript.eventsPath), "the reload script must never be written into the built site")

            let events = try await EventStreamReader.open(port: site.port)
            #expect(events.status == 200)
            #expect(events.headers["content-type"] == "text/event-stream; charset=utf-8")
            let hello = try await events.waitFor("hello")

            let article = "Content/articles/first-look.md"
            try site.write(article, try site.read(article) + "\nA sentence added while serving.\n")
            let reload = try await events.waitFor("reload")
            #expect(reload.data != hello.data)

            let after = try await site.get(page)
            #expect(after.status == 200)
            #expect(after.text.contains("A sentence added while serving."))
            #expect(!after.text.contains(ErrorOverlay.elementID))
        }
    }

    @Test func aBrokenYAMLFileShowsTheOverlayOverTheLastGoodSiteUntilItIsFixed() async throws {
        let site = try ServedSite()
        try await site.serving { site in
            let events = try await EventStreamReader.open(port: site.port)
            _ = try await events.waitFor("hello")
            let goodHome = try await site.get("/")
            #expect(!goodHome.text.contains(ErrorOverlay.elementID))

            let settings = "Content/site.yml"
            let original = try site.read(settings)
            try site.write(settings, original.replacingOccurrences(of: "title: Minimal Briefing", with: "title: [Minimal Briefing"))
            _ = try await events.waitFor("build-error")

            let broken = try await site.get("/")
            #expect(broken.status == 200)
            #expect(broken.text.contains(ErrorOverlay.elementID))
            let problems = try Self.diagnostics(of: site)
            let problem = try #require(problems.first { $0.file == settings && $0.severity == .error })
            #expect(broken.text.contains(">\(settings):\(problem.location.line):\(problem.location.column)</code>"), "file, line and column")
            #expect(broken.text.contains(HTML(escaping: problem.message).markup), "the message")
            #expect(broken.text.contains("<title>Minimal Briefing"), "the last good page is still served under the overlay")
            let onDisk = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(broken.text == ReloadScript.inject(ErrorOverlay.html(for: problems) + ReloadScript.html, into: onDisk))

            try site.write(settings, original)
            _ = try await events.waitFor("reload")
            let fixed = try await site.get("/")
            #expect(fixed.status == 200)
            #expect(!fixed.text.contains(ErrorOverlay.elementID))
            #expect(fixed.text.contains("<title>Minimal Briefing"))
        }
    }

    @Test func stoppingEndsTheEventStreamsAndClosesThePort() async throws {
        let site = try ServedSite()
        try await site.start()
        let events = try await EventStreamReader.open(port: site.port)
        _ = try await events.waitFor("hello")

        await site.server.stop()
        #expect(try await events.next() == nil)
        await #expect(throws: TestSocket.Failure.self) { try await site.get("/") }
    }

    @Test func aPortInUseIsReportedClearly() async throws {
        let first = try ServedSite()
        try await first.start()

        let second = try ServedSite()
        let build = BuildOptions(root: second.root.path, output: nil, jobs: 2)
        let server = DevServer(configuration: ServeConfiguration(build: build, host: "127.0.0.1", port: first.port))
        await #expect(throws: ServeError.portInUse(host: "127.0.0.1", port: first.port)) { try await server.start() }
        #expect(ServeError.portInUse(host: "127.0.0.1", port: first.port).description.contains("port \(first.port) on 127.0.0.1 is already in use"))
        #expect(try await first.get("/").status == 200, "the first server keeps serving")
        await first.server.stop()
    }

    @Test func aSiteThatCannotBeBuiltAtAllIsAConfigurationError() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-serve-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let server = DevServer(configuration: ServeConfiguration(build: BuildOptions(root: scratch.path, output: nil), port: 0))
        do {
            try await server.start()
            Issue.record("a folder without Content/ was served")
        } catch {
            guard case .configuration(let message) = error else { Issue.record("unexpected \(error)"); return }
            #expect(message.hasPrefix("no Content/ folder in "))
        }
    }

    /// The diagnostics a build of the site gives now (a check run writes nothing).
    private static func diagnostics(of site: ServedSite) throws -> [Diagnostic] {
        try BuildPipeline.run(BuildOptions(root: site.root.path, output: nil, jobs: 2)).diagnostics.sorted
    }
}
