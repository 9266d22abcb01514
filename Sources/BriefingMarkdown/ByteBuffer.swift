/// A growable byte buffer for building output without per-append overhead; it owns its memory.
struct ByteBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity {
            grow(toAtLeast: count + 1)
        }
        start[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if capacity - count < bytes.count {
            grow(toAtLeast: count + bytes.count)
        }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) {
        append(UnsafeBufferPointer(rebasing: bytes[lower..<upper]))
    }

    @inline(__always)
    mutating func appendLiteral(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func appendDecimal(_ value: Int32) {
        var string = String(value)
        string.withUTF8 { append($0) }
    }

    /// cmark's `cr()`: starts a new line unless the output is empty or already at a line start.
    @inline(__always)
    mutating func appendNewlineUnlessAtLineStart() {
        if count > 0 && start[count - 1] != UInt8(ascii: "\n") {
            append(UInt8(ascii: "\n"))
        }
    }

    /// Makes room for `extra` more bytes and passes a pointer to the first free one to `write`,
    /// which returns how many it wrote.
    @inline(__always)
    mutating func appendUnsafe(reserving extra: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        if capacity - count < extra {
            grow(toAtLeast: count + extra)
        }
        count += write(start + count)
    }

    func makeString() -> String {
        String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    private mutating func grow(toAtLeast minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.moveInitialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }
}

extension ByteBuffer {
    mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }
}
