import Foundation
import Testing

/// `briefing init` and `briefing new`, run as a user would.
@Suite struct ScaffoldCommandTests {
    @Test func initCreatesASiteThatBuildsWithTheBuiltInTheme() throws {
        let scratch = try TemporaryFolder()
        let site = scratch.url.appendingPathComponent("x")
        let created = try BriefingBinary.run(["init", site.path])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Content/countries.yml"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Templates").path))

        let build = try BriefingBinary.run(["build", "--root", site.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasPrefix("Built "))
        let output = site.appendingPathComponent("Output")
        for page in ["index.html", "articles/welcome/index.html", "alliances/turkey-azerbaijan-shusha/index.html",
                     "countries/tr/index.html", "countries/az/index.html", "impacts/national-security/index.html",
                     "roles/mutual-defence/index.html", "static/style.css"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(page).path), "\(page)")
        }
        let errors = build.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.isEmpty)
    }

    @Test func initRefusesAFolderThatIsNotEmpty() throws {
        let scratch = try TemporaryFolder()
        try Data("notes".utf8).write(to: scratch.url.appendingPathComponent("notes.txt"))
        let run = try BriefingBinary.run(["init", scratch.url.path])
        #expect(run.status == 2)
        #expect(run.stderr == "error: refusing to create a site in '\(scratch.url.path)': the folder is not empty; choose a new or empty folder\n")
        #expect(FileTree(scratch.url).files == ["notes.txt": Data("notes".utf8)])
    }

    @Test func newArticleWritesFrontMatterUnderATransliteratedSlugAndNeverOverwrites() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(BuildCommandTests.minimalSite, as: "site")
        let first = try BriefingBinary.run(["new", "article", "Türkiye & Côte d'Ivoire: a new axis?", "--date", "2025-03-01", "--root", site.path])
        #expect(first.status == 0, "\(first.stderr)")
        let path = site.appendingPathComponent("Content/articles/turkiye-cote-d-ivoire-a-new-axis.md").path
        #expect(first.stdout == path + "\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Türkiye & Côte d'Ivoire: a new axis?\"\ndate: 2025-03-01\n"))

        try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
        let again = try BriefingBinary.run(["new", "article", "Türkiye & Côte d'Ivoire: a new axis?", "--root", site.path])
        #expect(again.status == 2)
        #expect(again.stderr == "error: refusing to overwrite '\(path)': the file already exists\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")

        let badDate = try BriefingBinary.run(["new", "article", "Another", "--date", "2025-02-30", "--root", site.path])
        #expect(badDate.status == 2)
    }

    @Test func aNewArticleBuildsAtOnce() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(BuildCommandTests.minimalSite, as: "site")
        let created = try BriefingBinary.run(["new", "article", "Gulf security", "--date", "2025-03-01", "--root", site.path])
        #expect(created.status == 0, "\(created.stderr)")
        let build = try BriefingBinary.run(["build", "--root", site.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/articles/gulf-security/index.html").path))
    }

    @Test func newAllianceWritesEveryFieldAndBuildsOnceMembersAndDateAreGiven() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(BuildCommandTests.minimalSite, as: "site")
        let run = try BriefingBinary.run(["new", "alliance", "pk-tr-pact", "--members", "PK,TR", "--established", "2010", "--root", site.path])
        #expect(run.status == 0, "\(run.stderr)")
        let path = site.appendingPathComponent("Content/alliances/pk-tr-pact.yml").path
        #expect(run.stdout == path + "\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("name: \"Pk Tr Pact\"\n"))
        #expect(text.contains("\nmembers: [\"PK\", \"TR\"]\n"))
        #expect(text.contains("\nestablished: 2010\n"))
        let build = try BriefingBinary.run(["build", "--root", site.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/alliances/pk-tr-pact/index.html").path))

        let again = try BriefingBinary.run(["new", "alliance", "pk-tr-pact", "--root", site.path])
        #expect(again.status == 2)
        let invalid = try BriefingBinary.run(["new", "alliance", "Gulf Pact", "--root", site.path])
        #expect(invalid.status == 2)
        #expect(invalid.stderr == "error: 'Gulf Pact' is not a valid alliance id; ids use lower-case letters, digits and '-' (e.g. 'gulf-pact')\n")
    }

    @Test func aNewAllianceWithoutMembersSaysWhatToFillIn() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(BuildCommandTests.minimalSite, as: "site")
        let run = try BriefingBinary.run(["new", "alliance", "gulf-pact", "--root", site.path])
        #expect(run.status == 0)
        #expect(run.stderr == "Fill in 'members' (at least two country codes) and 'established' before building.\n")
        let check = try BriefingBinary.run(["check", "--root", site.path])
        #expect(check.status == 1)
        let errors = check.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map { $0.components(separatedBy: ": error: ")[0] }
        #expect(errors == ["Content/alliances/gulf-pact.yml:4:10", "Content/alliances/gulf-pact.yml:5:1"])
    }

    @Test func newNeedsASite() throws {
        let scratch = try TemporaryFolder()
        let run = try BriefingBinary.run(["new", "article", "Title", "--root", scratch.url.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: no Content/ folder in "))
    }
}
