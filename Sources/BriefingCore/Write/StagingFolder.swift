import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The folder a build writes into before it replaces the output (`.<output>.staging-<pid>` beside it), open while
/// the pages render so each page goes to disk as soon as it is rendered instead of being held until the end.
///
/// Thread-safe: `write(_:)` and `link(_:to:)` may be called from every render worker at once. Parent folders are
/// created on first use. The first failure is kept (`failure`) and later writes are skipped; `OutputWriter`
/// throws it before swapping. Nothing here touches the output folder itself.
public final class StagingFolder: Sendable {
    /// Absolute path of the staging folder.
    public let path: String
    private let folders = Mutex<Set<String>>([""])
    private let written = Mutex<Set<String>>([])
    private let firstFailure = Mutex<ConfigurationError?>(nil)

    /// Creates an empty staging folder beside `output` (an old one of this process is removed first).
    /// - Throws: `ConfigurationError.fileSystem` when the folder cannot be created.
    public init(beside output: String) throws(ConfigurationError) {
        let output = OutputFolderGuard.canonical(output)
        let parent = (output as NSString).deletingLastPathComponent
        path = parent + "/.\((output as NSString).lastPathComponent).staging-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        Self.removeLeftovers(of: (output as NSString).lastPathComponent, in: parent)
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .fileSystem("cannot create", path: path, reason: SystemErrorMessage.of(error))
        }
    }

    /// Removes what builds of `name` that were killed left beside it (`.<name>.staging-<pid>`, its `.previous`
    /// backups, `.<name>.old-<pid>`), when no process with that id runs any more.
    static func removeLeftovers(of name: String, in parent: String) {
        let prefixes = [".\(name).staging-", ".\(name).old-"]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] {
            guard let prefix = prefixes.first(where: { entry.hasPrefix($0) }) else { continue }
            let digits = entry.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
            guard let pid = Int32(digits), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }

    /// The first write that failed, if any.
    public var failure: ConfigurationError? { firstFailure.withLock { $0 } }

    /// Every path written here so far, relative to the folder.
    public var writtenPaths: Set<String> { written.withLock { $0 } }

    /// Whether `relative` (a path inside the output) was already written here.
    public func contains(_ relative: String) -> Bool { written.withLock { $0.contains(relative) } }

    /// Writes `bytes` to `relative`; false when it failed (the failure is kept).
    @discardableResult
    public func write(_ bytes: [UInt8], to relative: String) -> Bool {
        guard failure == nil else { return false }
        if let problem = makeParent(of: relative) ?? Self.writeFile(path + "/" + relative, bytes) {
            record(problem)
            return false
        }
        written.withLock { _ = $0.insert(relative) }
        return true
    }

    /// Writes the bytes `produce` hands to its sink, in order, to `relative`, through a 1 MiB buffer, so a large
    /// file (`briefing.html`) is never held whole; false when it failed (the failure is kept).
    @discardableResult
    public func stream(to relative: String, _ produce: (_ sink: (UnsafeRawBufferPointer) -> Void) -> Void) -> Bool {
        guard failure == nil else { return false }
        if let problem = makeParent(of: relative) {
            record(problem)
            return false
        }
        let file = path + "/" + relative
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            record(.fileSystem("cannot write", path: file, reason: String(cString: strerror(errno))))
            return false
        }
        let capacity = 1 << 20
        var problem: ConfigurationError?
        var buffer: [UInt8] = []
        buffer.reserveCapacity(capacity)
        func flush() {
            if problem == nil { problem = Self.writeAll(buffer, to: descriptor, path: file) }
            buffer.removeAll(keepingCapacity: true)
        }
        produce { bytes in
            buffer.append(contentsOf: bytes)
            if buffer.count >= capacity { flush() }
        }
        flush()
        if close(descriptor) != 0, problem == nil {
            problem = .fileSystem("cannot write", path: file, reason: String(cString: strerror(errno)))
        }
        if let problem {
            record(problem)
            return false
        }
        written.withLock { _ = $0.insert(relative) }
        return true
    }

    /// Hard-links the previous build's `old` file to `relative` (copies it where linking fails); false on failure.
    @discardableResult
    public func link(_ old: String, to relative: String) -> Bool {
        guard failure == nil else { return false }
        if let problem = makeParent(of: relative) {
            record(problem)
            return false
        }
        if Glibc.link(old, path + "/" + relative) != 0 {
            guard let data = FileManager.default.contents(atPath: old) else {
                record(.fileSystem("cannot read the previous build's", path: old, reason: String(cString: strerror(errno))))
                return false
            }
            if let problem = Self.writeFile(path + "/" + relative, [UInt8](data)) {
                record(problem)
                return false
            }
        }
        written.withLock { _ = $0.insert(relative) }
        return true
    }

    /// Removes the staging folder and everything in it.
    public func discard() {
        try? FileManager.default.removeItem(atPath: path)
    }

    private func record(_ problem: ConfigurationError) {
        firstFailure.withLock { if $0 == nil { $0 = problem } }
    }

    private func makeParent(of relative: String) -> ConfigurationError? {
        let folder = (relative as NSString).deletingLastPathComponent
        if folders.withLock({ $0.contains(folder) }) { return nil }
        var missing: [String] = []
        var current = folder
        while !current.isEmpty, !folders.withLock({ $0.contains(current) }) {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for folder in missing.reversed() {
            if mkdir(path + "/" + folder, 0o755) != 0 && errno != EEXIST {
                return .fileSystem("cannot create the folder", path: path + "/" + folder, reason: String(cString: strerror(errno)))
            }
            folders.withLock { _ = $0.insert(folder) }
        }
        return nil
    }

    /// Writes bytes to a new file; returns the failure (with the system's message) if any, a failing `close`
    /// included (where a full disk may show only then).
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> ConfigurationError? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .fileSystem("cannot write", path: path, reason: String(cString: strerror(errno))) }
        var closed = false
        defer { if !closed { close(descriptor) } }
        if let problem = writeAll(bytes, to: descriptor, path: path) { return problem }
        closed = true
        if close(descriptor) != 0 { return .fileSystem("cannot write", path: path, reason: String(cString: strerror(errno))) }
        return nil
    }

    /// Writes all of `bytes` to `descriptor`, retrying short writes and `EINTR`.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) -> ConfigurationError? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return .fileSystem("cannot write", path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
        return nil
    }
}
