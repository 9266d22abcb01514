import Dispatch
import Synchronization

/// The changes to a site's `Content/` and `Templates/` as they happen: inotify on Linux (`InotifyWatcher`), and
/// polling (`SourceWatcher`) elsewhere, when inotify cannot be used (no instance or watch left), or when asked.
/// Start it before the first build, so that an edit made during that build is not missed.
final class SourceChanges: Sendable {
    private enum Method: Sendable {
        #if os(Linux)
        case inotify(InotifyWatcher)
        #endif
        case polling(SourceWatcher, interval: Duration)
    }

    private let method: Method
    private let snapshot: Mutex<SourceWatcher.Snapshot>
    /// Blocking inotify waits run here, off the threads of Swift's cooperative pool.
    private static let queue = DispatchQueue(label: "briefing.serve.watch")

    init(root: String, pollInterval: Duration, preferPolling: Bool = false) {
        #if os(Linux)
        if !preferPolling, let watcher = InotifyWatcher(root: root) {
            method = .inotify(watcher)
            snapshot = Mutex([:])
            return
        }
        #endif
        let watcher = SourceWatcher(root: root)
        method = .polling(watcher, interval: pollInterval)
        snapshot = Mutex(watcher.snapshot())
    }

    /// Whether changes come from inotify rather than polling.
    var isEventDriven: Bool {
        switch method {
        #if os(Linux)
        case .inotify: return true
        #endif
        case .polling: return false
        }
    }

    /// Waits for the next change and returns the changed paths relative to the site root (with inotify, also
    /// folders; after lost events, `["Content", "Templates"]`). Nil when the task is cancelled.
    func next() async -> [String]? {
        switch method {
        #if os(Linux)
        case .inotify(let watcher):
            while !Task.isCancelled {
                let change = await withCheckedContinuation { continuation in
                    Self.queue.async { continuation.resume(returning: watcher.wait(timeout: 0.25)) }
                }
                switch change {
                case .paths(let paths): return paths
                case .overflow: return SourceWatcher.folders
                case nil: continue
                }
            }
            return nil
        #endif
        case .polling(let watcher, let interval):
            while (try? await Task.sleep(for: interval)) != nil {
                let current = watcher.snapshot()
                let changed = snapshot.withLock { last in
                    let changed = SourceWatcher.changes(from: last, to: current)
                    if !changed.isEmpty { last = current }
                    return changed
                }
                if !changed.isEmpty { return changed }
            }
            return nil
        }
    }
}
