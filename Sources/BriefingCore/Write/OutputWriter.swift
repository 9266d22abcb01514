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

    /// Writes `files` and `copies` into `staging` (a new staging folder when nil; files already written there while
    /// rendering are skipped), then swaps it into place of the output folder. The staging folder is removed on failure.
    /// - Throws: `ConfigurationError.fileSystem` when a file cannot be written or the output cannot be replaced.
    public func write(_ files: [RenderedFile], copies: [Copy], staging: StagingFolder? = nil) throws(ConfigurationError) {
        let staging: StagingFolder = if let staging { staging } else { try StagingFolder(beside: output) }
        let old = (output as NSString).deletingLastPathComponent + "/.\((output as NSString).lastPathComponent).old-\(getpid())"
        let fileManager = FileManager.default
        do {
            try writeAll(files, copies: copies, into: staging)
        } catch {
            staging.discard()
            throw error
        }
        let hadOutput = fileManager.fileExists(atPath: output)
        if hadOutput, rename(output, old) != 0 {
            let reason = String(cString: strerror(errno))
            staging.discard()
            throw .fileSystem("cannot replace", path: output, reason: reason)
        }
        if rename(staging.path, output) != 0 {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(old, output) }
            staging.discard()
            throw .fileSystem("cannot move the new site into", path: output, reason: reason)
        }
        if hadOutput { try? fileManager.removeItem(atPath: old) }
    }

    /// Updates the output folder in place, for a `BodyOnlyEdit`: `files` not yet in `staging` are written there,
    /// except those kept from the output itself (`reusedFrom` is their own place in it); then each staged file is
    /// moved over its old version (`rename`, atomic per file) and the staging folder is removed. When a move fails,
    /// the files already moved are put back from hard links kept beside them, so the output is as it was; a build
    /// killed among the moves leaves a mix that the next build notices (its files' stamps differ from the
    /// manifest's) and rebuilds whole.
    /// - Throws: `ConfigurationError.fileSystem` when a file cannot be written or moved.
    @discardableResult
    public func update(_ files: [RenderedFile], staging: StagingFolder) throws(ConfigurationError) -> [String] {
        stage(files.filter { $0.reusedFrom != output + "/" + $0.path }, into: staging)
        if let failure = staging.failure {
            staging.discard()
            throw failure
        }
        let backups = staging.path + ".previous"
        try? FileManager.default.removeItem(atPath: backups)
        defer { try? FileManager.default.removeItem(atPath: backups) }
        var moved: [(path: String, hadFile: Bool)] = []
        func putBack() {
            for (path, hadFile) in moved.reversed() {
                if hadFile { _ = rename(backups + "/" + path, output + "/" + path) } else { unlink(output + "/" + path) }
            }
        }
        for path in staging.writtenPaths.sorted() {
            let destination = output + "/" + path
            let folder = (destination as NSString).deletingLastPathComponent
            if !FileManager.default.fileExists(atPath: folder) {
                try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let backup = backups + "/" + path
            try? FileManager.default.createDirectory(atPath: (backup as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let hadFile = Glibc.link(destination, backup) == 0
            if rename(staging.path + "/" + path, destination) != 0 {
                let reason = String(cString: strerror(errno))
                putBack()
                staging.discard()
                throw .fileSystem("cannot write", path: destination, reason: reason)
            }
            moved.append((path, hadFile))
        }
        staging.discard()
        return moved.map(\.path)
    }

    /// Writes (or links, for a file kept from the previous build) each of `files` not yet in `staging`; a failure is
    /// kept in `staging.failure`.
    private func stage(_ files: [RenderedFile], into staging: StagingFolder) {
        _ = files.filter { !staging.contains($0.path) }.parallelMap(jobs: jobs) { file -> Bool in
            if let previous = file.reusedFrom { return staging.link(previous, to: file.path) }
            return staging.write(file.bytes, to: file.path)
        }
    }

    private func writeAll(_ files: [RenderedFile], copies: [Copy], into staging: StagingFolder) throws(ConfigurationError) {
        if let failure = staging.failure { throw failure }
        let marker = RenderedFile(path: OutputFolderGuard.markerName, bytes: Array("This folder is written by briefing; it is replaced on every build.\n".utf8))
        stage(files + [marker], into: staging)
        if let failure = staging.failure { throw failure }
        for copy in copies {
            let destination = staging.path + "/" + copy.destination
            let folder = (destination as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: copy.source, toPath: destination)
            } catch {
                throw .fileSystem("cannot copy into the output", path: copy.source, reason: SystemErrorMessage.of(error))
            }
        }
    }
}
