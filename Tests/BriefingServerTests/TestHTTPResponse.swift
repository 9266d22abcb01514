import Foundation

/// A parsed HTTP/1.1 response: status, headers (names lower-cased) and the body with chunked encoding undone.
struct TestHTTPResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// Parses the status line and headers of `head` (the bytes before the blank line).
    static func parseHead(_ head: [UInt8]) throws -> (status: Int, headers: [String: String]) {
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), let status = Int(statusParts[1]) else {
            throw TestSocket.Failure(description: "not an HTTP response: \(lines[0])")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, headers)
    }
}

/// Undoes `Transfer-Encoding: chunked` incrementally: feed it bytes, take out the body bytes decoded so far.
struct ChunkedDecoder {
    private var buffer: [UInt8] = []
    private(set) var isFinished = false

    /// Adds raw bytes; returns the body bytes they complete.
    mutating func feed(_ bytes: [UInt8]) throws -> [UInt8] {
        buffer += bytes
        var body: [UInt8] = []
        while !isFinished, let lineEnd = Self.find([13, 10], in: buffer, from: 0) {
            let sizeText = String(decoding: buffer[..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw TestSocket.Failure(description: "bad chunk size line '\(sizeText)'")
            }
            let start = lineEnd + 2
            guard buffer.count >= start + size + 2 else { break }
            body += buffer[start..<(start + size)]
            buffer.removeFirst(start + size + 2)
            if size == 0 { isFinished = true }
        }
        return body
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
