import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `briefing serve` as a user runs it: it prints where it serves, answers over HTTP, and stops with status 0
/// on Ctrl-C (SIGINT); a port in use is a clear error with status 2.
@Suite struct ServeCommandTests {
    /// A running `briefing serve`, its standard output read line by line on a thread of its own.
    final class ServeProcess: @unchecked Sendable {
        let process = Process()
        private let output = Pipe()
        private let errors = Pipe()
        private let lock = NSLock()
        private var lines: [String] = []
        private var ended = false
        private let changed = NSCondition()

        init(_ arguments: [String]) throws {
            guard FileManager.default.isExecutableFile(atPath: BriefingBinary.path) else {
                throw BriefingBinary.BinaryMissing(path: BriefingBinary.path)
            }
            process.executableURL = URL(fileURLWithPath: BriefingBinary.path)
            process.arguments = ["serve"] + arguments
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let handle = output.fileHandleForReading
            Thread { [self] in
                var pending = Data()
                while true {
                    let data = handle.availableData
                    changed.lock()
                    if data.isEmpty {
                        ended = true
                    } else {
                        pending.append(data)
                        while let newline = pending.firstIndex(of: 0x0A) {
                            lines.append(String(decoding: pending[..<newline], as: UTF8.self))
                            pending.removeSubrange(...newline)
                        }
                    }
                    changed.broadcast()
                    changed.unlock()
                    if data.isEmpty { return }
                }
            }.start()
        }

        /// The first line with `prefix`, waiting for it at most `seconds`; nil if output ended or time ran out.
        func line(startingWith prefix: String, within seconds: Double = 120) -> String? {
            let deadline = Date().addingTimeInterval(seconds)
            changed.lock()
            defer { changed.unlock() }
            while true {
                if let line = lines.first(where: { $0.hasPrefix(prefix) }) { return line }
                if ended || !changed.wait(until: deadline) { return nil }
            }
        }

        var standardError: String {
            String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }

        func interrupt() { kill(process.processIdentifier, SIGINT) }

        deinit {
            if process.isRunning { process.terminate() }
        }
    }

    @Test func servesTheSiteAndStopsCleanlyOnControlC() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(BuildCommandTests.minimalSite, as: "site")
        let serve = try ServeProcess(["--root", site.path, "--port", "0"])
        guard let line = serve.line(startingWith: "Serving at ") else {
            serve.process.terminate()
            Issue.record("no 'Serving at' line; stderr: \(serve.standardError)")
            return
        }
        let url = try #require(line.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") })
        let port = try #require(UInt16(url.dropFirst("http://127.0.0.1:".count).dropLast()))

        let page = try Self.get("/articles/first-look/index.html", port: port)
        #expect(page.hasPrefix("HTTP/1.1 200 "))
        #expect(page.contains("A first look at the Test Pact"))

        serve.interrupt()
        serve.process.waitUntilExit()
        #expect(serve.process.terminationReason == .exit)
        #expect(serve.process.terminationStatus == 0)
        #expect(serve.line(startingWith: "Stopping") != nil)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Output").path), "serve builds into a temporary folder")
    }

    @Test func aPortInUseIsAClearErrorWithStatus2() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(BuildCommandTests.minimalSite, as: "site")
        let listener = try Listener()
        let run = try BriefingBinary.run(["serve", "--root", site.path, "--port", String(listener.port)])
        #expect(run.status == 2)
        #expect(run.stderr == "error: port \(listener.port) on 127.0.0.1 is already in use (is another 'briefing serve' running?); stop the other server or choose another port with --port\n")
    }

    struct SocketFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// A socket listening on a free port of 127.0.0.1, closed on deinit.
    final class Listener {
        let descriptor: Int32
        let port: UInt16

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                    bind(descriptor, pointer, length) == 0 && listen(descriptor, 1) == 0 && getsockname(descriptor, pointer, &length) == 0
                }
            }
            guard bound else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw SocketFailure(description: "cannot listen on 127.0.0.1: \(reason)")
            }
            self.descriptor = descriptor
            port = UInt16(bigEndian: address.sin_port)
        }

        deinit { close(descriptor) }
    }

    /// One GET over a plain socket; the whole response as text.
    static func get(_ target: String, port: UInt16) throws -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        guard connected else { return "" }
        let request = Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            response += buffer.prefix(count)
        }
        return String(decoding: response, as: UTF8.self)
    }
}
