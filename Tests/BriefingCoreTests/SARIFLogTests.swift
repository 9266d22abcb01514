import Foundation
import Testing
@testable import BriefingCore

/// The SARIF 2.1.0 log's shape where GitHub code scanning is strict: rule indexes, relative percent-encoded URIs,
/// code-point columns, results without a file.
@Suite struct SARIFLogTests {
    struct Log: Decodable {
        struct Run: Decodable {
            struct Tool: Decodable {
                struct Driver: Decodable {
                    struct Rule: Decodable { let id: String }
                    let name: String
                    let rules: [Rule]
                }
                let driver: Driver
            }
            struct Result: Decodable {
                struct Location: Decodable {
                    struct Physical: Decodable {
                        struct Artifact: Decodable { let uri: String; let uriBaseId: String }
                        struct Region: Decodable { let startLine: Int; let startColumn: Int }
                        let artifactLocation: Artifact
                        let region: Region
                    }
                    let physicalLocation: Physical
                }
                struct Message: Decodable { let text: String }
                let ruleId: String
                let ruleIndex: Int
                let level: String
                let message: Message
                let locations: [Location]
            }
            let tool: Tool
            let columnKind: String
            let results: [Result]
        }
        let version: String
        let runs: [Run]
    }

    @Test func resultsPointAtTheirRulesAndFiles() throws {
        let diagnostics: [Diagnostic] = [
            .warning("missing-summary", file: "Content/articles/My Notes #1.md", at: SourceLocation(line: 2, column: 1), "no summary"),
            .error("unknown-reference", file: "Content/articles/türkiye.md", at: SourceLocation(line: 7, column: 12), "unknown alliance 'x'"),
            .error("configuration", file: "", "no Content/ folder"),
        ]
        let text = DiagnosticFormat.sarif.render(diagnostics)
        let log = try JSONDecoder().decode(Log.self, from: Data(text.utf8))
        #expect(text.hasPrefix("{\n  \"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\""))
        #expect(log.version == "2.1.0")
        let run = try #require(log.runs.first)
        #expect(run.tool.driver.name == "briefing")
        #expect(run.columnKind == "unicodeCodePoints")
        #expect(run.tool.driver.rules.map(\.id) == ["configuration", "missing-summary", "unknown-reference"])
        for result in run.results { #expect(run.tool.driver.rules[result.ruleIndex].id == result.ruleId) }
        #expect(run.results.map(\.level) == ["warning", "error", "error"])
        #expect(run.results[0].locations.first?.physicalLocation.artifactLocation.uri == "Content/articles/My%20Notes%20%231.md")
        #expect(run.results[1].locations.first?.physicalLocation.artifactLocation.uri == "Content/articles/t%C3%BCrkiye.md")
        #expect(run.results[1].locations.first?.physicalLocation.artifactLocation.uriBaseId == "%SRCROOT%")
        #expect(run.results[1].locations.first?.physicalLocation.region.startColumn == 12)
        #expect(run.results[2].locations.isEmpty)
        #expect(run.results[2].message.text == "no Content/ folder")
    }

    @Test func anEmptyRunIsStillALog() throws {
        let log = try JSONDecoder().decode(Log.self, from: Data(DiagnosticFormat.sarif.render([]).utf8))
        #expect(log.runs.first?.results.isEmpty == true)
    }
}
