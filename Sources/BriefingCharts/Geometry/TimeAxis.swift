/// A horizontal time axis: a domain in fractional years mapped onto `plotX ..< plotX + plotWidth`, with tick
/// years at a "nice" step (1, 2, 5, 10, 20, 25, 50, 100, … years) far enough apart for their labels.
public struct TimeAxis: Sendable, Hashable {
    /// First and last year of the domain (fractional years; `upper` is exclusive, e.g. 2030.0).
    public var lower: Double
    public var upper: Double
    /// Years between ticks.
    public var step: Int
    /// Years with a tick and a label, ascending, inside the domain.
    public var ticks: [Int]
    public var plotX: Double
    public var plotWidth: Double

    static let steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000]

    /// The axis for data from `dataLower` to `dataUpper` (fractional years). A given `from`/`to` (whole years;
    /// `to` counts through its end) fixes that end of the domain; otherwise the end is rounded out to the step.
    public init(dataLower: Double, dataUpper: Double, from: Int?, to: Int?, plotX: Double, plotWidth: Double,
                minTickSpacing: Double) {
        var lowerBound = from.map(Double.init) ?? dataLower
        var upperBound = to.map { Double($0 + 1) } ?? dataUpper
        if !(upperBound > lowerBound) {
            if to == nil { upperBound = lowerBound + 1 } else { lowerBound = upperBound - 1 }
        }
        var chosen = (step: Self.steps.last!, lower: lowerBound, upper: upperBound)
        for step in Self.steps {
            let size = Double(step)
            let lower = from == nil ? (lowerBound / size).rounded(.down) * size : lowerBound
            var upper = to == nil ? (upperBound / size).rounded(.up) * size : upperBound
            if upper <= lower { upper = lower + size }
            if plotWidth * size / (upper - lower) >= minTickSpacing {
                chosen = (step, lower, upper)
                break
            }
        }
        lower = chosen.lower
        upper = chosen.upper
        step = chosen.step
        self.plotX = plotX
        self.plotWidth = plotWidth
        var ticks: [Int] = []
        var year = Int((chosen.lower / Double(chosen.step)).rounded(.up)) * chosen.step
        while Double(year) <= chosen.upper {
            ticks.append(year)
            year += chosen.step
        }
        self.ticks = ticks
    }

    /// The x position of a fractional year (unclamped).
    public func x(_ year: Double) -> Double {
        plotX + (year - lower) / (upper - lower) * plotWidth
    }
}
