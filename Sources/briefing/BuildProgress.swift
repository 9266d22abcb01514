import Dispatch
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The "Rendering pages 120/480" line on a terminal: shown only once a build has run for a second, updated at
/// most ten times a second, and erased when the build is done. Never shown when standard error is not a
/// terminal (CI, pipes) or under `--quiet`.
final class BuildProgress: Sendable {
    private let enabled: Bool
    private let start = DispatchTime.now().uptimeNanoseconds
    /// When the line was last drawn, and whether it is on screen.
    private let state = Mutex<(lastDrawn: UInt64, drawn: Bool)>((0, false))

    static let delay: UInt64 = 1_000_000_000
    static let interval: UInt64 = 100_000_000

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Whether standard error is an interactive terminal (and not a CI log that happens to be one).
    static var isInteractive: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb" && environment["CI"] == nil
    }

    /// For `BuildOptions.progress`; nil when disabled, so the pipeline does not count at all.
    var callback: (@Sendable (Int, Int) -> Void)? {
        guard enabled else { return nil }
        return { [self] rendered, total in self.update(rendered: rendered, total: total) }
    }

    func update(rendered: Int, total: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        state.withLock { state in
            guard now - start >= Self.delay, now - state.lastDrawn >= Self.interval || rendered == total else { return }
            state = (now, true)
            FileHandle.standardError.write(Data("\r\u{1B}[KRendering pages \(rendered)/\(total)".utf8))
        }
    }

    /// Erases the line, if one was drawn.
    func finish() {
        state.withLock { state in
            if state.drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            state.drawn = false
        }
    }
}
