/// The diagnostics collected over a whole run, in the order they were found.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        all = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    public mutating func append(contentsOf diagnostics: [Diagnostic]) {
        all.append(contentsOf: diagnostics)
    }

    public var errorCount: Int { all.lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { all.lazy.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Whether an error is a configuration problem (`invalid-base-url`, …): the run then exits with status 2.
    public var hasConfigurationErrors: Bool {
        all.contains { $0.severity == .error && DiagnosticCode($0.code).entry?.isConfiguration == true }
    }

    /// Whether the run fails: any error, or any warning when warnings are treated as errors.
    public func isFailure(strict: Bool) -> Bool {
        strict ? !all.isEmpty : hasErrors
    }

    /// Sorted by file, line, column; exact duplicates removed.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return all.sorted().filter { seen.insert($0).inserted }
    }
}
