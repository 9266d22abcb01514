import BriefingCore
import Dispatch
import Foundation

/// The site while it is served. On each change the watcher reports, an edit of article bodies only is shown at once:
/// `ArticleRefresh` renders the article pages from what the latest successful build kept, they are served from
/// `overlay`, and open tabs hear `reload`. Then, for every change, a full build runs, one at a time, with the
/// changes gathered meanwhile. When a build ends, the pages it wrote leave the overlay; tabs hear `reload` (or
/// `build-error`) only if the build failed, wrote other bytes for those pages, or covered a change no refresh showed —
/// so a body edit gives exactly one reload.
actor LiveSite {
    private let builder: SiteBuilder
    /// The output folder, to compare the refreshed pages with what the build wrote.
    private let output: String
    private let status: BuildStatus
    private let hub: ReloadHub
    private let overlay: PageOverlay
    private let onEvent: @Sendable (DevServer.Event) -> Void

    /// What the latest successful build kept, with the refreshes applied since; nil after a failed build and while
    /// a change no refresh took waits for a build to see it.
    private var refresh: ArticleRefresh?
    /// Changes seen so far: each batch the watcher reports counts one.
    private var changeCount = 0
    /// The latest change that no refresh showed.
    private var lastUnrefreshed = 0
    /// Files changed since the running build started, and whether any of those changes was not refreshed.
    private var pendingFiles: [String] = []
    private var pendingNeedsReload = false
    private var isBuildPending = false
    private var building: Task<Void, Never>?
    private var isClosed = false

    /// `first` is the outcome of the build made before serving.
    init(first: BuildOutcome, builder: SiteBuilder, output: String, status: BuildStatus, hub: ReloadHub, overlay: PageOverlay,
         onEvent: @escaping @Sendable (DevServer.Event) -> Void) {
        self.builder = builder
        self.output = output
        self.status = status
        self.hub = hub
        self.overlay = overlay
        self.onEvent = onEvent
        if case .built(let result) = first { refresh = result.refresh }
    }

    /// Handles one batch of changed paths (relative to the site root), then returns; the build it starts runs on.
    func changed(_ files: [String]) async {
        guard !isClosed else { return }
        changeCount += 1
        let started = DispatchTime.now()
        var shown: [RenderedFile] = []
        if let refresh, case .refreshed(let next, let pages) = refresh.apply(changedFiles: files) {
            self.refresh = next
            // Bytes saved unchanged: nothing to show and nothing to build.
            guard !pages.isEmpty else { return }
            overlay.store(pages, change: changeCount)
            shown = pages
        } else {
            refresh = nil
            lastUnrefreshed = changeCount
            pendingNeedsReload = true
        }
        pendingFiles += files
        isBuildPending = true
        if !shown.isEmpty {
            await status.recordRefresh()
            await hub.broadcast(ServerSentEvent(name: ServerSentEvent.reload, data: await status.buildID))
            onEvent(.refreshed(pages: shown.map(\.path), changedFiles: files, seconds: DevServer.seconds(since: started)))
        }
        startBuild()
    }

    /// Starts no more builds and waits for the running one.
    func close() async {
        isClosed = true
        let running = building
        await running?.value
    }

    private func startBuild() {
        guard building == nil, isBuildPending, !isClosed else { return }
        let files = pendingFiles
        let needsReload = pendingNeedsReload
        let startedAt = changeCount
        pendingFiles = []
        pendingNeedsReload = false
        isBuildPending = false
        let builder = builder
        building = Task {
            let started = DispatchTime.now()
            let outcome = await builder.build()
            await self.finished(outcome, files: files, needsReload: needsReload, startedAt: startedAt, seconds: DevServer.seconds(since: started))
        }
    }

    private func finished(_ outcome: BuildOutcome, files: [String], needsReload: Bool, startedAt: Int, seconds: Double) async {
        building = nil
        let written = overlay.remove(upTo: startedAt)
        var servesNewContent = needsReload || !outcome.succeeded
        if case .built(let result) = outcome {
            if !servesNewContent {
                servesNewContent = written.contains { path, bytes in
                    FileManager.default.contents(atPath: output + "/" + path).map { [UInt8]($0) } != bytes
                }
            }
            // A change no refresh took after this build started is seen by the next build only.
            refresh = lastUnrefreshed <= startedAt ? result.refresh : nil
        } else {
            refresh = nil
        }
        await status.record(outcome, servesNewContent: servesNewContent)
        if servesNewContent {
            let name = outcome.succeeded ? ServerSentEvent.reload : ServerSentEvent.buildError
            await hub.broadcast(ServerSentEvent(name: name, data: await status.buildID))
        }
        onEvent(.built(outcome, changedFiles: files, seconds: seconds))
        startBuild()
    }
}
