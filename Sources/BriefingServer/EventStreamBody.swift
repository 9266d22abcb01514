import FlyingSocks

/// Adapts a stream of byte chunks to the buffered byte sequence FlyingFox sends as a chunked response body,
/// so that each event reaches the browser as soon as it is broadcast.
struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8

    let chunks: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator {
        Iterator(chunks: chunks.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var chunks: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            guard await fill() else { return nil }
            let taken = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(taken.count)
            return Array(taken)
        }

        /// Waits for bytes; false when the stream has ended.
        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let chunk = await chunks.next() else { return false }
                pending = chunk[...]
            }
            return true
        }
    }
}
