import Crypto

/// A SHA-256 digest (swift-crypto) of everything combined into it, the same on every run and machine — unlike
/// Swift's `Hasher`, which is seeded per process. Keys the build cache and fingerprints pages and sites.
///
/// Combining is cheap: small values are gathered in a 64-byte buffer held inline (no allocation) and hashed when
/// it fills or the digest is read; large byte runs (a file) are hashed at once. Every byte run is prefixed with its
/// length, so `combine("ab"); combine("c")` and `combine("a"); combine("bc")` differ. Two hashes are equal when
/// their digests are.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    /// 32 bytes of SHA-256 output.
    public struct Digest: Hashable, Sendable {
        public var words: (UInt64, UInt64, UInt64, UInt64)

        public init(words: (UInt64, UInt64, UInt64, UInt64)) {
            self.words = words
        }

        /// From 32 bytes; nil for any other length.
        public init?(bytes: [UInt8]) {
            guard bytes.count == 32 else { return nil }
            self.init(bytes.withUnsafeBytes { $0 })
        }

        init(_ raw: UnsafeRawBufferPointer) {
            words = (raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                     raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
        }

        public var bytes: [UInt8] {
            var copy = words
            return withUnsafeBytes(of: &copy) { Array($0) }
        }

        public static func == (lhs: Digest, rhs: Digest) -> Bool {
            lhs.words == rhs.words
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(words.0)
            hasher.combine(words.1)
            hasher.combine(words.2)
            hasher.combine(words.3)
        }
    }

    private typealias Buffer = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    /// The digest of what was combined before `pending`, or nil when nothing was folded yet.
    private var folded: Digest?
    private var pending: Buffer = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    private static let capacity = MemoryLayout<Buffer>.size

    public init() {}

    /// A hash as stored earlier: equal to the hash that produced `digest`.
    public init(digest: Digest) {
        folded = digest
    }

    public init(_ bytes: [UInt8]) {
        combine(bytes)
    }

    /// The SHA-256 of everything combined so far.
    public var digest: Digest {
        if pendingCount == 0, let folded { return folded }
        var copy = self
        copy.fold(UnsafeRawBufferPointer(start: nil, count: 0))
        return copy.folded!
    }

    /// The first 64 bits of `digest`.
    public var value: UInt64 { digest.words.0 }

    public mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine($0) }
    }

    public mutating func combine(_ buffer: UnsafeRawBufferPointer) {
        combine(UInt64(buffer.count))
        if pendingCount + buffer.count <= Self.capacity {
            append(buffer)
        } else {
            fold(buffer)
        }
    }

    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    public mutating func combine(_ number: UInt64) {
        if pendingCount + 8 > Self.capacity { fold(UnsafeRawBufferPointer(start: nil, count: 0)) }
        withUnsafeBytes(of: number.littleEndian) { append($0) }
    }

    public mutating func combine(_ number: Int) { combine(UInt64(bitPattern: Int64(number))) }

    public mutating func combine(_ other: ContentHash) {
        let words = other.digest.words
        combine(words.0)
        combine(words.1)
        combine(words.2)
        combine(words.3)
    }

    private mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count > 0 else { return }
        let offset = pendingCount
        withUnsafeMutableBytes(of: &pending) { storage in
            storage.baseAddress!.advanced(by: offset).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        }
        pendingCount += bytes.count
    }

    /// Hashes the previous digest, the pending bytes and `tail` into a new digest.
    private mutating func fold(_ tail: UnsafeRawBufferPointer) {
        var hasher = SHA256()
        if var words = folded?.words {
            withUnsafeBytes(of: &words) { hasher.update(bufferPointer: $0) }
        }
        let count = pendingCount
        withUnsafeBytes(of: &pending) { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
        if tail.count > 0 { hasher.update(bufferPointer: tail) }
        folded = hasher.finalize().withUnsafeBytes { Digest($0) }
        pendingCount = 0
    }

    public static func == (lhs: ContentHash, rhs: ContentHash) -> Bool {
        lhs.digest == rhs.digest
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    /// The digest in 64 lower-case hex digits.
    public var description: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest.bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
