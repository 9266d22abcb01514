import ArgumentParser
import BriefingCore
import Foundation

/// Prints diagnostics and summaries, and turns results into exit codes (SPEC §5).
enum Reporter {
    static func printDiagnostics(_ diagnostics: Diagnostics, format: DiagnosticFormat) {
        let sorted = diagnostics.sorted
        if format.isDocument || !sorted.isEmpty {
            FileHandle.standardError.write(Data(format.render(sorted).utf8))
        }
    }

    /// The closing count line; not in JSON mode, where standard error holds only the JSON array.
    static func printSummary(_ diagnostics: Diagnostics, strict: Bool, format: DiagnosticFormat) {
        guard !format.isDocument else { return }
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        guard errors + warnings > 0 else { return }
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")\(strict && errors == 0 ? " (--strict)" : "")") }
        FileHandle.standardError.write(Data((parts.joined(separator: ", ") + "\n").utf8))
    }

    /// Exit status 2 with the message, for a run that could not start.
    /// A file-system failure (permission, disk full) is told apart from a setting to fix.
    static func configurationFailure(_ error: ConfigurationError) -> ExitCode {
        switch error.kind {
        case .configuration:
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
        case .fileSystem:
            FileHandle.standardError.write(Data("error: file system: \(error.description)\n".utf8))
        }
        return ExitCode(2)
    }
}
