import BriefingCore
import Foundation

/// Today's date in the local time zone, for new articles and the `stale-review` check.
enum Today {
    static var date: BriefingDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return BriefingDate(year: parts.year ?? 1970, month: parts.month, day: parts.day)
    }
}
