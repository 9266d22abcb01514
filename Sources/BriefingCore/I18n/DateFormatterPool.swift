import Foundation
import Synchronization

/// `DateFormatter`s kept for the process, one per locale, calendar and pattern, used under a lock.
///
/// Making a formatter costs ICU about a millisecond (it loads and copies the locale's symbols), formatting with a
/// made one a few microseconds; a 10,000-article site has thousands of distinct dates.
final class DateFormatterPool: Sendable {
    static let shared = DateFormatterPool()

    private let formatters = Mutex<[String: DateFormatter]>([:])

    /// `instant` written by the formatter kept under `key`, made by `make` on first use.
    func string(from instant: Date, key: String, make: () -> DateFormatter) -> String {
        formatters.withLock { formatters in
            if let formatter = formatters[key] { return formatter.string(from: instant) }
            let formatter = make()
            formatters[key] = formatter
            return formatter.string(from: instant)
        }
    }
}
