import Foundation

/// Maps a request target to a file inside the output folder, and to nothing outside it: `..` segments, encoded
/// or not, are refused, and a file whose real path (symbolic links resolved) leaves the folder is not served.
struct OutputFileResolver: Sendable {
    /// The output folder, absolute, with symbolic links resolved.
    let root: String

    init(root: String) {
        self.root = URL(fileURLWithPath: root).resolvingSymlinksInPath().standardizedFileURL.path
    }

    enum Resolution: Equatable {
        /// A regular file to serve.
        case file(path: String)
        /// A folder asked for without its trailing slash: redirect so that relative links resolve.
        case redirect(location: String)
        case notFound
        /// A target that tries to leave the folder or is not a path at all.
        case forbidden
    }

    /// `target` is the raw, percent-encoded path of the request line (without the query).
    func resolve(target: String) -> Resolution {
        guard target.hasPrefix("/") else { return .forbidden }
        var segments: [String] = []
        for raw in target.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = raw.removingPercentEncoding else { return .forbidden }
            if segment.contains("/") || segment.contains("\\") || segment.contains("\0") { return .forbidden }
            if segment == "." { continue }
            if segment == ".." { return .forbidden }
            if segment.hasPrefix(".") { return .notFound }
            segments.append(segment)
        }
        let candidate = segments.isEmpty ? root : root + "/" + segments.joined(separator: "/")
        guard let real = realPath(candidate), isInside(real) else { return .notFound }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { return .notFound }
        guard isDirectory.boolValue else {
            return target.hasSuffix("/") ? .notFound : .file(path: real)
        }
        guard target.hasSuffix("/") else {
            return .redirect(location: target + "/")
        }
        guard let index = realPath(real + "/index.html"), isInside(index),
              FileManager.default.fileExists(atPath: index, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .notFound
        }
        return .file(path: index)
    }

    private func isInside(_ path: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    private func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
