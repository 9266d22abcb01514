import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for Ctrl-C (SIGINT) or SIGTERM, so that `briefing serve` can stop cleanly and exit 0.
public enum InterruptSignal {
    /// Returns when the process receives SIGINT or SIGTERM. Until then the signals' default action (ending the
    /// process at once) is turned off; after the first one it is back, so a second Ctrl-C ends the process.
    public static func wait() async -> Int32 {
        await withCheckedContinuation { continuation in
            let first = FirstResult(continuation)
            var sources: [any DispatchSourceSignal] = []
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    // A second Ctrl-C while stopping ends the process at once.
                    signal(SIGINT, SIG_DFL)
                    signal(SIGTERM, SIG_DFL)
                    first.offer(number)
                }
                source.resume()
                sources.append(source)
            }
            retained = sources
        }
    }

    nonisolated(unsafe) private static var retained: [any DispatchSourceSignal] = []
}
