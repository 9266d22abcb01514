import BriefingCore
import Foundation

/// What `briefing serve` builds, where it listens, and how often it looks for changes.
public struct ServeConfiguration: Sendable {
    /// How the site is built: root, drafts, strict, jobs. `output` nil means a temporary folder, removed on stop,
    /// so serving never touches the site's own `Output/`.
    public var build: BuildOptions
    /// Address to listen on; loopback unless asked otherwise.
    public var host: String
    /// Port to listen on; 0 lets the system choose a free one.
    public var port: UInt16
    /// Time between two looks at `Content/` and `Templates/` when polling.
    public var pollInterval: Duration
    /// Poll even where inotify is available (Linux uses inotify by default and polls only when it fails).
    public var preferPolling = false

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort: UInt16 = 8080

    public init(build: BuildOptions, host: String = ServeConfiguration.defaultHost, port: UInt16 = ServeConfiguration.defaultPort,
                pollInterval: Duration = .milliseconds(300)) {
        self.build = build
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
    }
}
