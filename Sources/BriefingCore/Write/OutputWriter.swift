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
            throw ConfigurationError("cannot create '\(staging)': \(error.localizedDescription)")
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
            throw ConfigurationError("cannot replace '\(output)': \(String(cString: strerror(errno)))")
        }
        if rename(staging, output) != 0 {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(old, output) }
            try? fileManager.removeItem(atPath: staging)
            throw ConfigurationError("cannot move the new site into '\(output)': \(reason)")
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
                throw ConfigurationError("cannot create folder '\(folder)' in the output: \(String(cString: strerror(errno)))")
            }
        }
        let marker = RenderedFile(path: OutputFolderGuard.markerName, bytes: Array("This folder is written by briefing; it is replaced on every build.\n".utf8))
        let failures: [String?] = (files + [marker]).parallelMap(jobs: jobs) { file in
            if let previous = file.reusedFrom, link(previous, staging + "/" + file.path) == 0 { return nil }
            if let previous = file.reusedFrom {
                guard let data = FileManager.default.contents(atPath: previous) else { return "cannot reuse '\(previous)'" }
                return Self.writeFile(staging + "/" + file.path, [UInt8](data))
            }
            return Self.writeFile(staging + "/" + file.path, file.bytes)
        }
        if let failure = failures.compactMap({ $0 }).first { throw ConfigurationError(failure) }
        for copy in copies {
            do {
                try FileManager.default.copyItem(atPath: copy.source, toPath: staging + "/" + copy.destination)
            } catch {
                throw ConfigurationError("cannot copy '\(copy.source)' into the output: \(error.localizedDescription)")
            }
        }
    }

    /// Writes bytes to a new file; returns an error message on failure.
    private static func writeFile(_ path: String, _ bytes: [UInt8]) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return "cannot write '\(path)': \(String(cString: strerror(errno)))" }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return "cannot write '\(path)': \(String(cString: strerror(errno)))"
            }
            offset += written
        }
        return nil
    }
}
