/// A calendar date as precise as the data states it (a year, a month or a day), with the text the
/// table shows for it. The drawing turns it into fractional years (`1981.5` is about 2 July 1981).
public struct ChartDate: Sendable, Hashable, Comparable {
    public var year: Int
    /// 1...12, or nil for a year-precise date.
    public var month: Int?
    /// 1...31, or nil for a year- or month-precise date; ignored without `month`.
    public var day: Int?
    /// How the table writes the date, e.g. `25 May 1981`; the ISO form by default.
    public var text: String

    public init(year: Int, month: Int? = nil, day: Int? = nil, text: String? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
        self.text = text ?? Self.iso(year: year, month: month, day: month == nil ? nil : day)
    }

    /// Fractional year at the first day of the stated period: `1981` → 1981.0, `1981-05-25` → 1981 + 144/365.
    public var start: Double {
        guard let month else { return Double(year) }
        return fraction(dayOfYear: Self.dayOfYear(year: year, month: month, day: day ?? 1) - 1)
    }

    /// Fractional year just after the last day of the stated period: `1979` → 1980.0, `2017-06` → 1 July 2017,
    /// `2025-09-17` → the end of that day. A member who "left in 1959" is drawn through 1959.
    public var end: Double {
        guard let month else { return Double(year + 1) }
        if let day { return fraction(dayOfYear: Self.dayOfYear(year: year, month: month, day: day)) }
        if month == 12 { return Double(year + 1) }
        return fraction(dayOfYear: Self.dayOfYear(year: year, month: month + 1, day: 1) - 1)
    }

    public static func < (lhs: ChartDate, rhs: ChartDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    private func fraction(dayOfYear elapsed: Int) -> Double {
        Double(year) + Double(elapsed) / Double(Self.isLeap(year) ? 366 : 365)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// 1-based day of the year; out-of-range months and days are clamped.
    static func dayOfYear(year: Int, month: Int, day: Int) -> Int {
        let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let month = min(max(month, 1), 12)
        return lengths.prefix(month - 1).reduce(0, +) + min(max(day, 1), lengths[month - 1])
    }

    static func iso(year: Int, month: Int?, day: Int?) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if month != nil, let day { text += "-" + pad(day, 2) }
        return text
    }
}
