import Foundation

/// Counts work done on several threads and reports (done, total) after each step.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    let total: Int
    private let report: @Sendable (Int, Int) -> Void

    init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.report = report
    }

    func increment() {
        lock.lock()
        done += 1
        let now = done
        lock.unlock()
        report(now, total)
    }
}
