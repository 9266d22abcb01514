import ArgumentParser
import BriefingCore
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate the site without writing anything.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        var options = BuildOptions(root: site.root, output: nil, includeDrafts: site.drafts, strict: site.strict, jobs: site.jobs)
        options.today = Today.date
        let result: BuildResult
        do {
            result = try BuildPipeline.run(options)
        } catch {
            throw Reporter.configurationFailure(error)
        }
        Reporter.printDiagnostics(result.diagnostics, format: site.diagnostics)
        Reporter.printSummary(result.diagnostics, strict: site.strict, format: site.diagnostics)
        if result.failed(strict: site.strict) { throw ExitCode(result.diagnostics.hasConfigurationErrors ? 2 : 1) }
        if site.diagnostics == .text && !site.quiet {
            // The summary line on standard error already counts the warnings: do not contradict it.
            print(result.diagnostics.all.isEmpty ? "No problems found" : "No errors found")
        }
    }
}
