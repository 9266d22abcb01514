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
        walk(folder, relative: "", depth: 0, visit)
    }

    private static func walk(_ absolute: String, relative: String, depth: Int, _ visit: (String, stat) -> Void) {
        guard depth < 32, let directory = opendir(absolute) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = absolute + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, relative: child, depth: depth + 1, visit)
            } else {
                visit(child, info)
            }
        }
    }
}
