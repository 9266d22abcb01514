import ArgumentParser
import BriefingCore
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site that builds at once: settings, every ISO 3166-1 country, an example alliance and article.")

    @Argument(help: "The folder to create the site in; it must not exist or be empty.")
    var folder: String

    @Option(help: "The briefing's title.")
    var title: String = "My briefing"

    func run() throws {
        let created: [String]
        do {
            created = try SiteScaffold.create(at: folder, title: title, today: Today.date)
        } catch {
            throw Reporter.configurationFailure(error)
        }
        print("Created a new briefing site in \(folder):")
        for path in created where !path.hasSuffix(".gitkeep") { print("  \(path)") }
        let root = folder.contains(" ") ? "\"\(folder)\"" : folder
        print("Next: briefing serve --root \(root)")
    }
}
