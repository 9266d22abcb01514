import FlyingSocks
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns `--host` and `--port` into a socket address.
enum ListenAddress {
    static func make(host: String, port: UInt16) throws(ServeError) -> any SocketAddress {
        let host = host == "localhost" ? "127.0.0.1" : host
        do {
            if host.contains(":") {
                return try sockaddr_in6.inet6(ip6: host, port: port)
            }
            return try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw .invalidHost(host)
        }
    }

    /// The port a listening address ended up on (the chosen one when asked for port 0).
    static func port(of address: Socket.Address?) -> UInt16? {
        switch address {
        case .ip4(_, let port)?, .ip6(_, let port)?: return port
        default: return nil
        }
    }
}
