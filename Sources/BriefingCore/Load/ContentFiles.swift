import Foundation

/// Reading files under a site root safely: no escaping the root through symlinks, UTF-8 checked.
struct ContentFiles {
    let root: URL
    /// Folders (relative) already known to resolve inside the root: a plain file in one of them needs no
    /// symlink resolution, which would otherwise cost several system calls per file.
    private var trustedFolders: Set<String> = []

    init(root: String) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL
        let trusted = ["Content", "Content/articles", "Content/alliances", "Content/data", "Templates"].filter { staysInsideRoot($0) }
        trustedFolders = Set(trusted)
    }

    /// Path relative to the site root, with `/` separators.
    func relative(_ url: URL) -> String {
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
    }

    func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    func isDirectory(_ relativePath: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(relativePath).path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: url(relativePath).path)
    }

    /// The entries of a folder, sorted by name; nil when it does not exist.
    func list(_ relativeFolder: String) -> [String]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url(relativeFolder).path) else { return nil }
        return names.sorted()
    }

    /// Every regular file below a folder, relative to that folder, sorted; hidden files skipped.
    func walk(_ relativeFolder: String) -> [String] {
        let base = url(relativeFolder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var files: [String] = []
        for case let path as String in enumerator {
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// Whether the path, after resolving symlinks, still lies inside the site root.
    func staysInsideRoot(_ relativePath: String) -> Bool {
        let folder = (relativePath as NSString).deletingLastPathComponent
        if trustedFolders.contains(folder) {
            var info = stat()
            if lstat(url(relativePath).path, &info) == 0, info.st_mode & S_IFMT != S_IFLNK { return true }
        }
        let resolved = url(relativePath).resolvingSymlinksInPath().path
        let rootPath = root.resolvingSymlinksInPath().path
        return resolved == rootPath || resolved.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/")
    }

    /// The file's bytes, or a diagnostic explaining why they cannot be used. `known`, when given, says whether
    /// these bytes were accepted before (the build cache knows their hash), so UTF-8 need not be checked again.
    func read(_ relativePath: String, known: (([UInt8]) -> Bool)? = nil) -> Result<SourceText, Diagnostic> {
        guard staysInsideRoot(relativePath) else {
            return .failure(.error("outside-site", file: relativePath, "this file is a symbolic link to a place outside the site folder; copy the file into the site instead"))
        }
        guard let data = FileManager.default.contents(atPath: url(relativePath).path) else {
            return .failure(.error("unreadable-file", file: relativePath, "the file cannot be read (check that it exists and its permissions)"))
        }
        let bytes = [UInt8](data)
        if known?(bytes) != true, let offset = UTF8Validation.firstInvalidByte(in: bytes) {
            let text = SourceText(path: relativePath, bytes: bytes)
            return .failure(.error("invalid-utf8", file: relativePath, at: text.location(ofByte: offset),
                                   "the file is not valid UTF-8 text (byte \(offset + 1)); save it with UTF-8 encoding"))
        }
        return .success(SourceText(path: relativePath, bytes: bytes))
    }
}
