import BriefingCore

/// The result of one build while serving.
public enum BuildOutcome: Sendable {
    /// The output folder now holds the new site.
    case built(BuildResult)
    /// The site has errors (or warnings under `--strict`); the output folder still holds the last good site.
    case failed(Diagnostics)
    /// The run could not start (e.g. `Content/` was removed); the output folder is unchanged.
    case misconfigured(ConfigurationError)

    public var succeeded: Bool {
        if case .built = self { return true }
        return false
    }

    /// Every diagnostic, sorted; a configuration problem becomes one error without a file.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .built(let result): return result.diagnostics.sorted
        case .failed(let diagnostics): return diagnostics.sorted
        case .misconfigured(let error): return [.error("configuration", file: "", error.description)]
        }
    }
}
