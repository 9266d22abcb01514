import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import BriefingCharts
@testable import BriefingCore

/// The charts of the example site (the repository's `Content/`) against whole golden files under
/// `Tests/Fixtures/golden-charts/`. `BRIEFING_RECORD_GOLDEN=1 swift test --filter ChartGoldenTests` rewrites
/// them and fails, so a recording is never mistaken for a pass.
@Suite struct ChartGoldenTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = packageRoot.appendingPathComponent("Tests/Fixtures/golden-charts")

    static func exampleSite() throws -> Site {
        var diagnostics = Diagnostics()
        let site = try SiteLoader.load(root: packageRoot.path, options: LoadOptions(jobs: 2), diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors)
        return site
    }

    /// Name of the golden file → the chart, as each page would render it.
    static func charts(_ site: Site) -> [(String, RenderedChart)] {
        // Fixed rather than `ChartPresent.date(in:)`, so a new article does not change every golden file.
        let present = BriefingDate(year: 2026, month: 3, day: 30)
        let alliancePage = SitePaths.root(from: SitePaths.alliance("x"))
        let countryPage = SitePaths.root(from: SitePaths.country("x"))
        var charts: [(String, RenderedChart)] = []
        for id in ["baghdad-pact-cento", "gcc", "nato", "sco"] {
            let alliance = site.alliances.first { $0.id == id }!
            charts.append(("alliance-\(id)", ChartRenderer.timeline(SiteCharts.membershipTimeline(of: alliance, in: site, root: alliancePage, present: present))))
        }
        for code in ["PK", "TR", "IQ"] {
            charts.append(("country-\(code.lowercased())", ChartRenderer.timeline(SiteCharts.countryTimeline(of: code, in: site, root: countryPage, present: present))))
        }
        charts.append(("timeline", ChartRenderer.timeline(SiteCharts.landscape(of: site, root: "../", present: present))))
        charts.append(("matrix-pk-tr", ChartRenderer.matrix(SiteCharts.membershipMatrix(in: site, allianceIndices: nil, countries: ["PK", "TR"], root: "../../", id: "chart-matrix"))))
        return charts
    }

    @Test func chartsOfTheExampleSiteMatchTheirGoldenFiles() throws {
        let site = try Self.exampleSite()
        let record = ProcessInfo.processInfo.environment["BRIEFING_RECORD_GOLDEN"] != nil
        var files: [(String, String)] = []
        for (name, chart) in Self.charts(site) {
            files.append((name + ".svg", chart.svg + "\n"))
            files.append((name + ".table.html", chart.table + "\n"))
        }
        if record {
            try? FileManager.default.removeItem(at: Self.golden)
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            for (name, text) in files { try Data(text.utf8).write(to: Self.golden.appendingPathComponent(name)) }
            Issue.record("recorded \(files.count) golden chart files; run again without BRIEFING_RECORD_GOLDEN")
            return
        }
        let stored = try FileManager.default.contentsOfDirectory(atPath: Self.golden.path).sorted()
        #expect(stored == files.map(\.0).sorted())
        for (name, text) in files {
            let expected = try String(contentsOf: Self.golden.appendingPathComponent(name), encoding: .utf8)
            if expected != text {
                let old = expected.components(separatedBy: "\n"), new = text.components(separatedBy: "\n")
                let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
                Issue.record("\(name) differs from its golden file at line \(line + 1):\n- \(old.indices.contains(line) ? old[line] : "")\n+ \(new.indices.contains(line) ? new[line] : "")")
            }
        }
    }

    @Test func everyChartParsesAsXMLWithItsTitleAndDescription() throws {
        let site = try Self.exampleSite()
        for (name, chart) in Self.charts(site) {
            let document = try XMLDocument(xmlString: chart.svg, options: [])
            let svg = try #require(document.rootElement(), "\(name)")
            #expect(svg.elements(forName: "title").count == 1 && svg.elements(forName: "desc").count == 1, "\(name)")
            _ = try XMLDocument(xmlString: chart.table, options: [])
        }
    }

    @Test func theSameSiteGivesTheSameBytes() throws {
        let first = Self.charts(try Self.exampleSite()).map(\.1)
        let second = Self.charts(try Self.exampleSite()).map(\.1)
        #expect(first == second)
    }
}
