import BriefingCore
import FlyingFox
import FlyingSocks
import Foundation

/// `briefing serve`: builds the site, serves the output folder over HTTP, watches `Content/` and `Templates/`,
/// rebuilds on change and tells open tabs to reload (or to show the diagnostics when the rebuild failed). An edit of
/// article bodies only is shown before the rebuild, from the site kept in memory (`LiveSite`).
public actor DevServer {
    /// Something the person running the server wants to hear about.
    public enum Event: Sendable {
        /// A build finished: the first one (no changed files) or a rebuild after the listed files changed.
        case built(BuildOutcome, changedFiles: [String], seconds: Double)
        /// An edit of article bodies was shown before the rebuild: `pages` (paths relative to the output folder)
        /// were rendered in memory, served from there, and open tabs told to reload. A `built` event follows.
        case refreshed(pages: [String], changedFiles: [String], seconds: Double)
    }

    private let configuration: ServeConfiguration
    private let onEvent: @Sendable (Event) -> Void
    private let hub = ReloadHub()
    private let status = BuildStatus(instance: String(UUID().uuidString.prefix(8)).lowercased())
    private let overlay = PageOverlay()
    private var live: LiveSite?
    private var server: HTTPServer?
    private var serverTask: Task<Void, any Error>?
    private var watchTask: Task<Void, Never>?
    private var keepAliveTask: Task<Void, Never>?
    private var temporaryFolder: String?

    /// The folder being served.
    public private(set) var outputFolder: String?
    /// The port the server listens on, once started.
    public private(set) var port: UInt16?

    public init(configuration: ServeConfiguration, onEvent: @escaping @Sendable (Event) -> Void = { _ in }) {
        self.configuration = configuration
        self.onEvent = onEvent
    }

    /// Builds the site, starts listening and watching; returns the port. Throws when the site cannot be built at
    /// all or the address cannot be listened on. A site with errors is still served, with its diagnostics overlaid.
    @discardableResult
    public func start() async throws(ServeError) -> UInt16 {
        let address = try ListenAddress.make(host: configuration.host, port: configuration.port)
        var options = configuration.build
        if options.output == nil {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-serve-\(UUID().uuidString)").path
            temporaryFolder = folder
            options.output = folder + "/site"
        }
        let output = options.output!
        if options.cacheFolder == nil {
            // Rebuilds on change are incremental: unchanged articles and pages come from the cache.
            options.cacheFolder = temporaryFolder.map { $0 + "/cache" } ?? BuildCache.defaultFolder(forOutput: output)
        }
        options.keepsArticleRefresh = true
        do {
            try OutputFolderGuard.check(output: output, root: options.root, force: options.force)
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch let error as ConfigurationError {
            removeTemporaryFolder()
            throw .configuration(error.description)
        } catch {
            removeTemporaryFolder()
            throw .configuration("cannot create the output folder '\(output)': \(error.localizedDescription)")
        }
        outputFolder = output

        // Listen first, so that a port in use is reported before a long build.
        let handler = SiteRequestHandler(resolver: OutputFileResolver(root: output), status: status, hub: hub, overlay: overlay)
        let server = HTTPServer(config: .init(address: address, timeout: 30, logger: .disabled), handler: handler)
        let serverTask = Task { try await server.run() }
        self.server = server
        self.serverTask = serverTask
        if let error = await Self.waitUntilListening(server, serverTask) {
            await stop()
            throw Self.explain(error, host: configuration.host, port: configuration.port)
        }
        port = ListenAddress.port(of: await server.listeningAddress)

        // Watching starts before the first build, so that an edit made during it is not missed.
        let changes = SourceChanges(root: options.root, pollInterval: configuration.pollInterval, preferPolling: configuration.preferPolling)
        let builder = SiteBuilder(options: options)
        let started = DispatchTime.now()
        let first = await builder.build()
        if case .misconfigured(let error) = first {
            await stop()
            throw .configuration(error.description)
        }
        await status.record(first)
        onEvent(.built(first, changedFiles: [], seconds: Self.seconds(since: started)))

        let live = LiveSite(first: first, builder: builder, output: output, status: status, hub: hub, overlay: overlay, onEvent: onEvent)
        self.live = live
        watchTask = Task.detached {
            while let changed = await changes.next() {
                await live.changed(changed)
            }
        }
        keepAliveTask = Task { [hub] in
            while (try? await Task.sleep(for: .seconds(20))) != nil {
                await hub.broadcast(ServerSentEvent.keepAlive)
            }
        }
        return port ?? configuration.port
    }

    /// Stops watching, ends the reload streams, closes the server and removes a temporary output folder.
    public func stop() async {
        watchTask?.cancel()
        await watchTask?.value
        watchTask = nil
        await live?.close()
        live = nil
        keepAliveTask?.cancel()
        keepAliveTask = nil
        await hub.close()
        if let server {
            await server.stop(timeout: 0.2)
        }
        serverTask?.cancel()
        _ = try? await serverTask?.value
        server = nil
        serverTask = nil
        removeTemporaryFolder()
    }

    /// Nil once the server listens; the error when it stopped before that.
    private static func waitUntilListening(_ server: HTTPServer, _ serverTask: Task<Void, any Error>) async -> (any Error)? {
        await withCheckedContinuation { (continuation: CheckedContinuation<(any Error)?, Never>) in
            let first = FirstResult(continuation)
            Task {
                do {
                    try await server.waitUntilListening(timeout: 30)
                    first.offer(nil)
                } catch {
                    first.offer(error)
                }
            }
            Task {
                do {
                    try await serverTask.value
                    first.offer(SocketError.disconnected)
                } catch {
                    first.offer(error)
                }
            }
        }
    }

    private static func explain(_ error: any Error, host: String, port: UInt16) -> ServeError {
        if case SocketError.failed(_, let code, let message) = error {
            if code == EADDRINUSE { return .portInUse(host: host, port: port) }
            if code == EACCES { return .cannotListen(host: host, port: port, reason: "permission denied (ports below 1024 need root); choose a port above 1024") }
            if code == EADDRNOTAVAIL { return .cannotListen(host: host, port: port, reason: "\(host) is not an address of this machine") }
            return .cannotListen(host: host, port: port, reason: message)
        }
        return .cannotListen(host: host, port: port, reason: error.localizedDescription)
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    private func removeTemporaryFolder() {
        if let temporaryFolder {
            try? FileManager.default.removeItem(atPath: temporaryFolder)
        }
        temporaryFolder = nil
    }
}
