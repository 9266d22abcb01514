import Yams

extension DiagnosticLevel {
    /// Reads the `diagnostics:` mapping of site.yml, `code: off|warning|error`. An unknown code, a level other than
    /// those three, or an attempt to lower an error (whose build could not go on) is reported at its position
    /// (`unknown-diagnostic-code`) and ignored.
    static func read(_ node: Node, reader: inout YAMLReader) -> [DiagnosticCode: DiagnosticLevel] {
        guard let mapping = reader.mapping(node, what: "'diagnostics'") else { return [:] }
        var levels: [DiagnosticCode: DiagnosticLevel] = [:]
        let known = DiagnosticCode.registry.filter { !$0.isConfiguration }.map(\.code.rawValue)
        for entry in mapping.entries {
            let code = DiagnosticCode(entry.key)
            guard let registered = code.entry, !registered.isConfiguration else {
                let hint = Suggestion.hint(for: entry.key, in: known)
                reader.error("unknown-diagnostic-code", at: entry.keyNode,
                             "'\(entry.key)' under 'diagnostics' is not a diagnostic code\(hint.isEmpty ? "; the codes are listed in docs/diagnostics.md" : hint)")
                continue
            }
            guard case .scalar(let scalar) = entry.value, let level = DiagnosticLevel(rawValue: scalar.string.lowercased()) else {
                reader.error("unknown-diagnostic-code", at: entry.value,
                             "the level of '\(entry.key)' must be off, warning or error, found \(reader.describe(entry.value))")
                continue
            }
            if registered.severity == .error, level != .error {
                reader.error("unknown-diagnostic-code", at: entry.value,
                             "'\(entry.key)' is an error, which cannot be turned \(level == .off ? "off" : "into a warning"): the site cannot be built past it; only warnings can be set")
                continue
            }
            levels[code] = level
        }
        return levels
    }
}
