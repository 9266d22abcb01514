import Foundation
import Testing
@testable import BriefingCore

/// Every diagnostic code is registered and documented (SPEC §8): the table in docs/diagnostics.md and
/// `DiagnosticCode.registry` list the same codes with the same severities, and every code the sources report is in both.
@Suite struct DiagnosticCodeTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `| `code` | severity | meaning |` rows of docs/diagnostics.md.
    static func documentedCodes() throws -> [String: String] {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        var codes: [String: String] = [:]
        let row = try Regex(#"^\| `([a-z0-9-]+)` \| (error|warning)( \(exit 2\))? \| .+ \|$"#)
        for line in text.split(separator: "\n") {
            guard let match = String(line).wholeMatch(of: row), let code = match[1].substring, let severity = match[2].substring else { continue }
            #expect(codes[String(code)] == nil, "docs/diagnostics.md lists '\(code)' twice")
            codes[String(code)] = String(severity)
        }
        return codes
    }

    /// Code literals in `.error("…"`, `.warning("…"`, `reader.error("…"` and `Diagnostic(.x, "…"` calls under Sources/.
    static func codesUsedInSources() throws -> Set<String> {
        let pattern = try Regex(#"(?:error|warning)\("([a-z0-9]+(?:-[a-z0-9]+)*)""#)
        var codes: Set<String> = []
        let sources = packageRoot.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift", url.lastPathComponent != "DiagnosticCode.swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let code = match[1].substring { codes.insert(String(code)) }
            }
        }
        return codes
    }

    @Test func docsListEveryRegisteredCodeAndNoOther() throws {
        let documented = try Self.documentedCodes()
        let registered = Dictionary(uniqueKeysWithValues: DiagnosticCode.registry.map { ($0.code.rawValue, $0.severity.rawValue) })
        #expect(documented.count >= 40)
        for code in registered.keys.sorted() where documented[code] == nil {
            Issue.record("docs/diagnostics.md does not list the code '\(code)'")
        }
        for code in documented.keys.sorted() where registered[code] == nil {
            Issue.record("docs/diagnostics.md lists '\(code)', which DiagnosticCode.registry does not have")
        }
        for (code, severity) in registered where documented[code] != nil {
            #expect(documented[code] == severity, "'\(code)': docs say \(documented[code] ?? ""), the registry says \(severity)")
        }
    }

    @Test func everyCodeReportedBySourcesIsRegistered() throws {
        let used = try Self.codesUsedInSources()
        #expect(used.contains("unknown-reference") && used.contains("yaml-comment-in-value"))
        for code in used.sorted() where !DiagnosticCode(code).isRegistered {
            Issue.record("the sources report '\(code)', which is not in DiagnosticCode.registry (and docs/diagnostics.md)")
        }
    }

    @Test func registryIsSortedUniqueAndKebabCase() throws {
        let codes = DiagnosticCode.registry.map(\.code.rawValue)
        #expect(codes == codes.sorted())
        #expect(Set(codes).count == codes.count)
        let kebab = try Regex(#"[a-z0-9]+(-[a-z0-9]+)*"#)
        for code in codes { #expect(code.wholeMatch(of: kebab) != nil, "'\(code)' is not kebab-case") }
    }

    @Test func aStringLiteralIsACode() {
        let diagnostic = Diagnostic.warning("missing-summary", file: "a.md", "m")
        #expect(diagnostic.code == "missing-summary")
        #expect(DiagnosticCode("missing-summary").entry?.severity == .warning)
        #expect(DiagnosticCode("invalid-base-url").entry?.isConfiguration == true)
        #expect(!DiagnosticCode("no-such-code").isRegistered)
    }
}
