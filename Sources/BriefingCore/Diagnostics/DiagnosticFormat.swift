import Foundation

/// How diagnostics are printed: for people, for JSON tooling, as GitHub Actions annotations, or as a SARIF 2.1.0
/// log for code scanning.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case json
    case github
    case sarif

    /// Whether standard error holds only the rendered document (no summary lines around it).
    public var isDocument: Bool { self == .json || self == .sarif }

    /// Renders the whole list; one line per diagnostic for `text` and `github`.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text:
            return diagnostics.map(Self.textLine).joined()
        case .github:
            return diagnostics.map(Self.githubLine).joined()
        case .json:
            return Self.json(diagnostics)
        case .sarif:
            return SARIFLog.render(diagnostics)
        }
    }

    static func textLine(_ d: Diagnostic) -> String {
        "\(d.file):\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.message)\n"
    }

    static func githubLine(_ d: Diagnostic) -> String {
        let command = d.severity == .error ? "error" : "warning"
        let file = escapeGitHubProperty(d.file)
        return "::\(command) file=\(file),line=\(d.location.line),col=\(d.location.column)::\(escapeGitHubData(d.message))\n"
    }

    static func escapeGitHubData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeGitHubProperty(_ s: String) -> String {
        escapeGitHubData(s)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }

    private struct Record: Encodable {
        let severity: String
        let file: String
        let line: Int
        let column: Int
        let message: String
        let code: String
    }

    static func json(_ diagnostics: [Diagnostic]) -> String {
        let records = diagnostics.map {
            Record(severity: $0.severity.rawValue, file: $0.file, line: $0.location.line,
                   column: $0.location.column, message: $0.message, code: $0.code)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(records), as: UTF8.self) + "\n"
        } catch {
            // Never an empty array that would read as "no problems": the failure itself is reported.
            let message = ScriptString.literal("\(diagnostics.count) problems could not be written as JSON: \(error)")
            return "[{\"code\":\"json-output-failed\",\"column\":1,\"file\":\"\",\"line\":1,\"message\":\(message),\"severity\":\"error\"}]\n"
        }
    }
}
