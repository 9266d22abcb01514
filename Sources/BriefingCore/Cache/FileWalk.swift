#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A recursive walk of a folder with `readdir` and `stat`, cheaper than `FileManager`'s enumerator for the
/// tens of thousands of files of a large site. Symbolic links are followed (as the loader reads through them);
/// folders deeper than 32 levels (a link loop) are not entered.
enum FileWalk {
    /// Calls `visit` with each regular file's path relative to `folder` and its `stat`, in no particular order.
    static func files(under folder: String, _ visit: (String, stat) -> Void) {
        entries(under: folder) { path, info, kind in
            if kind == .file { visit(path, info) }
        }
    }

    /// What an entry under the folder is: a file (or a link to one), a folder, or a link that cannot be followed
    /// (dangling, or a loop), which `stat` refuses and whose own `lstat` is given instead.
    enum EntryKind: Equatable { case file, folder, unfollowableLink }

    /// Every entry under `folder`, folders included (visited before their contents), with paths relative to it.
    static func entries(under folder: String, _ visit: (String, stat, EntryKind) -> Void) {
        walk(folder, relative: "", depth: 0, visit)
    }

    private static func walk(_ absolute: String, relative: String, depth: Int, _ visit: (String, stat, EntryKind) -> Void) {
        guard depth < 32, let directory = opendir(absolute) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            // `fstatat` from the open folder: the kernel does not walk the whole path again for each entry.
            var info = stat()
            guard fstatat(dirfd(directory), name, &info, 0) == 0 else {
                if fstatat(dirfd(directory), name, &info, AT_SYMLINK_NOFOLLOW) == 0 { visit(child, info, .unfollowableLink) }
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                visit(child, info, .folder)
                walk(absolute + "/" + name, relative: child, depth: depth + 1, visit)
            } else {
                visit(child, info, .file)
            }
        }
    }
}
