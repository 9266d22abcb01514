/// Plain HTTP/1.1 requests to the server under test, sent byte for byte as given.
enum TestHTTPClient {
    static func get(_ target: String, port: UInt16, method: String = "GET") async throws -> TestHTTPResponse {
        try await blocking {
            let socket = try TestSocket(port: port)
            try socket.send("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
            var raw: [UInt8] = []
            while true {
                let bytes = try socket.receive()
                if bytes.isEmpty { break }
                raw += bytes
            }
            guard let end = ChunkedDecoder.find([13, 10, 13, 10], in: raw, from: 0) else {
                throw TestSocket.Failure(description: "the response has no end of headers: \(String(decoding: raw, as: UTF8.self))")
            }
            let head = try TestHTTPResponse.parseHead(Array(raw[..<end]))
            var body = Array(raw[(end + 4)...])
            if head.headers["transfer-encoding"] == "chunked" {
                var decoder = ChunkedDecoder()
                body = try decoder.feed(body)
            }
            return TestHTTPResponse(status: head.status, headers: head.headers, body: body)
        }
    }
}
