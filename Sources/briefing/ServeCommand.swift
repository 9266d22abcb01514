import ArgumentParser
import BriefingCore
import BriefingServer
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on 127.0.0.1 and rebuild it when Content/ or Templates/ change.",
        discussion: """
            Open pages reload by themselves after each rebuild. An edit of an article's body that keeps its front \
            matter, links and citations is shown at once, before the rebuild. When a rebuild fails, the page shows the \
            problems (file, line, message) over the last version that built; fixing the file clears them. Ctrl-C stops.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: UInt16 = ServeConfiguration.defaultPort

    @Option(help: "Address to listen on. The default is reachable only from this machine; 0.0.0.0 opens it to the network.")
    var host: String = ServeConfiguration.defaultHost

    @Option(help: "Where to write the site while serving (default: a temporary folder, removed on exit).")
    var output: String?

    @Flag(help: "Replace a non-empty --output folder that briefing did not create.")
    var force = false

    func run() async throws {
        let interrupted = Task { await InterruptSignal.wait() }
        var build = BuildOptions(root: site.root, output: output, includeDrafts: site.drafts, strict: site.strict,
                                 jobs: site.jobs, force: force)
        build.today = Today.date
        let site = self.site
        let server = DevServer(configuration: ServeConfiguration(build: build, host: host, port: port)) { event in
            Self.report(event, site: site)
        }
        let boundPort: UInt16
        do {
            boundPort = try await server.start()
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
        if site.verbose, let folder = await server.outputFolder { print("Output: \(folder)") }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        print("Serving at http://\(shownHost):\(boundPort)/ (press Ctrl-C to stop)")
        fflush(nil)
        _ = await interrupted.value
        print("\nStopping")
        await server.stop()
    }

    private static func report(_ event: DevServer.Event, site: SiteOptions) {
        switch event {
        case .built(let outcome, let changed, let seconds):
            let what = changed.isEmpty ? "" : (changed.count == 1 ? changed[0] : "\(changed.count) files") + " changed: "
            switch outcome {
            case .built(let result):
                Reporter.printDiagnostics(result.diagnostics, format: site.diagnostics)
                if !site.quiet {
                    print("\(what)\(changed.isEmpty ? "built" : "rebuilt") \(result.pageCount) pages in \(String(format: "%.2f", seconds)) s"
                        .capitalizingFirstLetter)
                }
            case .failed(let diagnostics):
                Reporter.printDiagnostics(diagnostics, format: site.diagnostics)
                Reporter.printSummary(diagnostics, strict: site.strict, format: site.diagnostics)
                FileHandle.standardError.write(Data("\(what)the build failed; open pages show the problems, over the last version that built\n".capitalizingFirstLetter.utf8))
            case .misconfigured(let error):
                FileHandle.standardError.write(Data("\(what)error: \(error.description)\n".utf8))
            }
        case .refreshed(let pages, let changed, let seconds):
            if !site.quiet {
                let what = changed.count == 1 ? changed[0] : "\(changed.count) files"
                let shown = pages.count == 1 ? pages[0] : "\(pages.count) pages"
                print("\(what) changed: showing \(shown) after \(String(format: "%.3f", seconds)) s; rebuilding the rest")
            }
        }
        fflush(nil)
    }
}

private extension String {
    var capitalizingFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
