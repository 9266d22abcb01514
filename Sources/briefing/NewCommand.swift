import ArgumentParser
import BriefingCore
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new article or alliance file.",
        subcommands: [NewArticleCommand.self, NewAllianceCommand.self])
}

/// Options of both `new` commands.
struct NewOptions: ParsableArguments {
    @Option(help: "The site folder, holding Content/.")
    var root: String = "."

    func checkSite() throws {
        var isDirectory: ObjCBool = false
        let content = (root as NSString).appendingPathComponent("Content")
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Reporter.configurationFailure(ConfigurationError("no Content/ folder in '\(root)'; run briefing in a site folder or pass --root DIR (briefing init DIR creates a new site)"))
        }
    }

    /// Writes the file, refusing to replace one, and prints its path.
    func write(_ file: ScaffoldFile) throws {
        do {
            print(try file.write(into: root).replacingOccurrences(of: "/./", with: "/"))
        } catch {
            throw Reporter.configurationFailure(error)
        }
    }
}

struct NewArticleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article",
        abstract: "Write Content/articles/<slug>.md with front matter; the slug is made from the title.")

    @Argument(help: "The article's title, in quotes.")
    var title: String

    @Option(help: "The article's date, YYYY-MM-DD (default: today).")
    var date: String?

    @Option(help: "The file name and address, instead of one made from the title.")
    var slug: String?

    @OptionGroup var options: NewOptions

    func run() throws {
        try options.checkSite()
        var day = Today.date
        if let date {
            do {
                day = try BriefingDate.parse(date, requireDay: true)
            } catch {
                throw Reporter.configurationFailure(ConfigurationError("'\(date)' is not a date; write it as YYYY-MM-DD, e.g. --date 2025-03-01"))
            }
        }
        do {
            try options.write(try ArticleScaffold.file(title: title, date: day, slug: slug))
        } catch let error as ConfigurationError {
            throw Reporter.configurationFailure(error)
        }
    }
}

struct NewAllianceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliance",
        abstract: "Write Content/alliances/<id>.yml with every field of an alliance to fill in.")

    @Argument(help: "The alliance's id: lower-case letters, digits and '-', e.g. gcc.")
    var id: String

    @Option(help: "The alliance's full name (default: made from the id).")
    var name: String?

    @Option(help: "Member country codes, separated by commas, e.g. PK,TR.")
    var members: String?

    @Option(help: "When it was established: YYYY, YYYY-MM or YYYY-MM-DD.")
    var established: String?

    @OptionGroup var options: NewOptions

    func run() throws {
        try options.checkSite()
        let codes = members.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() } } ?? []
        var date: BriefingDate?
        if let established {
            do {
                date = try BriefingDate.parse(established)
            } catch {
                throw Reporter.configurationFailure(ConfigurationError("'\(established)' is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD"))
            }
        }
        do {
            try options.write(try AllianceScaffold.file(id: id, name: name, members: codes, established: date))
        } catch let error as ConfigurationError {
            throw Reporter.configurationFailure(error)
        }
        if codes.count < 2 || date == nil {
            FileHandle.standardError.write(Data("Fill in 'members' (at least two country codes) and 'established' before building.\n".utf8))
        }
    }
}
