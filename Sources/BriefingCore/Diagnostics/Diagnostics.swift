/// The diagnostics collected over a whole run, in the order they were found.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []
    /// The `diagnostics:` levels of site.yml once `apply` has run: what is found later in the run (broken anchors,
    /// found on rendered pages) gets the same levels.
    var levels: [DiagnosticCode: DiagnosticLevel] = [:]

    public init(_ diagnostics: [Diagnostic] = []) {
        all = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        if levels.isEmpty { all.append(diagnostic) } else { all.append(contentsOf: Self.leveled([diagnostic], levels)) }
    }

    public mutating func append(contentsOf other: Diagnostics) {
        append(contentsOf: other.all)
    }

    public mutating func append(contentsOf diagnostics: [Diagnostic]) {
        if levels.isEmpty { all.append(contentsOf: diagnostics) } else { all.append(contentsOf: Self.leveled(diagnostics, levels)) }
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
