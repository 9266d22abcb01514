/// One message of a `text/event-stream` (Server-Sent Events) response.
struct ServerSentEvent: Sendable, Equatable {
    var name: String
    var data: String

    /// The names the reload script listens for.
    static let hello = "hello"
    static let reload = "reload"
    static let buildError = "build-error"

    /// `event:` and `data:` lines and the blank line that ends the event; multi-line data becomes several `data:` lines.
    var bytes: [UInt8] {
        var text = "event: \(name)\n"
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) {
            text += "data: \(line)\n"
        }
        return Array((text + "\n").utf8)
    }

    /// A comment line, ignored by browsers; sent now and then so that dead connections are noticed.
    static let keepAlive: [UInt8] = Array(": keep-alive\n\n".utf8)
}
