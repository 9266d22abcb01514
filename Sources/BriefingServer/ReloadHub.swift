import Foundation

/// The open event streams of browser tabs (and tests): each subscriber gets every event broadcast after it
/// subscribed, starting with a `hello` that carries the current build id.
actor ReloadHub {
    private var subscribers: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    private var isClosed = false

    /// A new stream, already holding the `hello` event.
    func subscribe(hello: ServerSentEvent) -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        guard !isClosed else {
            continuation.finish()
            return stream
        }
        let id = UUID()
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        continuation.yield(hello.bytes)
        return stream
    }

    func broadcast(_ event: ServerSentEvent) {
        broadcast(event.bytes)
    }

    func broadcast(_ bytes: [UInt8]) {
        for continuation in subscribers.values { continuation.yield(bytes) }
    }

    var subscriberCount: Int { subscribers.count }

    /// Ends every stream, so that the connections carrying them can close; later subscribers get an ended stream.
    func close() {
        isClosed = true
        let all = subscribers.values
        subscribers = [:]
        for continuation in all { continuation.finish() }
    }

    private func remove(_ id: UUID) {
        subscribers[id] = nil
    }
}
