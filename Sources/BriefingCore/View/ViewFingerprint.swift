import Crypto

/// A stable fingerprint of a view (its `Encodable` form fed into one SHA-256 stream): equal views with the same template
/// and theme render to the same bytes, so an unchanged fingerprint lets the build cache keep the old file.
/// Key names, value kinds, list lengths and nil are all part of the hash, so different shapes cannot collide by layout.
///
/// Cost: one `SHA256` per page, fed from a 16 KiB buffer (strings longer than 1 KiB go to it directly), so a page
/// costs about one SHA-256 pass over the bytes of its view — not one digest per field.
enum ViewFingerprint {
    /// The fingerprint of a list item's view alone, for `FingerprintedOnce`.
    static func digest(_ view: some Encodable) -> ContentHash.Digest {
        let sink = HashingEncoder.Sink()
        do {
            try view.encode(to: HashingEncoder(sink: sink))
        } catch {
            sink.add(tag: 9, "\(error)")
        }
        return sink.finish().digest
    }

    static func fingerprint(_ view: some Encodable, template: String, theme: ContentHash) -> ContentHash {
        let sink = HashingEncoder.Sink()
        sink.combine(theme)
        sink.add(tag: 0, template)
        // The encoder below never throws; an encoding error could only come from a view's own `encode(to:)`.
        do {
            try view.encode(to: HashingEncoder(sink: sink))
        } catch {
            sink.add(tag: 9, "\(error)")
        }
        return sink.finish()
    }
}

/// A view that appears on many pages (a list item: one per entity and page depth, `ViewCatalog.Level`) and whose
/// fingerprint is computed once, when it is final: the pages' fingerprints then take its 32 bytes instead of walking
/// its fields again. A value changed after its `fingerprint` was set must set it to nil.
protocol FingerprintedOnce {
    var fingerprint: ContentHash.Digest? { get }
}

extension ContentHash.Digest: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for word in [words.0, words.1, words.2, words.3] { try container.encode(word) }
    }
}

/// An `Encoder` that hashes what it is given instead of storing it.
private struct HashingEncoder: Encoder {
    /// The hash state behind unsafe pointers held in `let`s: a page's view makes hundreds of thousands of calls
    /// here, and a class's `var`s would pay a dynamic exclusivity check on each.
    final class Sink {
        private let hasher = UnsafeMutablePointer<SHA256>.allocate(capacity: 1)
        private let buffer = UnsafeMutableRawPointer.allocate(byteCount: Sink.capacity, alignment: 8)
        private let count = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        private static let capacity = 16 * 1024
        private static let direct = 1024


        init() {
            hasher.initialize(to: SHA256())
            count.initialize(to: 0)
        }

        deinit {
            hasher.deinitialize(count: 1)
            hasher.deallocate()
            buffer.deallocate()
            count.deallocate()
        }

        func combine(_ number: UInt64) {
            if count.pointee + 8 > Self.capacity { flush() }
            buffer.storeBytes(of: number.littleEndian, toByteOffset: count.pointee, as: UInt64.self)
            count.pointee += 8
        }

        func combine(_ number: Int) { combine(UInt64(bitPattern: Int64(number))) }

        func combine(_ other: ContentHash) {
            let words = other.digest.words
            combine(words.0)
            combine(words.1)
            combine(words.2)
            combine(words.3)
        }

        /// A tag, then the text's UTF-8 length and bytes.
        func add(tag: UInt64, _ text: String) {
            combine(tag)
            var text = text
            text.withUTF8 { bytes in
                combine(UInt64(bytes.count))
                guard let base = bytes.baseAddress, bytes.count > 0 else { return }
                if bytes.count >= Self.direct {
                    flush()
                    hasher.pointee.update(bufferPointer: UnsafeRawBufferPointer(bytes))
                } else {
                    if count.pointee + bytes.count > Self.capacity { flush() }
                    (buffer + count.pointee).copyMemory(from: base, byteCount: bytes.count)
                    count.pointee += bytes.count
                }
            }
        }

        private func flush() {
            guard count.pointee > 0 else { return }
            hasher.pointee.update(bufferPointer: UnsafeRawBufferPointer(start: buffer, count: count.pointee))
            count.pointee = 0
        }

        func finish() -> ContentHash {
            flush()
            return ContentHash(digest: hasher.pointee.finalize().withUnsafeBytes { ContentHash.Digest($0) })
        }
    }

    let sink: Sink
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.combine(UInt64(1))
        return KeyedEncodingContainer(Keyed(sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.combine(UInt64(2))
        return Unkeyed(sink: sink)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(sink: sink) }

    /// Adds a `FingerprintedOnce` value's fingerprint (tagged) instead of its fields; false when it has none.
    static func addFingerprint(of value: some Encodable, to sink: Sink) -> Bool {
        guard let once = value as? any FingerprintedOnce, let digest = once.fingerprint else { return false }
        sink.combine(UInt64(10))
        sink.combine(ContentHash(digest: digest))
        return true
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        var codingPath: [any CodingKey] = []

        private func key(_ key: Key) { sink.add(tag: 3, key.stringValue) }
        mutating func encodeNil(forKey key: Key) { self.key(key); sink.combine(UInt64(4)) }
        mutating func encode(_ value: Bool, forKey key: Key) { self.key(key); Single(sink: sink).add(value) }
        mutating func encode(_ value: String, forKey key: Key) { self.key(key); sink.add(tag: 5, value) }
        mutating func encode(_ value: Double, forKey key: Key) { self.key(key); sink.combine(value.bitPattern) }
        mutating func encode(_ value: Float, forKey key: Key) { self.key(key); sink.combine(UInt64(value.bitPattern)) }
        mutating func encode(_ value: Int, forKey key: Key) { self.key(key); sink.combine(value) }
        mutating func encode(_ value: Int8, forKey key: Key) { self.key(key); sink.combine(Int(value)) }
        mutating func encode(_ value: Int16, forKey key: Key) { self.key(key); sink.combine(Int(value)) }
        mutating func encode(_ value: Int32, forKey key: Key) { self.key(key); sink.combine(Int(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) { self.key(key); sink.combine(Int(value)) }
        mutating func encode(_ value: UInt, forKey key: Key) { self.key(key); sink.combine(UInt64(value)) }
        mutating func encode(_ value: UInt8, forKey key: Key) { self.key(key); sink.combine(UInt64(value)) }
        mutating func encode(_ value: UInt16, forKey key: Key) { self.key(key); sink.combine(UInt64(value)) }
        mutating func encode(_ value: UInt32, forKey key: Key) { self.key(key); sink.combine(UInt64(value)) }
        mutating func encode(_ value: UInt64, forKey key: Key) { self.key(key); sink.combine(value) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            self.key(key)
            // Most fields are `HTML`: hashed as its single-value string would be, without boxing an encoder.
            if T.self == HTML.self { return sink.add(tag: 5, unsafeBitCast(value, to: HTML.self).markup) }
            if HashingEncoder.addFingerprint(of: value, to: sink) { return }
            try value.encode(to: HashingEncoder(sink: sink))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            self.key(key)
            return HashingEncoder(sink: sink).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            self.key(key)
            return HashingEncoder(sink: sink).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { HashingEncoder(sink: sink) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { self.key(key); return HashingEncoder(sink: sink) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey] = []
        var count = 0

        mutating func encodeNil() { count += 1; sink.combine(UInt64(4)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            count += 1
            sink.combine(UInt64(6))
            if T.self == HTML.self { return sink.add(tag: 5, unsafeBitCast(value, to: HTML.self).markup) }
            if HashingEncoder.addFingerprint(of: value, to: sink) { return }
            try value.encode(to: HashingEncoder(sink: sink))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            count += 1
            return HashingEncoder(sink: sink).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            count += 1
            return HashingEncoder(sink: sink).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { HashingEncoder(sink: sink) }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey] = []

        func add(_ value: Bool) { sink.combine(UInt64(value ? 7 : 8)) }
        mutating func encodeNil() { sink.combine(UInt64(4)) }
        mutating func encode(_ value: Bool) { add(value) }
        mutating func encode(_ value: String) { sink.add(tag: 5, value) }
        mutating func encode(_ value: Double) { sink.combine(value.bitPattern) }
        mutating func encode(_ value: Float) { sink.combine(UInt64(value.bitPattern)) }
        mutating func encode(_ value: Int) { sink.combine(value) }
        mutating func encode(_ value: Int8) { sink.combine(Int(value)) }
        mutating func encode(_ value: Int16) { sink.combine(Int(value)) }
        mutating func encode(_ value: Int32) { sink.combine(Int(value)) }
        mutating func encode(_ value: Int64) { sink.combine(Int(value)) }
        mutating func encode(_ value: UInt) { sink.combine(UInt64(value)) }
        mutating func encode(_ value: UInt8) { sink.combine(UInt64(value)) }
        mutating func encode(_ value: UInt16) { sink.combine(UInt64(value)) }
        mutating func encode(_ value: UInt32) { sink.combine(UInt64(value)) }
        mutating func encode(_ value: UInt64) { sink.combine(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: HashingEncoder(sink: sink)) }
    }
}
