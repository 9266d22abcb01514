import Foundation

/// A calendar dates can be shown in (`calendars:` in `site.yml`, SPEC §10).
public enum CalendarSystem: String, Sendable, CaseIterable {
    case gregorian
    /// The Umm al-Qura calendar of Saudi Arabia (tabulated Hijri months).
    case islamicUmalqura = "islamic-umalqura"
    /// The Solar Hijri calendar of Iran and Afghanistan.
    case persian

    /// Foundation's calendar, in UTC: every conversion goes through it (never own arithmetic).
    public var calendar: Calendar {
        switch self {
        case .gregorian: return Self.calendars.gregorian
        case .islamicUmalqura: return Self.calendars.islamicUmalqura
        case .persian: return Self.calendars.persian
        }
    }

    private static let calendars = (gregorian: make(.gregorian), islamicUmalqura: make(.islamicUmmAlQura), persian: make(.persian))

    private static func make(_ identifier: Calendar.Identifier) -> Calendar {
        var calendar = Calendar(identifier: identifier)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }
}
