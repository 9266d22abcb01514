import BriefingCore

/// What the server knows about the latest build: an id that changes whenever what is served changes, and the
/// diagnostics to overlay while the latest build failed.
actor BuildStatus {
    /// Changes with every build that changed what is served, and with every page refreshed in memory; a tab that
    /// reconnects with another id reloads.
    private(set) var buildID: String
    /// Diagnostics of the latest build when it failed; nil when it succeeded.
    private(set) var failure: [Diagnostic]?
    private let instance: String
    private var count = 0

    init(instance: String) {
        self.instance = instance
        buildID = "\(instance)-0"
    }

    /// `servesNewContent`: false when a successful build wrote only what was already served (pages refreshed in
    /// memory before it); the id then stays.
    func record(_ outcome: BuildOutcome, servesNewContent: Bool = true) {
        if servesNewContent || !outcome.succeeded { advance() }
        failure = outcome.succeeded ? nil : outcome.diagnostics
    }

    /// Pages were refreshed in memory (`ArticleRefresh`) after the latest build succeeded.
    func recordRefresh() {
        advance()
    }

    private func advance() {
        count += 1
        buildID = "\(instance)-\(count)"
    }
}
