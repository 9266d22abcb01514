import BriefingCore
import Foundation
@testable import BriefingServer

/// A copy of a fixture site in a scratch folder, served by a real `DevServer` on 127.0.0.1 and a free port.
final class ServedSite: @unchecked Sendable {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let minimalSite = packageRoot.appendingPathComponent("Tests/Fixtures/sites/valid/minimal")

    let scratch: URL
    let root: URL
    let output: URL
    let server: DevServer
    /// What the server reports (builds, pages refreshed in memory), in order.
    let serverEvents: AsyncStream<DevServer.Event>
    private(set) var port: UInt16 = 0

    /// Copies the fixture; nothing is served until `start()`.
    init(fixture: URL = ServedSite.minimalSite, pollInterval: Duration = .milliseconds(50)) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        root = scratch.appendingPathComponent("site")
        try FileManager.default.copyItem(at: fixture, to: root)
        output = scratch.appendingPathComponent("Output")
        let build = BuildOptions(root: root.path, output: output.path, jobs: 2)
        let (events, continuation) = AsyncStream<DevServer.Event>.makeStream()
        serverEvents = events
        server = DevServer(configuration: ServeConfiguration(build: build, host: "127.0.0.1", port: 0, pollInterval: pollInterval)) { event in
            continuation.yield(event)
        }
    }

    func start() async throws {
        port = try await server.start()
    }

    /// Starts the server, runs `body`, and stops the server however `body` ends.
    func serving(_ body: (ServedSite) async throws -> Void) async throws {
        try await start()
        do {
            try await body(self)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    func get(_ target: String, method: String = "GET") async throws -> TestHTTPResponse {
        try await TestHTTPClient.get(target, port: port, method: method)
    }

    /// Replaces a file of the site in one step (write to a temporary file, then rename), as editors do.
    func write(_ path: String, _ text: String) throws {
        try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(at: scratch)
    }
}
