import BriefingCharts

/// The sentences and words of the charts built from the model, in the language of the page they go on: catalogue
/// keys `chart.*` (docs/i18n.md), counts in the language's digits, dates as `InterfaceLanguage.date(_:)` gives them.
/// `ChartWording.english` serves charts built without a page language.
public struct ChartWording: Sendable {
    public let language: InterfaceLanguage

    public init(_ language: InterfaceLanguage) { self.language = language }

    public static let english = ChartWording(InterfaceLanguage(tag: "en"))

    func text(_ key: String, _ values: [String: String] = [:]) -> String { language.text(key, values) }
    func number(_ n: Int) -> String { language.strings.number(n) }
    func list(_ names: [String]) -> String { names.joined(separator: text("list.separator")) }
    func date(_ date: BriefingDate) -> String { language.date(date) }

    func asOf(_ present: BriefingDate?) -> String {
        present.map { " " + text("chart.present", ["date": date($0)]) } ?? ""
    }

    var tableNote: String { " " + text("chart.table_note") }

    // Alliance page
    func membershipTitle(_ alliance: Alliance) -> String {
        let localized = language.allianceName(alliance)
        return text("chart.membership_title", ["name": localized == alliance.name ? alliance.displayName : localized])
    }
    func membershipSummary(_ alliance: Alliance, current: Int, former: Int, present: BriefingDate?) -> String {
        var values = ["name": language.allianceName(alliance), "date": date(alliance.established),
                      "current": number(current), "former": number(former)]
        let key: String
        if let ended = alliance.ended {
            values["ended"] = date(ended)
            key = "chart.membership_summary_ended"
        } else {
            key = "chart.membership_summary"
        }
        return text(key, values) + asOf(present) + tableNote
    }
    var memberColumns: TimelineColumns {
        TimelineColumns(name: text("chart.column_member"), from: text("chart.column_joined"), to: text("chart.column_left"),
                        status: text("chart.column_status"))
    }
    func currentHeading(_ n: Int, active: Bool) -> String {
        text(active ? "chart.current_members" : "chart.members_at_end", ["count": number(n)])
    }
    func formerHeading(_ n: Int, active: Bool) -> String {
        text(active ? "chart.former_members" : "chart.left_before_end", ["count": number(n)])
    }
    func memberStatus(leftEarly: Bool, active: Bool) -> String {
        text(leftEarly ? "chart.status_former_member" : (active ? "chart.status_current_member" : "chart.status_member_until_end"))
    }

    /// `active`/`historical` in the language (`status.*`, lower-cased as the English table has always shown it).
    func status(_ status: AllianceStatus) -> String { language.status(status).lowercased(with: nil) }

    // Country page
    func countryTitle(_ name: String) -> String { text("chart.country_title", ["name": name]) }
    func countrySummary(_ name: String, active: Int, historical: Int, present: BriefingDate?) -> String {
        text("chart.country_summary", ["name": name, "active": number(active), "historical": number(historical)])
            + asOf(present) + tableNote
    }
    var countryColumns: TimelineColumns {
        TimelineColumns(name: text("chart.column_alliance"), from: text("chart.column_member_from"),
                        to: text("chart.column_member_until"), status: text("chart.column_status"))
    }
    func membershipStatus(current: Bool) -> String { text(current ? "chart.status_member" : "chart.status_former_member") }

    // Timeline page and alliance lists
    var landscapeTitle: String { text("chart.landscape_title") }
    func landscapeSummary(active: Int, historical: Int, present: BriefingDate?) -> String {
        text("chart.landscape_summary", ["active": number(active), "historical": number(historical)]) + asOf(present) + tableNote
    }
    func selectionTitle(_ names: [String]) -> String { text("chart.selection_title", ["list": list(names)]) }
    var allianceColumns: TimelineColumns {
        TimelineColumns(name: text("chart.column_alliance"), from: text("chart.column_established"),
                        to: text("chart.column_ended"), status: text("chart.column_status"))
    }
    func activeHeading(_ n: Int) -> String { text("chart.active_heading", ["count": number(n)]) }
    func historicalHeading(_ n: Int) -> String { text("chart.historical_heading", ["count": number(n)]) }
    func countriesTitle(_ names: [String]) -> String { text("chart.countries_title", ["list": list(names)]) }
    func countriesSummary(_ names: [String], present: BriefingDate?) -> String {
        text("chart.countries_summary", ["list": list(names)]) + asOf(present) + tableNote
    }

    // Membership matrix
    func matrixTitle(_ columns: [String]) -> String { text("chart.matrix_title", ["list": list(columns)]) }
    func matrixSummary(rows: Int, columns: Int) -> String {
        text("chart.matrix_summary", ["rows": number(rows), "columns": number(columns)]) + tableNote
    }
    var matrixRowHeader: String { text("chart.matrix_row_header") }
    func period(joined: BriefingDate, left: BriefingDate?) -> String {
        guard let left else { return text("member.since", ["date": date(joined)]) }
        return text("member.period", ["joined": date(joined), "left": date(left)])
    }
}
