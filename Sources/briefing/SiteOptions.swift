import ArgumentParser
import BriefingCore
import Foundation

/// Options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(help: "The site folder, holding Content/ and optionally Templates/.")
    var root: String = "."

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(help: "Include articles marked draft: true.")
    var drafts = false

    @Option(help: "How diagnostics are printed: text, json, github (workflow annotations) or sarif (SARIF 2.1.0 for code scanning).")
    var diagnostics: DiagnosticFormat = .text

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "Print only problems: no summary line, no progress.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print the folders used, the theme files the site overrides and the time of each stage.")
    var verbose = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !(quiet && verbose) else { throw ValidationError("--quiet and --verbose cannot be used together") }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
