import Foundation

/// Diagnostics as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), the form GitHub code
/// scanning uploads: one run of the tool `briefing`, a rule per diagnostic code, a result per diagnostic with its
/// file relative to the site root (`uriBaseId` `%SRCROOT%`) and 1-based line and column in Unicode code points.
enum SARIFLog {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let baseID = "%SRCROOT%"

    static func render(_ diagnostics: [Diagnostic]) -> String {
        let codes = Array(Set(diagnostics.map(\.code))).sorted()
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let rules = codes.map { code in
            let entry = DiagnosticCode(code).entry
            return Rule(id: code, name: code, shortDescription: Text(text: entry?.meaning ?? code),
                        defaultConfiguration: Configuration(level: level(entry?.severity ?? .error)))
        }
        let results = diagnostics.map { d in
            Result(ruleId: d.code, ruleIndex: index[d.code] ?? 0, level: level(d.severity), message: Text(text: d.message),
                   locations: d.file.isEmpty ? [] : [Location(physicalLocation: PhysicalLocation(
                       artifactLocation: ArtifactLocation(uri: uri(d.file), uriBaseId: baseID),
                       region: Region(startLine: max(1, d.location.line), startColumn: max(1, d.location.column))))])
        }
        let log = Log(schema: schema, version: "2.1.0", runs: [
            Run(tool: Tool(driver: Driver(name: "briefing", version: BriefingVersion.current, rules: rules)),
                columnKind: "unicodeCodePoints", results: results),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func level(_ severity: Severity) -> String { severity == .error ? "error" : "warning" }

    /// A relative URI reference: the path's bytes outside RFC 3986's unreserved set and `/` percent-encoded.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~/".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    struct Log: Encodable {
        let schema: String
        let version: String
        let runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }
    struct Run: Encodable {
        let tool: Tool
        let columnKind: String
        let results: [Result]
    }
    struct Tool: Encodable { let driver: Driver }
    struct Driver: Encodable {
        let name: String
        let version: String
        let rules: [Rule]
    }
    struct Rule: Encodable {
        let id: String
        let name: String
        let shortDescription: Text
        let defaultConfiguration: Configuration
    }
    struct Configuration: Encodable { let level: String }
    struct Text: Encodable { let text: String }
    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Text
        let locations: [Location]
    }
    struct Location: Encodable { let physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }
    struct ArtifactLocation: Encodable {
        let uri: String
        let uriBaseId: String
    }
    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int
    }
}
