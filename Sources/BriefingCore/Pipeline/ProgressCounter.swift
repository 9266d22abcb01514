import Synchronization

/// Counts work done on several threads and reports (done, total) after each step.
final class ProgressCounter: Sendable {
    private let done = Mutex(0)
    let total: Int
    private let report: @Sendable (Int, Int) -> Void

    init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.report = report
    }

    func increment() {
        let now = done.withLock { done in
            done += 1
            return done
        }
        report(now, total)
    }
}
