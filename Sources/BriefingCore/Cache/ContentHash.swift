/// A fast, stable 64-bit hash of bytes (FNV-1a over 8-byte words, then mixed), the same on every run and
/// machine — unlike Swift's `Hasher`, which is seeded per process. Keys the build cache; not cryptographic.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    public init() {}

    /// A hash as stored earlier (`value`).
    public init(raw: UInt64) {
        value = raw
    }

    public init(_ bytes: [UInt8]) {
        combine(bytes)
    }

    public mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine($0) }
    }

    public mutating func combine(_ buffer: UnsafeRawBufferPointer) {
        var hash = value ^ UInt64(buffer.count)
        let words = buffer.count / 8
        for index in 0..<words {
            hash = (hash ^ buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
        }
        for index in (words * 8)..<buffer.count {
            hash = (hash ^ UInt64(buffer[index])) &* 0x0000_0100_0000_01B3
        }
        value = Self.mix(hash)
    }

    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    public mutating func combine(_ number: UInt64) {
        value = Self.mix((value ^ number) &* 0x0000_0100_0000_01B3)
    }

    public mutating func combine(_ number: Int) { combine(UInt64(bitPattern: Int64(number))) }

    public mutating func combine(_ other: ContentHash) { combine(other.value) }

    /// The finaliser of SplitMix64: spreads every input bit over the whole word.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
