import Foundation
import Testing
@testable import BriefingCore

/// The large site of `scripts/make-large-site.py` (SPEC §12): 800 alliances, 200 countries, 300 articles, written
/// once as YAML alliance files and once as `Content/data/*.csv` from the same seed. Both forms load to the same
/// model and build to byte-identical sites.
@Suite(.serialized) struct LargeSiteTests {
    static let script = BriefingBinary.packageRoot.appendingPathComponent("scripts/make-large-site.py")

    /// Runs the generator into `folder/<format>` (or `folder/<name>`) and returns the site root.
    static func generate(_ format: String, in folder: TemporaryFolder, alliances: Int? = nil, name: String? = nil) throws -> URL {
        let root = folder.url.appendingPathComponent(name ?? format)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, root.path, "--format", format, "--seed", "12"]
            + (alliances.map { ["--alliances", "\($0)"] } ?? [])
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "make-large-site.py --format \(format) failed")
        return root
    }

    static func link(_ root: URL) throws -> (LinkedSite, [Diagnostic]) {
        var diagnostics = Diagnostics()
        let site = try SiteLoader.load(root: root.path, options: LoadOptions(jobs: 2), diagnostics: &diagnostics)
        let renderer = ArticleBodyRenderer(config: site.config, assets: Set(site.assets))
        let linked = ReferenceResolver.link(site, bodies: site.articles.map(renderer.render), diagnostics: &diagnostics)
        return (linked, diagnostics.sorted)
    }

    /// Every field of an alliance but the file and positions it was read at.
    static func describe(_ alliance: Alliance) -> String {
        let members = alliance.members.map { "\($0.country.value)/\($0.joined?.iso ?? "")/\($0.left?.iso ?? "")" }
        return [alliance.id, alliance.name, alliance.shortName ?? "∅", alliance.kind?.rawValue ?? "∅", alliance.established.iso,
                alliance.ended?.iso ?? "∅", alliance.status.rawValue, alliance.roles.map(\.value).joined(separator: ";"),
                alliance.impacts.map(\.value).joined(separator: ";"), alliance.summary, members.joined(separator: ";"),
                alliance.membersNote ?? "∅", alliance.headquarters ?? "∅", "\(alliance.sources.count)"].joined(separator: "|")
    }

    @Test func csvAndYAMLFormsLoadToTheSameModel() throws {
        let folder = try TemporaryFolder()
        let (yaml, yamlDiagnostics) = try Self.link(Self.generate("yaml", in: folder))
        let (csv, csvDiagnostics) = try Self.link(Self.generate("csv", in: folder))
        #expect(yamlDiagnostics.filter { $0.severity == .error }.isEmpty, "\(yamlDiagnostics.prefix(5))")
        #expect(csvDiagnostics.filter { $0.severity == .error }.isEmpty, "\(csvDiagnostics.prefix(5))")
        #expect(yamlDiagnostics.map(\.code) == csvDiagnostics.map(\.code))

        #expect(yaml.site.alliances.count == 800)
        #expect(csv.site.alliances.allSatisfy { $0.file == "Content/data/alliances.csv" })
        #expect(yaml.site.alliances.map(Self.describe) == csv.site.alliances.map(Self.describe))
        #expect(yaml.alliancesByName == csv.alliancesByName)
        #expect(yaml.alliancesByCountry == csv.alliancesByCountry)
        #expect(yaml.articlesByAlliance == csv.articlesByAlliance)
        #expect(yaml.countryPages == csv.countryPages)
    }

    @Test func generatedDataHasTheShapeTheIssueAsksFor() throws {
        let folder = try TemporaryFolder()
        let (linked, _) = try Self.link(Self.generate("csv", in: folder))
        let alliances = linked.site.alliances
        #expect(linked.site.countries.count == 200)
        #expect(linked.site.articles.count == 300)
        #expect(alliances.contains { $0.kind == .bilateral } && alliances.contains { $0.kind == .multilateral })
        #expect(alliances.map(\.established.year).min()! < 1830)
        #expect(alliances.map(\.established.year).max()! > 2015)
        let rejoined = alliances.filter { Set($0.members.map(\.country.value)).count < $0.members.count }
        #expect(rejoined.count > 10)
        #expect(alliances.contains { $0.members.count >= 60 })
        let referenceCounts = linked.referencesOfArticle.map { ($0[.alliance] ?? []).count }
        #expect(referenceCounts.contains(30))
        #expect(referenceCounts.max()! >= 300)

        let split = SiteLists.alliancesByStatus(linked)
        #expect(split.active.count == alliances.filter { $0.ended == nil }.count)
        #expect(split.historical.count == alliances.filter { $0.ended != nil }.count)
        #expect(!split.active.isEmpty && !split.historical.isEmpty)
    }

    @Test func csvAndYAMLFormsBuildByteIdenticalSites() throws {
        let folder = try TemporaryFolder()
        var trees: [FileTree] = []
        for format in ["yaml", "csv"] {
            let root = try Self.generate(format, in: folder)
            let output = folder.url.appendingPathComponent("\(format)-output")
            let run = try BriefingBinary.run(["build", "--root", root.path, "--output", output.path, "--no-cache", "--quiet"])
            #expect(run.status == 0, "\(run.stderr.prefix(2000))")
            trees.append(FileTree(output))
        }
        #expect(trees[0].files.count > 1000)
        let different = Set(trees[0].files.keys).union(trees[1].files.keys).filter { trees[0].files[$0] != trees[1].files[$0] }
        #expect(different.isEmpty, "\(different.count) files differ, e.g. \(different.sorted().prefix(5))")
    }
}
