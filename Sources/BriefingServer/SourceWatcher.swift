import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Looks at the files of `Content/` and `Templates/` and tells what changed since the previous look.
/// A poll of sizes, modification times and inodes: portable; `SourceChanges` uses it where inotify is unavailable.
struct SourceWatcher: Sendable {
    let root: String
    static let folders = ["Content", "Templates"]

    /// What one file looked like.
    struct Stamp: Equatable, Sendable {
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
        var inode: UInt64
    }

    typealias Snapshot = [String: Stamp]

    init(root: String) {
        self.root = root
    }

    /// Every watched file by path relative to the site root. Hidden files and editor backups (`~`) are skipped.
    func snapshot() -> Snapshot {
        var result: Snapshot = [:]
        for folder in Self.folders {
            scan(folder, into: &result, depth: 0)
        }
        return result
    }

    /// Whether a file or folder name is left out of watching: hidden files (editors' swap files) and backups (`~`).
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~")
    }

    /// Paths added, removed or modified between two snapshots, sorted.
    static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        var changed = Set<String>()
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed.sorted()
    }

    private func scan(_ relative: String, into result: inout Snapshot, depth: Int) {
        guard depth < 32, let entries = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + relative) else { return }
        for name in entries where !Self.isIgnored(name) {
            let path = relative + "/" + name
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                scan(path, into: &result, depth: depth + 1)
            } else {
                #if canImport(Darwin)
                let modified = info.st_mtimespec
                #else
                let modified = info.st_mtim
                #endif
                result[path] = Stamp(size: Int64(info.st_size), modifiedSeconds: Int(modified.tv_sec),
                                     modifiedNanoseconds: Int(modified.tv_nsec), inode: UInt64(info.st_ino))
            }
        }
    }
}
