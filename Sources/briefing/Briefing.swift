import ArgumentParser

@main
struct Briefing: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Build briefing websites on security alliances from Markdown articles and YAML data.",
        subcommands: [BuildCommand.self, CheckCommand.self, InitCommand.self, NewCommand.self],
        defaultSubcommand: nil
    )
}
