import BriefingCore

/// What the server knows about the latest build: an id that changes with every build, and the diagnostics
/// to overlay while the latest build failed.
actor BuildStatus {
    /// Changes with every build; a tab that reconnects with another id reloads.
    private(set) var buildID: String
    /// Diagnostics of the latest build when it failed; nil when it succeeded.
    private(set) var failure: [Diagnostic]?
    private let instance: String
    private var count = 0

    init(instance: String) {
        self.instance = instance
        buildID = "\(instance)-0"
    }

    func record(_ outcome: BuildOutcome) {
        count += 1
        buildID = "\(instance)-\(count)"
        failure = outcome.succeeded ? nil : outcome.diagnostics
    }
}
