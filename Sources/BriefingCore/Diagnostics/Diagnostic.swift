/// How serious a diagnostic is. Errors fail the build; warnings fail it only under `--strict`.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// A position in a source file: 1-based line and column (column counted in Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One problem found in a site, with where it is and a stable code for tooling.
public struct Diagnostic: Error, Sendable, Hashable, Comparable {
    public var severity: Severity
    /// Path relative to the site root, with `/` separators.
    public var file: String
    public var location: SourceLocation
    public var message: String
    /// A stable kebab-case identifier such as `unknown-reference`, registered in `DiagnosticCode.registry`.
    public var code: String

    public init(_ severity: Severity, _ code: String, file: String, at location: SourceLocation = .start, _ message: String) {
        self.severity = severity
        self.code = code
        self.file = file
        self.location = location
        self.message = message
    }

    public static func error(_ code: DiagnosticCode, file: String, at location: SourceLocation = .start, _ message: String) -> Diagnostic {
        Diagnostic(.error, code.rawValue, file: file, at: location, message)
    }

    public static func warning(_ code: DiagnosticCode, file: String, at location: SourceLocation = .start, _ message: String) -> Diagnostic {
        Diagnostic(.warning, code.rawValue, file: file, at: location, message)
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        return lhs.message < rhs.message
    }
}
