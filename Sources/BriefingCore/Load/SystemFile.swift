#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a whole file with the system's own error: `Permission denied`, `Is a directory`, … (strerror).
enum SystemFile {
    /// A failed system call: its errno and the system's message for it.
    struct Failure: Error, Equatable {
        let code: Int32
        /// Said instead of the system's message when the system has none for the case (a named pipe, a device).
        var detail: String? = nil
        var message: String { detail ?? String(cString: strerror(code)) }
    }

    /// The file's bytes.
    static func read(_ path: String) -> Result<[UInt8], Failure> {
        // O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused below like any non-regular file.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(Failure(code: errno)) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: return .failure(Failure(code: EISDIR))
            case S_IFIFO: return .failure(Failure(code: EINVAL, detail: "it is a named pipe (FIFO), not a regular file"))
            case S_IFSOCK: return .failure(Failure(code: EINVAL, detail: "it is a socket, not a regular file"))
            default: return .failure(Failure(code: EINVAL, detail: "it is a device, not a regular file"))
            }
        }
        var bytes: [UInt8] = []
        if info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { readChunk(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(code: errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return .success(bytes)
    }
}

private func readChunk(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
