import Foundation

/// Runs blocking socket work on a thread of its own, so that it never holds one of the few threads that the
/// server under test needs to answer (neither a Swift concurrency thread nor one of Dispatch's shared ones).
func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            continuation.resume(with: Result { try work() })
        }
        thread.start()
    }
}
