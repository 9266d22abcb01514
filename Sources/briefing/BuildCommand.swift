import ArgumentParser
import BriefingCore
import Foundation
import Synchronization

struct BuildCommand: ParsableCommand {
    /// The linked site of the build, held until the process ends: the system takes the memory back at once,
    /// where freeing tens of thousands of articles one by one took 0.1 s at 10,000.
    private static let keptUntilExit = Mutex<LinkedSite?>(nil)

    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions

    @Option(help: "Where to write the site (default: <root>/Output).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at (overrides site.yml).")
    var baseURL: String?

    @Flag(help: "Replace a non-empty output folder that briefing did not create.")
    var force = false

    @Flag(help: "Print the time each stage took.")
    var timings = false

    @Option(name: .customLong("cache-dir"), help: "Where to keep the build cache (default: $XDG_CACHE_HOME/briefing/<hash of the output path>).")
    var cacheDir: String?

    @Flag(name: .customLong("no-cache"), help: "Build everything from nothing and keep no cache.")
    var noCache = false

    func run() throws {
        let start = Date()
        let progress = BuildProgress(enabled: !site.quiet && BuildProgress.isInteractive)
        let outputFolder = output ?? (site.root as NSString).appendingPathComponent("Output")
        var options = BuildOptions(root: site.root, output: outputFolder,
                                   includeDrafts: site.drafts, strict: site.strict, jobs: site.jobs, force: force, baseURL: baseURL,
                                   progress: progress.callback)
        options.today = Today.date
        if !noCache { options.cacheFolder = cacheDir ?? BuildCache.defaultFolder(forOutput: outputFolder) }
        if site.verbose { VerboseReport.printSetup(root: options.root, output: options.output) }
        let result: BuildResult
        do {
            result = try BuildPipeline.run(options)
            progress.finish()
        } catch {
            progress.finish()
            throw Reporter.configurationFailure(error)
        }
        Reporter.printDiagnostics(result.diagnostics, format: site.diagnostics)
        if result.failed(strict: site.strict) {
            Reporter.printSummary(result.diagnostics, strict: site.strict, format: site.diagnostics)
            if !site.diagnostics.isDocument {
                FileHandle.standardError.write(Data("build failed; the output folder was left unchanged\n".utf8))
            }
            throw ExitCode(result.diagnostics.hasConfigurationErrors ? 2 : 1)
        }
        let seconds = Date().timeIntervalSince(start)
        if !site.quiet { print("Built \(result.pageCount) pages in \(String(format: "%.2f", seconds)) s") }
        if timings || site.verbose {
            print(result.timings.report)
            print("\(result.renderedCount) pages rendered, \(result.reusedCount) unchanged since the last build (cache: \(result.cacheStatus.summary))")
            if let edits = result.bodyOnlyEdits {
                print(edits == 0 ? "no page shows what changed (a draft, or only modification times): no page was built"
                                 : "only the bodies of \(edits) articles changed: no other page was built")
            }
        }
        Self.keptUntilExit.withLock { $0 = result.linked }
    }
}
