import Foundation

/// Warning `stale-review` (SPEC §9): an alliance or article whose `reviewed` date is more than `review_after` days
/// before the day of the check. "Today" is given by the caller (the CLI passes the local date), never read here, and
/// only ever reaches diagnostics, so the output does not depend on it.
public enum ReviewCheck {
    public static func check(_ site: Site, today: BriefingDate, diagnostics: inout Diagnostics) {
        guard let limit = site.config.reviewAfterDays else { return }
        var items: [(file: String, what: String, reviewed: Located<BriefingDate>)] = []
        for alliance in site.alliances {
            if let reviewed = alliance.reviewed { items.append((alliance.file, "the alliance '\(alliance.id)'", reviewed)) }
        }
        for article in site.articles {
            if let reviewed = article.reviewed { items.append((article.file, "the article '\(article.slug)'", reviewed)) }
        }
        for item in items {
            guard let age = days(from: item.reviewed.value, to: today), age > limit else { continue }
            diagnostics.append(.warning("stale-review", file: item.file, at: item.reviewed.location,
                "the facts of \(item.what) were last reviewed on \(item.reviewed.value.iso), \(age) days ago, more than review_after (\(limit) days) allows; check them and update 'reviewed'"))
        }
    }

    /// Whole days from `start` to `end` in the Gregorian calendar; nil unless both are full dates.
    static func days(from start: BriefingDate, to end: BriefingDate) -> Int? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        func date(_ day: BriefingDate) -> Date? {
            guard let month = day.month, let dayOfMonth = day.day else { return nil }
            return calendar.date(from: DateComponents(year: day.year, month: month, day: dayOfMonth))
        }
        guard let from = date(start), let to = date(end) else { return nil }
        return calendar.dateComponents([.day], from: from, to: to).day
    }
}
