import BriefingCore
import Synchronization

/// Pages rendered in memory after an edit (`ArticleRefresh`), served in place of the output folder's files until a
/// full build has written the output again. Each page remembers the change that rendered it, so that a build
/// removes only the pages of changes it saw. Thread-safe.
final class PageOverlay: Sendable {
    private struct Entry: Sendable {
        var bytes: [UInt8]
        var change: Int
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// Serves `pages` (paths relative to the output folder) from now on; `change` counts the changes seen.
    func store(_ pages: [RenderedFile], change: Int) {
        entries.withLock { entries in
            for page in pages { entries[page.path] = Entry(bytes: page.bytes, change: change) }
        }
    }

    /// The bytes to serve for `path` (relative to the output folder), when it is overlaid.
    func bytes(at path: String) -> [UInt8]? {
        entries.withLock { $0[path]?.bytes }
    }

    /// Removes the pages stored for changes up to `change` (those a build that started after it has written),
    /// and returns them by path.
    func remove(upTo change: Int) -> [String: [UInt8]] {
        entries.withLock { entries in
            var removed: [String: [UInt8]] = [:]
            for (path, entry) in entries where entry.change <= change {
                removed[path] = entry.bytes
                entries[path] = nil
            }
            return removed
        }
    }
}
