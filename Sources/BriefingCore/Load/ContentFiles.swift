import Foundation

/// Reading files under a site root safely: no escaping the root through symlinks, UTF-8 checked.
struct ContentFiles {
    let root: URL
    /// `root.path`, kept: building a `URL` per file cost 3 % of a body-only build's CPU at 10,000 articles.
    private let rootPath: String
    /// Folders (relative) already known to resolve inside the root: a plain file in one of them needs no
    /// symlink resolution, which would otherwise cost several system calls per file.
    private var trustedFolders: Set<String> = []

    init(root: String) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL
        rootPath = self.root.path
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

    /// The absolute path of `relativePath` (`/`-separated, inside the root).
    func path(_ relativePath: String) -> String {
        rootPath.hasSuffix("/") ? rootPath + relativePath : rootPath + "/" + relativePath
    }

    func isDirectory(_ relativePath: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path(relativePath), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relativePath))
    }

    /// The entries of a folder, sorted by name; nil when nothing is there; a diagnostic (`io-error`, with the system's
    /// message) when something is there but cannot be listed: a folder without read permission, a file in its place.
    func listFolder(_ relativeFolder: String) -> Result<[String], Diagnostic>? {
        let folder = path(relativeFolder)
        var info = stat()
        guard stat(folder, &info) == 0 else {
            let error = SystemFile.Failure(code: errno)
            if error.code == ENOENT {
                var linkInfo = stat()
                if lstat(folder, &linkInfo) == 0 {
                    return .failure(.error("io-error", file: relativeFolder, "the folder cannot be read: it is a symbolic link to something that does not exist"))
                }
                return nil
            }
            return .failure(.error("io-error", file: relativeFolder, "the folder cannot be read: \(error.message)"))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return .failure(.error("io-error", file: relativeFolder, "this is a file, where briefing expects a folder; move the file away and create the folder"))
        }
        guard let directory = opendir(folder) else {
            return .failure(.error("io-error", file: relativeFolder, "the folder cannot be read: \(SystemFile.Failure(code: errno).message)"))
        }
        closedir(directory)
        // The folder opens, so its system message is known above; Foundation reads the names (copying
        // `dirent.d_name` out of its fixed-size buffer by hand reads the buffer's undefined tail).
        do {
            return .success(try FileManager.default.contentsOfDirectory(atPath: folder).sorted())
        } catch {
            return .failure(.error("io-error", file: relativeFolder, "the folder cannot be read: \(error.localizedDescription)"))
        }
    }

    /// Every file below a folder, relative to that folder, sorted; hidden entries skipped. This is the project's one
    /// folder walker (assets, theme files): symbolic links to folders are followed when they resolve inside the
    /// site root (each real folder is entered once per descent, so a link loop ends); a link, to a file or a
    /// folder, that resolves outside the root is listed itself, not followed, so the caller's `staysInsideRoot`
    /// check reports it (`outside-site`). Broken links are listed too, and fail when read or copied.
    func walk(_ relativeFolder: String) -> [String] {
        var files: [String] = []
        let rootReal = root.resolvingSymlinksInPath().path
        var visiting: Set<String> = []
        func descend(_ relative: String, prefix: String) {
            let real = url(relative).resolvingSymlinksInPath().path
            guard visiting.insert(real).inserted else { return }
            defer { visiting.remove(real) }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path(relative)) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = relative + "/" + name
                let listed = prefix + name
                var info = stat()
                guard lstat(path(child), &info) == 0 else { continue }
                let isLink = info.st_mode & S_IFMT == S_IFLNK
                if isLink {
                    let target = url(child).resolvingSymlinksInPath().path
                    let inside = target == rootReal || target.hasPrefix(rootReal.hasSuffix("/") ? rootReal : rootReal + "/")
                    if !inside {
                        files.append(listed)
                        continue
                    }
                    var targetInfo = stat()
                    if stat(path(child), &targetInfo) == 0, targetInfo.st_mode & S_IFMT == S_IFDIR {
                        descend(child, prefix: listed + "/")
                    } else {
                        files.append(listed)
                    }
                } else if info.st_mode & S_IFMT == S_IFDIR {
                    descend(child, prefix: listed + "/")
                } else {
                    files.append(listed)
                }
            }
        }
        descend(relativeFolder, prefix: "")
        return files.sorted()
    }

    /// Why the file at `relativePath` (symbolic links followed) is not one briefing can copy — "it is a named pipe
    /// (FIFO), not a regular file", or the system's message for a dangling link — or nil for a regular file or folder.
    func specialFileProblem(_ relativePath: String) -> String? {
        var info = stat()
        guard stat(path(relativePath), &info) == 0 else {
            let message = SystemFile.Failure(code: errno).message
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path(relativePath)) {
                return "\(message) (it is a symbolic link to '\(target)', which does not exist)"
            }
            return message
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "it is a named pipe (FIFO), not a regular file"
        case S_IFSOCK: return "it is a socket, not a regular file"
        default: return "it is a device, not a regular file"
        }
    }

    /// Whether the path, after resolving symlinks, still lies inside the site root.
    func staysInsideRoot(_ relativePath: String) -> Bool {
        let folder = relativePath.lastIndex(of: "/").map { String(relativePath[..<$0]) } ?? ""
        if trustedFolders.contains(folder) {
            var info = stat()
            if lstat(path(relativePath), &info) == 0, info.st_mode & S_IFMT != S_IFLNK { return true }
        }
        let resolved = url(relativePath).resolvingSymlinksInPath().path
        let rootPath = root.resolvingSymlinksInPath().path
        return resolved == rootPath || resolved.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/")
    }

    /// The file's bytes, or a diagnostic explaining why they cannot be used. `known`, when given, says whether
    /// these bytes were accepted before (the build cache knows their hash), so UTF-8 need not be checked again.
    func read(_ relativePath: String, known: (([UInt8]) -> Bool)? = nil) -> Result<SourceText, Diagnostic> {
        guard staysInsideRoot(relativePath) else {
            return .failure(.error("outside-site", file: relativePath, "this is a symbolic link to a place outside the site folder; briefing does not follow it: copy the file or folder into the site instead"))
        }
        let bytes: [UInt8]
        switch SystemFile.read(path(relativePath)) {
        case .success(let read): bytes = read
        case .failure(let error) where error.code == ENOENT:
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path(relativePath)) {
                return .failure(.error("io-error", file: relativePath, "the file cannot be read: \(error.message) (it is a symbolic link to '\(target)', which does not exist)"))
            }
            return .failure(.error("unreadable-file", file: relativePath, "the file disappeared while the site was read (\(error.message)); build again"))
        case .failure(let error):
            return .failure(.error("io-error", file: relativePath, "the file cannot be read: \(error.message)"))
        }
        if known?(bytes) != true, let offset = UTF8Validation.firstInvalidByte(in: bytes) {
            let text = SourceText(path: relativePath, bytes: bytes)
            return .failure(.error("invalid-utf8", file: relativePath, at: text.location(ofByte: offset),
                                   "the file is not valid UTF-8 text (byte \(offset + 1)); save it with UTF-8 encoding"))
        }
        return .success(SourceText(path: relativePath, bytes: bytes))
    }
}
