/// A severity set for one code under `diagnostics:` in site.yml (SPEC §8).
public enum DiagnosticLevel: String, Sendable, CaseIterable {
    /// The diagnostic is not reported at all.
    case off
    case warning
    case error
}

extension Diagnostics {
    /// Applies site.yml's `diagnostics:` levels to every diagnostic collected so far: `off` drops it, `warning` and
    /// `error` set its severity. Idempotent, so it can run before each decision on the run's outcome.
    public mutating func apply(_ levels: [DiagnosticCode: DiagnosticLevel]) {
        guard !levels.isEmpty else { return }
        self = Diagnostics(Self.leveled(all, levels))
        self.levels = levels
    }

    static func leveled(_ diagnostics: [Diagnostic], _ levels: [DiagnosticCode: DiagnosticLevel]) -> [Diagnostic] {
        var kept: [Diagnostic] = []
        kept.reserveCapacity(diagnostics.count)
        for var diagnostic in diagnostics {
            switch levels[DiagnosticCode(diagnostic.code)] {
            case .off: continue
            case .warning: diagnostic.severity = .warning
            case .error: diagnostic.severity = .error
            case nil: break
            }
            kept.append(diagnostic)
        }
        return kept
    }
}
