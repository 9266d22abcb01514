import Synchronization

/// Text that Foundation's formatters wrote once, kept for the rest of the process.
///
/// Building a `DateFormatter` or `NumberFormatter` makes ICU load and copy its locale data (about 1 ms each in
/// swift-corelibs-foundation), while a site has only a few thousand distinct dates and small numbers. Keys name
/// everything the text depends on (locale identifier, calendar, precision, value), so a hit is the text the
/// formatter would write.
final class FormattedTextCache: Sendable {
    static let shared = FormattedTextCache()

    private let texts = Mutex<[String: String]>([:])

    /// The text for `key`, made by `make` on the first request.
    func text(_ key: String, _ make: () -> String) -> String {
        if let known = texts.withLock({ $0[key] }) { return known }
        let made = make()
        texts.withLock { $0[key] = made }
        return made
    }
}
