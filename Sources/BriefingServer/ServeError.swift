import Foundation

/// Why `briefing serve` could not start, phrased for the person who ran it.
public enum ServeError: Error, CustomStringConvertible, Equatable {
    /// The site could not be built at all (no `Content/`, an output folder briefing must not replace, …).
    case configuration(String)
    case portInUse(host: String, port: UInt16)
    case cannotListen(host: String, port: UInt16, reason: String)
    case invalidHost(String)

    public var description: String {
        switch self {
        case .configuration(let message):
            return message
        case .portInUse(let host, let port):
            return "port \(port) on \(host) is already in use (is another 'briefing serve' running?); stop the other server or choose another port with --port"
        case .cannotListen(let host, let port, let reason):
            return "cannot listen on \(host):\(port): \(reason)"
        case .invalidHost(let host):
            return "'\(host)' is not an IP address to listen on; use 127.0.0.1 (the default), ::1, or 0.0.0.0 to be reachable from other machines"
        }
    }
}
