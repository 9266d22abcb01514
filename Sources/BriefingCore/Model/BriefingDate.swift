/// A calendar date as content states it: a year, a month, or a day (`2017`, `2017-06`, `2017-06-15`).
public struct BriefingDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Why a text is not a date, phrased for the person who wrote it.
    public enum ParseError: Error, Equatable {
        case malformed
        case monthOutOfRange(Int)
        case dayOutOfRange(day: Int, month: Int, year: Int)
        case precisionRequired
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; with `requireDay`, only the last.
    public static func parse(_ text: String, requireDay: Bool = false) throws(ParseError) -> BriefingDate {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            throw .malformed
        }
        let numbers = parts.map { Int($0)! }
        if requireDay && numbers.count != 3 { throw .precisionRequired }
        let year = numbers[0]
        guard numbers.count > 1 else { return BriefingDate(year: year) }
        let month = numbers[1]
        guard (1...12).contains(month) else { throw .monthOutOfRange(month) }
        guard numbers.count > 2 else { return BriefingDate(year: year, month: month) }
        let day = numbers[2]
        guard (1...daysIn(month: month, year: year)).contains(day) else {
            throw .dayOutOfRange(day: day, month: month, year: year)
        }
        return BriefingDate(year: year, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// ISO 8601 form, as precise as the date is: `2017`, `2017-06`, `2017-06-15`.
    public var iso: String {
        var text = String(format4(year))
        if let month { text += "-" + format2(month) }
        if let day { text += "-" + format2(day) }
        return text
    }

    /// Reader-facing form: `2017`, `June 2017`, `15 June 2017`.
    public var display: String {
        guard let month else { return String(year) }
        let name = Self.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    public var description: String { iso }

    /// Strictly before `other` at the precision both give: `1949` is not before `1949-04-04`, and `1949-03` is
    /// before `1949-04-04`. Used for periods, where a year-only date means "some day that year".
    public func isBefore(_ other: BriefingDate) -> Bool {
        if year != other.year { return year < other.year }
        guard let month, let otherMonth = other.month else { return false }
        if month != otherMonth { return month < otherMonth }
        guard let day, let otherDay = other.day else { return false }
        return day < otherDay
    }

    public static func < (lhs: BriefingDate, rhs: BriefingDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private func format4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
}

extension BriefingDate.ParseError {
    /// A sentence explaining the problem with `text`.
    /// With `requireDay` (article dates), only `YYYY-MM-DD` is offered as the form to write.
    public func message(for text: String, field: String, requireDay: Bool = false) -> String {
        switch self {
        case .malformed:
            return "'\(text)' is not a valid date for '\(field)'; write it as \(requireDay ? "YYYY-MM-DD" : "YYYY-MM-DD (or YYYY or YYYY-MM)")"
        case .monthOutOfRange(let month):
            return "'\(text)' is not a valid date for '\(field)': there is no month \(month)"
        case .dayOutOfRange(let day, let month, let year):
            return "'\(text)' is not a valid date for '\(field)': \(BriefingDate.monthNames[month - 1]) \(year) has no day \(day)"
        case .precisionRequired:
            return "'\(text)' is not a full date for '\(field)'; write it as YYYY-MM-DD"
        }
    }
}
