import Foundation

/// Writes `BriefingDate`s in a page's language, digits and calendars, through CLDR data in Foundation.
///
/// Deterministic: the locale comes from `FormattingLocale`, the time zone is UTC and a date is read
/// as Gregorian noon UTC, so neither `LANG` nor `TZ` changes the output.
/// - A full date gets CLDR's long format (`17 September 2025`, `١٧ سبتمبر، ٢٠٢٥`, `۱۷ سپتامبر ۲۰۲۵`).
/// - A year-month gets the `yMMMM` skeleton (`September 2025`), a year the `y` skeleton (`1949`, `١٩٤٩`).
/// - `otherCalendars` writes a full date in each further calendar with the `GyMMMMd` skeleton
///   (`25 Rabiʻ I 1447 AH`, `٢٥ ربيع الأول، ١٤٤٧ هـ`, `۲۶ شهریور ۱۴۰۴ ه‍.ش.`). A year or a month
///   is not converted: it does not fall within one Hijri or Persian year or month.
public struct LocalizedDateFormatter: Sendable {
    public let locale: FormattingLocale
    /// Calendars shown after the Gregorian date, in order (`gregorian` itself is skipped).
    public let otherCalendars: [CalendarSystem]

    public init(languageTag: String, calendars: [CalendarSystem] = [.gregorian]) {
        self.locale = FormattingLocale(languageTag: languageTag)
        var others: [CalendarSystem] = []
        for calendar in calendars where calendar != .gregorian && !others.contains(calendar) { others.append(calendar) }
        self.otherCalendars = others
    }

    /// The Gregorian date in the page's language: long form, year-month or year as precise as `date`.
    public func gregorian(_ date: BriefingDate) -> String {
        FormattedTextCache.shared.text("\(locale.identifier)|gregorian|\(date.year)-\(date.month ?? 0)-\(date.day ?? 0)") {
            formatGregorian(date)
        }
    }

    private func formatGregorian(_ date: BriefingDate) -> String {
        guard let instant = Self.instant(date) else { return date.display }
        let pattern = date.day != nil ? "long" : date.month != nil ? "yMMMM" : "y"
        return DateFormatterPool.shared.string(from: instant, key: locale.identifier + "|gregorian|" + pattern) {
            let formatter = makeFormatter(.gregorian)
            if date.day != nil {
                formatter.dateStyle = .long
                formatter.timeStyle = .none
            } else {
                formatter.setLocalizedDateFormatFromTemplate(pattern)
            }
            return formatter
        }
    }

    /// `date` in `calendar` with its era (`25 Rabiʻ I 1447 AH`); nil for a year or a year-month.
    public func date(_ date: BriefingDate, in calendar: CalendarSystem) -> String? {
        guard date.day != nil, let instant = Self.instant(date) else { return nil }
        return FormattedTextCache.shared.text("\(locale.identifier)|\(calendar.rawValue)|\(date.year)-\(date.month ?? 0)-\(date.day ?? 0)") {
            DateFormatterPool.shared.string(from: instant, key: locale.identifier + "|" + calendar.rawValue + "|GyMMMMd") {
                let formatter = makeFormatter(calendar)
                formatter.setLocalizedDateFormatFromTemplate("GyMMMMd")
                return formatter
            }
        }
    }

    /// The date in each of `otherCalendars`, in order; empty for a year or a year-month.
    public func otherCalendarDates(_ date: BriefingDate) -> [String] {
        otherCalendars.compactMap { self.date(date, in: $0) }
    }

    /// The day, month and year of `date` in `calendar` (for tests and machine-readable output).
    public static func components(of date: BriefingDate, in calendar: CalendarSystem) -> (year: Int, month: Int, day: Int)? {
        guard date.day != nil, let instant = instant(date) else { return nil }
        let parts = calendar.calendar.dateComponents([.year, .month, .day], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return (year, month, day)
    }

    /// Noon UTC of the date's first day in the proleptic Gregorian calendar.
    static func instant(_ date: BriefingDate) -> Date? {
        CalendarSystem.gregorian.calendar.date(from: DateComponents(year: date.year, month: date.month ?? 1, day: date.day ?? 1, hour: 12))
    }

    private func makeFormatter(_ calendar: CalendarSystem) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = locale.locale
        formatter.calendar = calendar.calendar
        formatter.timeZone = TimeZone(identifier: "UTC")!
        return formatter
    }
}
