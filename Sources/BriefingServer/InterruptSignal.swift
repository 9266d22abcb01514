import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for Ctrl-C (SIGINT) or SIGTERM, so that `briefing serve` can stop cleanly and exit 0.
public enum InterruptSignal {
    /// Returns when the process receives SIGINT or SIGTERM. The signals' default action (ending the process
    /// at once) is turned off for the rest of the process's life.
    public static func wait() async -> Int32 {
        await withCheckedContinuation { continuation in
            let first = FirstResult(continuation)
            var sources: [any DispatchSourceSignal] = []
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
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
