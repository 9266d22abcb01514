import BriefingCharts

/// The English sentences and words of the charts built from the model, in one place for translation.
enum ChartWording {
    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    static func asOf(_ present: BriefingDate?) -> String {
        present.map { " The dashed line marks the present, \($0.display) (the newest date in this briefing)." } ?? ""
    }

    static let tableNote = " The same data is in the table below the chart."

    // Alliance page
    static func membershipTitle(_ alliance: Alliance) -> String { "Members of \(alliance.displayName) over time" }
    static func membershipSummary(_ alliance: Alliance, current: Int, former: Int, present: BriefingDate?) -> String {
        var text = "\(alliance.name): established \(alliance.established.display)"
        if let ended = alliance.ended { text += ", ended \(ended.display)" }
        text += "; \(count(current, alliance.status == .active ? "current member" : "member until the end", alliance.status == .active ? "current members" : "members until the end"))"
        text += " and \(count(former, "former member", "former members")). Each bar runs from joining to leaving."
        return text + asOf(present) + tableNote
    }
    static let memberColumns = TimelineColumns(name: "Member", from: "Joined", to: "Left", status: "Status")
    static func currentHeading(_ n: Int, active: Bool) -> String { active ? "Current members (\(n))" : "Members when it ended (\(n))" }
    static func formerHeading(_ n: Int, active: Bool) -> String { active ? "Former members (\(n))" : "Left before it ended (\(n))" }
    static func memberStatus(leftEarly: Bool, active: Bool) -> String {
        leftEarly ? "former member" : (active ? "current member" : "member until the end")
    }

    // Country page
    static func countryTitle(_ name: String) -> String { "Alliances of \(name) over time" }
    static func countrySummary(_ name: String, active: Int, historical: Int, present: BriefingDate?) -> String {
        "\(name) is or was a member of \(count(active, "active alliance", "active alliances")) and "
            + "\(count(historical, "historical alliance", "historical alliances")). Each dark bar is \(name)'s membership, "
            + "the pale bar behind it the alliance's lifetime." + asOf(present) + tableNote
    }
    static let countryColumns = TimelineColumns(name: "Alliance", from: "Member from", to: "Member until", status: "Status")
    static func membershipStatus(current: Bool) -> String { current ? "member" : "former member" }

    // Timeline page and alliance lists
    static let landscapeTitle = "Every alliance over time"
    static func landscapeSummary(active: Int, historical: Int, present: BriefingDate?) -> String {
        "\(count(active, "active alliance", "active alliances")) and \(count(historical, "historical alliance", "historical alliances")), "
            + "each bar from its establishment to its end." + asOf(present) + tableNote
    }
    static func selectionTitle(_ names: [String]) -> String { "Alliances over time: " + names.joined(separator: ", ") }
    static let allianceColumns = TimelineColumns(name: "Alliance", from: "Established", to: "Ended", status: "Status")
    static func activeHeading(_ n: Int) -> String { "Active alliances (\(n))" }
    static func historicalHeading(_ n: Int) -> String { "Historical alliances (\(n))" }
    static func countriesTitle(_ names: [String]) -> String { "Alliances over time of " + names.joined(separator: ", ") }
    static func countriesSummary(_ names: [String], present: BriefingDate?) -> String {
        "For each of \(names.joined(separator: ", ")): every alliance it is or was a member of, the dark bar its membership, "
            + "the pale bar the alliance's lifetime." + asOf(present) + tableNote
    }

    // Membership matrix
    static func matrixTitle(_ columns: [String]) -> String { "Who belongs to which alliance: " + columns.joined(separator: ", ") }
    static func matrixSummary(rows: Int, columns: Int) -> String {
        "A grid of \(count(rows, "country", "countries")) against \(count(columns, "alliance", "alliances")); a dark square is a "
            + "current membership, a pale one a former membership." + tableNote
    }
    static let matrixRowHeader = "Country"
    static func period(joined: BriefingDate, left: BriefingDate?) -> String {
        left.map { "\(joined.display) – \($0.display)" } ?? "since \(joined.display)"
    }
}
