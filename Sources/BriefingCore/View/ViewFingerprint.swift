/// A stable fingerprint of a view (its `Encodable` form fed into `ContentHash`): equal views with the same template
/// and theme render to the same bytes, so an unchanged fingerprint lets the build cache keep the old file.
/// Key names, value kinds, list lengths and nil are all part of the hash, so different shapes cannot collide by layout.
enum ViewFingerprint {
    static func fingerprint(_ view: some Encodable, template: String, theme: ContentHash) -> ContentHash {
        let sink = HashingEncoder.Sink()
        sink.hash.combine(theme)
        sink.hash.combine(template)
        // The encoder below never throws; an encoding error could only come from a view's own `encode(to:)`.
        do {
            try view.encode(to: HashingEncoder(sink: sink))
        } catch {
            sink.hash.combine("\(error)")
        }
        return sink.hash
    }
}

/// An `Encoder` that hashes what it is given instead of storing it.
private struct HashingEncoder: Encoder {
    final class Sink {
        var hash = ContentHash()

        func add(tag: UInt64, _ text: String) {
            hash.combine(tag)
            hash.combine(text)
        }
    }

    let sink: Sink
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.hash.combine(UInt64(1))
        return KeyedEncodingContainer(Keyed(sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.hash.combine(UInt64(2))
        return Unkeyed(sink: sink)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(sink: sink) }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        var codingPath: [any CodingKey] = []

        private func key(_ key: Key) { sink.add(tag: 3, key.stringValue) }
        mutating func encodeNil(forKey key: Key) { self.key(key); sink.hash.combine(UInt64(4)) }
        mutating func encode(_ value: Bool, forKey key: Key) { self.key(key); Single(sink: sink).add(value) }
        mutating func encode(_ value: String, forKey key: Key) { self.key(key); sink.add(tag: 5, value) }
        mutating func encode(_ value: Double, forKey key: Key) { self.key(key); sink.hash.combine(value.bitPattern) }
        mutating func encode(_ value: Float, forKey key: Key) { self.key(key); sink.hash.combine(UInt64(value.bitPattern)) }
        mutating func encode(_ value: Int, forKey key: Key) { self.key(key); sink.hash.combine(value) }
        mutating func encode(_ value: Int8, forKey key: Key) { self.key(key); sink.hash.combine(Int(value)) }
        mutating func encode(_ value: Int16, forKey key: Key) { self.key(key); sink.hash.combine(Int(value)) }
        mutating func encode(_ value: Int32, forKey key: Key) { self.key(key); sink.hash.combine(Int(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) { self.key(key); sink.hash.combine(Int(value)) }
        mutating func encode(_ value: UInt, forKey key: Key) { self.key(key); sink.hash.combine(UInt64(value)) }
        mutating func encode(_ value: UInt8, forKey key: Key) { self.key(key); sink.hash.combine(UInt64(value)) }
        mutating func encode(_ value: UInt16, forKey key: Key) { self.key(key); sink.hash.combine(UInt64(value)) }
        mutating func encode(_ value: UInt32, forKey key: Key) { self.key(key); sink.hash.combine(UInt64(value)) }
        mutating func encode(_ value: UInt64, forKey key: Key) { self.key(key); sink.hash.combine(value) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            self.key(key)
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

        mutating func encodeNil() { count += 1; sink.hash.combine(UInt64(4)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            count += 1
            sink.hash.combine(UInt64(6))
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

        func add(_ value: Bool) { sink.hash.combine(UInt64(value ? 7 : 8)) }
        mutating func encodeNil() { sink.hash.combine(UInt64(4)) }
        mutating func encode(_ value: Bool) { add(value) }
        mutating func encode(_ value: String) { sink.add(tag: 5, value) }
        mutating func encode(_ value: Double) { sink.hash.combine(value.bitPattern) }
        mutating func encode(_ value: Float) { sink.hash.combine(UInt64(value.bitPattern)) }
        mutating func encode(_ value: Int) { sink.hash.combine(value) }
        mutating func encode(_ value: Int8) { sink.hash.combine(Int(value)) }
        mutating func encode(_ value: Int16) { sink.hash.combine(Int(value)) }
        mutating func encode(_ value: Int32) { sink.hash.combine(Int(value)) }
        mutating func encode(_ value: Int64) { sink.hash.combine(Int(value)) }
        mutating func encode(_ value: UInt) { sink.hash.combine(UInt64(value)) }
        mutating func encode(_ value: UInt8) { sink.hash.combine(UInt64(value)) }
        mutating func encode(_ value: UInt16) { sink.hash.combine(UInt64(value)) }
        mutating func encode(_ value: UInt32) { sink.hash.combine(UInt64(value)) }
        mutating func encode(_ value: UInt64) { sink.hash.combine(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: HashingEncoder(sink: sink)) }
    }
}
