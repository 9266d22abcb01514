import ArgumentParser

@main
struct Briefing: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Build briefing websites on security alliances from Markdown articles and YAML data.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, InitCommand.self, NewCommand.self],
        defaultSubcommand: nil
    )
}
