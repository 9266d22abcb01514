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
        var calendar: Calendar
        switch self {
        case .gregorian: calendar = Calendar(identifier: .gregorian)
        case .islamicUmalqura: calendar = Calendar(identifier: .islamicUmmAlQura)
        case .persian: calendar = Calendar(identifier: .persian)
        }
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }
}
