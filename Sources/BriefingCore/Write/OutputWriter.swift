import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write stage: writes a whole site into a staging folder beside the output, then swaps it into place,
/// so a failed or interrupted build never leaves a half-written output folder.
public struct OutputWriter {
    public var output: String
    public var jobs: Int

    public init(output: String, jobs: Int) {
        self.output = OutputFolderGuard.canonical(output)
        self.jobs = jobs
    }

    /// A file to copy verbatim: absolute source, destination relative to the output root.
    public struct Copy: Sendable {
        public var source: String
        public var destination: String
    }

    public func write(_ files: [RenderedFile], copies: [Copy]) throws(ConfigurationError) {
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        let staging = parent + "/.\(name).staging-\(getpid())"
        let old = parent + "/.\(name).old-\(getpid())"
        let fileManager = FileManager.default
        try? fileManager.removeItem(atPath: staging)
        do {
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw .fileSystem("cannot create", path: staging, reason: SystemErrorMessage.of(error))
        }
        do {
            try writeAll(files, copies: copies, into: staging)
        } catch {
            try? fileManager.removeItem(atPath: staging)
            throw error
        }
        let hadOutput = fileManager.fileExists(atPath: output)
        if hadOutput, rename(output, old) != 0 {
            try? fileManager.removeItem(atPath: staging)
            throw .fileSystem("cannot replace", path: output, reason: String(cString: strerror(errno)))
        }
        if rename(staging, output) != 0 {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(old, output) }
            try? fileManager.removeItem(atPath: staging)
            throw .fileSystem("cannot move the new site into", path: output, reason: reason)
        }
        if hadOutput { try? fileManager.removeItem(atPath: old) }
    }

    private func writeAll(_ files: [RenderedFile], copies: [Copy], into staging: String) throws(ConfigurationError) {
        var folders: Set<String> = [""]
        for path in files.map(\.path) + copies.map(\.destination) + [OutputFolderGuard.markerName] {
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        for folder in folders.sorted() where !folder.isEmpty {
            if mkdir(staging + "/" + folder, 0o755) != 0 && errno != EEXIST {
                throw .fileSystem("cannot create the folder", path: staging + "/" + folder, reason: String(cString: strerror(errno)))
            }
        }
        let marker = RenderedFile(path: OutputFolderGuard.markerName, bytes: Array("This folder is written by briefing; it is replaced on every build.\n".utf8))
        let failures: [ConfigurationError?] = (files + [marker]).parallelMap(jobs: jobs) { file in
            if let previous = file.reusedFrom, link(previous, staging + "/" + file.path) == 0 { return nil }
            if let previous = file.reusedFrom {
                do {
                    return Self.writeFile(staging + "/" + file.path, [UInt8](try Data(contentsOf: URL(fileURLWithPath: previous))))
                } catch {
                    return .fileSystem("cannot read the previous build's", path: previous, reason: SystemErrorMessage.of(error))
                }
            }
            return Self.writeFile(staging + "/" + file.path, file.bytes)
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        for copy in copies {
            do {
                try FileManager.default.copyItem(atPath: copy.source, toPath: staging + "/" + copy.destination)
            } catch {
                throw .fileSystem("cannot copy into the output", path: copy.source, reason: SystemErrorMessage.of(error))
            }
        }
    }

    /// Writes bytes to a new file; returns the failure (with the system's message) if any, a failing `close`
    /// included (where a full disk may show only then).
    private static func writeFile(_ path: String, _ bytes: [UInt8]) -> ConfigurationError? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .fileSystem("cannot write", path: path, reason: String(cString: strerror(errno))) }
        var closed = false
        defer { if !closed { close(descriptor) } }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return .fileSystem("cannot write", path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
        closed = true
        if close(descriptor) != 0 { return .fileSystem("cannot write", path: path, reason: String(cString: strerror(errno))) }
        return nil
    }
}
