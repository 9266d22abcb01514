import Foundation

/// A client of the reload event stream: opens `/__briefing/events` and reads its events one by one,
/// each read bounded by the socket's read timeout.
final class EventStreamReader: @unchecked Sendable {
    struct Event: Equatable, Sendable {
        var name: String
        var data: String
    }

    private let socket: TestSocket
    private var decoder = ChunkedDecoder()
    private var text = ""
    let status: Int
    let headers: [String: String]

    private init(socket: TestSocket, status: Int, headers: [String: String], rest: [UInt8]) throws {
        self.socket = socket
        self.status = status
        self.headers = headers
        text = String(decoding: try decoder.feed(rest), as: UTF8.self)
    }

    static func open(port: UInt16) async throws -> EventStreamReader {
        try await blocking {
            let socket = try TestSocket(port: port)
            try socket.send("GET /__briefing/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
            var raw: [UInt8] = []
            while ChunkedDecoder.find([13, 10, 13, 10], in: raw, from: 0) == nil {
                let bytes = try socket.receive()
                guard !bytes.isEmpty else { throw TestSocket.Failure(description: "the event stream closed before its headers") }
                raw += bytes
            }
            let end = ChunkedDecoder.find([13, 10, 13, 10], in: raw, from: 0)!
            let head = try TestHTTPResponse.parseHead(Array(raw[..<end]))
            return try EventStreamReader(socket: socket, status: head.status, headers: head.headers, rest: Array(raw[(end + 4)...]))
        }
    }

    /// The next event (comments skipped); nil when the server ended the stream.
    func next() async throws -> Event? {
        try await blocking { try self.nextBlocking() }
    }

    /// Reads events until one named `name` arrives, and returns it; fails if the stream ends first.
    func waitFor(_ name: String) async throws -> Event {
        while let event = try await next() {
            if event.name == name { return event }
        }
        throw TestSocket.Failure(description: "the event stream ended without a '\(name)' event")
    }

    private func nextBlocking() throws -> Event? {
        while true {
            while let end = text.range(of: "\n\n") {
                let block = String(text[..<end.lowerBound])
                text = String(text[end.upperBound...])
                var event = Event(name: "message", data: "")
                var dataLines: [String] = []
                for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                    if line.hasPrefix("event: ") { event.name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { dataLines.append(String(line.dropFirst(6))) }
                }
                event.data = dataLines.joined(separator: "\n")
                if block.hasPrefix(":") && dataLines.isEmpty { continue }
                return event
            }
            if decoder.isFinished { return nil }
            let bytes = try socket.receive()
            if bytes.isEmpty { return nil }
            text += String(decoding: try decoder.feed(bytes), as: UTF8.self)
        }
    }
}
