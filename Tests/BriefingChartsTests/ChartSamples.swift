import BriefingCharts

/// Charts built by hand for the geometry and markup tests.
enum ChartSamples {
    static let columns = TimelineColumns(name: "Member", from: "Joined", to: "Left", status: "Status")

    /// A pact of 1955–1979 with members who stayed, one who left in 1959, one who joined late.
    static var pact: TimelineChart {
        let start = ChartDate(year: 1955, month: 2, day: 24)
        let end = ChartDate(year: 1979)
        func row(_ label: String, _ joined: ChartDate, _ left: ChartDate?) -> TimelineRow {
            TimelineRow(label: label, href: "../../countries/x/index.html", status: .ended, statusText: "member",
                        spans: [TimelineSpan(start: joined, end: left ?? end)])
        }
        return TimelineChart(
            id: "chart-pact", title: "Members of the pact", summary: "Five members; one left in 1959.", columns: columns,
            groups: [TimelineGroup(heading: "Members when it ended (4)",
                                   rows: [row("Türkiye", start, nil), row("United Kingdom", ChartDate(year: 1955), nil),
                                          row("Pakistan", ChartDate(year: 1955), nil), row("Iran", ChartDate(year: 1955), nil)]),
                     TimelineGroup(heading: "Left before it ended (1)", rows: [row("Iraq", start, ChartDate(year: 1959))])],
            present: ChartDate(year: 2025, month: 9, day: 17), band: TimelineSpan(start: start, end: end))
    }

    /// `count` rows with long, varied labels (Latin, Arabic, CJK, digits), alternately open and closed.
    static func large(_ count: Int) -> TimelineChart {
        let words = ["Treaty", "of", "Mutual", "Defence", "معاهدة الدفاع المشترك", "Cooperation", "北大西洋", "Pact", "Entente",
                     "Ωmega", "Non-Aggression", "1815", "Accord", "WWWWWW", "illiill"]
        var active: [TimelineRow] = []
        var ended: [TimelineRow] = []
        for index in 0..<count {
            let length = 1 + (index * 7) % 9
            let label = (0..<length).map { words[(index + $0 * 3) % words.count] }.joined(separator: " ") + " \(index)"
            let start = ChartDate(year: 1815 + (index * 37) % 200, month: 1 + index % 12)
            let open = index % 3 != 0
            let end = open ? nil : ChartDate(year: min(start.year + 1 + index % 60, 2024))
            let row = TimelineRow(label: label, href: "../alliances/a\(index)/index.html", status: open ? .ongoing : .ended,
                                  statusText: open ? "active" : "historical", spans: [TimelineSpan(start: start, end: end)])
            if open { active.append(row) } else { ended.append(row) }
        }
        return TimelineChart(id: "chart-timeline", title: "Every alliance over time", summary: "Many alliances.",
                             columns: TimelineColumns(name: "Alliance", from: "Established", to: "Ended", status: "Status"),
                             groups: [TimelineGroup(heading: "Active alliances (\(active.count))", rows: active),
                                      TimelineGroup(heading: "Historical alliances (\(ended.count))", rows: ended)],
                             present: ChartDate(year: 2025, month: 9, day: 17))
    }
}
