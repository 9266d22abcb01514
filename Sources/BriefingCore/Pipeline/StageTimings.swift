import Dispatch

/// Wall-clock time spent in each stage of a run, in the order the stages ran.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    public init() {}

    /// Closes the stage that ran since the previous mark.
    public mutating func mark(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        stages.append((name, Double(now - last) / 1e9))
        last = now
    }

    public var report: String {
        stages.map { "\($0.name): \(String(format: "%.3f", $0.seconds)) s" }.joined(separator: ", ")
    }
}
