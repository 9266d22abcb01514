import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
private let systemWrite = Darwin.write
#endif

/// One file of the build cache: `BRIEFING-RECORD\n`, then the record format version, the version of briefing
/// that wrote it, the SHA-256 of the payload and the payload (`BinaryWriter` encoding throughout). Written to a
/// temporary file and renamed into place, so a reader sees the old record or the new one, never half of one.
enum CacheRecordFile {
    static let magic: [UInt8] = Array("BRIEFING-RECORD\n".utf8)
    static let formatVersion = 2

    enum Contents: Equatable {
        case missing
        /// The file exists but cannot be trusted: the reason, for `--verbose`.
        case rejected(String)
        case payload([UInt8])
    }

    static func read(_ path: String) -> Contents {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .missing }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .missing }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        return decode(Array(bytes.prefix(filled)))
    }

    static func decode(_ bytes: [UInt8]) -> Contents {
        guard bytes.count > magic.count, bytes.starts(with: magic) else { return .rejected("it is not a briefing cache") }
        var reader = BinaryReader(bytes, offset: magic.count)
        guard (try? reader.readInt()) == formatVersion, (try? reader.readString()) == BriefingVersion.current else {
            return .rejected("it was written by another version of briefing")
        }
        guard let checksum = try? reader.readDigest(), let payload = try? reader.readBytes(), reader.isAtEnd else {
            return .rejected("it is damaged (truncated)")
        }
        guard ContentHash(payload).digest == checksum else { return .rejected("it is damaged (checksum mismatch)") }
        return .payload(payload)
    }

    static func encode(_ payload: [UInt8]) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(formatVersion)
        writer.write(BriefingVersion.current)
        writer.write(ContentHash(payload).digest)
        writer.write(payload)
        return magic + writer.bytes
    }

    /// Replaces `path` atomically; false when it could not be written.
    @discardableResult
    static func write(_ payload: [UInt8], to path: String) -> Bool {
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        let bytes = encode(payload)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            written += count
        }
        close(descriptor)
        if written != bytes.count || rename(temporary, path) != 0 {
            unlink(temporary)
            return false
        }
        return true
    }
}
