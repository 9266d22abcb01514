import BriefingCharts

/// Builds chart data from the model: the charts of the alliance pages, the country pages and
/// `timeline/index.html` (SPEC §11). Every function is pure: the same site gives the same chart.
///
/// - `root` is the relative prefix from the page the chart goes on to the output root (`SitePaths.root(from:)`,
///   e.g. `../../`); it prefixes the links in the table.
/// - `present` is where open periods end and the present line is drawn: pass `ChartPresent.date(in:)`
///   (computed once per build), never today's date.
/// - `id` prefixes the ids in the SVG and must be unique in the page.
public enum SiteCharts {
    /// An alliance's membership timeline: the alliance's span (`established`–`ended`) on top and as a band
    /// behind, then its current members (by `joined`, then name), then its former members (most recent
    /// leavers first, then name), each bar from `joined` (else `established`) to `left` (else `ended`, else the present).
    public static func membershipTimeline(of alliance: Alliance, in site: Site, root: String, present: BriefingDate?,
                                          id: String = "chart-members", wording: ChartWording = .english) -> TimelineChart {
        let active = alliance.isInForce
        var current: [(TimelineRow, MembershipPeriod, String)] = []
        var former: [(TimelineRow, MembershipPeriod, String)] = []
        for member in alliance.members {
            let code = member.country.value
            let name = site.countries[code]?.name ?? code
            let period = MembershipPeriod(member, of: alliance)
            let row = TimelineRow(label: name, href: root + SitePaths.country(code), status: period.isCurrent ? .ongoing : .ended,
                                  statusText: wording.memberStatus(leftEarly: member.left != nil, active: active),
                                  spans: [TimelineSpan(start: period.joined.chartDate, end: period.left?.chartDate)])
            if member.left == nil { current.append((row, period, name)) } else { former.append((row, period, name)) }
        }
        current.sort { ($0.1.joined, $0.2) < ($1.1.joined, $1.2) }
        former.sort { lhs, rhs in
            let (l, r) = (lhs.1.left ?? lhs.1.joined, rhs.1.left ?? rhs.1.joined)
            return l != r ? r < l : lhs.2 < rhs.2
        }
        let span = TimelineSpan(start: alliance.established.chartDate, end: alliance.ended?.chartDate)
        let allianceRow = TimelineRow(label: alliance.displayName, status: active ? .ongoing : .ended,
                                      statusText: wording.status(alliance.status), spans: [span], emphasised: true)
        return TimelineChart(
            id: id, title: wording.membershipTitle(alliance),
            summary: wording.membershipSummary(alliance, current: current.count, former: former.count, present: present),
            columns: wording.memberColumns,
            groups: [TimelineGroup(heading: nil, rows: [allianceRow]),
                     TimelineGroup(heading: wording.currentHeading(current.count, active: active), rows: current.map(\.0)),
                     TimelineGroup(heading: wording.formerHeading(former.count, active: active), rows: former.map(\.0))],
            present: present?.chartDate, band: span)
    }

    /// A country's alliances on one axis: active alliances first, then historical ones, each by the start of the
    /// country's membership, then name; the dark bar is the membership, the pale one behind it the alliance's lifetime.
    public static func countryTimeline(of code: String, in site: Site, root: String, present: BriefingDate?,
                                       id: String = "chart-alliances", wording: ChartWording = .english) -> TimelineChart {
        let name = site.countries[code]?.name ?? code
        let (active, historical) = countryRows(code, in: site, root: root, wording: wording)
        return TimelineChart(
            id: id, title: wording.countryTitle(name),
            summary: wording.countrySummary(name, active: active.count, historical: historical.count, present: present),
            columns: wording.countryColumns,
            groups: [TimelineGroup(heading: wording.activeHeading(active.count), rows: active),
                     TimelineGroup(heading: wording.historicalHeading(historical.count), rows: historical)],
            present: present?.chartDate)
    }

    /// Several countries' alliances on one axis, one group per country (in the order given), each as in
    /// `countryTimeline`.
    public static func countriesTimeline(of codes: [String], in site: Site, root: String, present: BriefingDate?,
                                         id: String, wording: ChartWording = .english) -> TimelineChart {
        let names = codes.map { site.countries[$0]?.name ?? $0 }
        var groups: [TimelineGroup] = []
        for (code, name) in zip(codes, names) {
            let (active, historical) = countryRows(code, in: site, root: root, wording: wording)
            groups.append(TimelineGroup(heading: name, rows: active + historical))
        }
        return TimelineChart(id: id, title: wording.countriesTitle(names),
                             summary: wording.countriesSummary(names, present: present),
                             columns: wording.countryColumns, groups: groups, present: present?.chartDate)
    }

    /// Every alliance (or the ones at `indices` of `site.alliances`) from `established` to `ended`, grouped
    /// active / historical, each group by `established`, then name. At 1,000 alliances the drawing is 1,000 rows.
    public static func landscape(of site: Site, indices: [Int]? = nil, root: String, present: BriefingDate?,
                                 id: String = "chart-timeline", title: String? = nil, wording: ChartWording = .english) -> TimelineChart {
        var active: [(BriefingDate, String, TimelineRow)] = []
        var historical: [(BriefingDate, String, TimelineRow)] = []
        for index in indices ?? Array(site.alliances.indices) where site.alliances.indices.contains(index) {
            let alliance = site.alliances[index]
            let isActive = alliance.isInForce
            let row = TimelineRow(label: alliance.displayName, href: root + SitePaths.alliance(alliance.id),
                                  status: isActive ? .ongoing : .ended, statusText: wording.status(alliance.status),
                                  spans: [TimelineSpan(start: alliance.established.chartDate, end: alliance.ended?.chartDate)])
            if isActive { active.append((alliance.established, alliance.displayName, row)) }
            else { historical.append((alliance.established, alliance.displayName, row)) }
        }
        active.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        historical.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return TimelineChart(
            id: id, title: title ?? wording.landscapeTitle,
            summary: wording.landscapeSummary(active: active.count, historical: historical.count, present: present),
            columns: wording.allianceColumns,
            groups: [TimelineGroup(heading: wording.activeHeading(active.count), rows: active.map(\.2)),
                     TimelineGroup(heading: wording.historicalHeading(historical.count), rows: historical.map(\.2))],
            present: present?.chartDate)
    }

    /// Countries against alliances. With `countries` nil: the alliances at `allianceIndices` as columns (in that
    /// order) and every member of any of them as rows (by name). With `countries`: those rows (in that order) and
    /// as columns every alliance any of them belongs to (by `established`, then name).
    public static func membershipMatrix(in site: Site, allianceIndices: [Int]?, countries: [String]?, root: String,
                                        id: String, wording: ChartWording = .english) -> MembershipMatrix {
        var columns: [Int]
        var rows: [String]
        if let countries {
            rows = countries
            let wanted = Set(countries)
            columns = site.alliances.indices.filter { site.alliances[$0].members.contains { wanted.contains($0.country.value) } }
            columns.sort { (site.alliances[$0].established, site.alliances[$0].displayName) < (site.alliances[$1].established, site.alliances[$1].displayName) }
        } else {
            columns = (allianceIndices ?? Array(site.alliances.indices)).filter { site.alliances.indices.contains($0) }
            var seen = Set<String>()
            rows = []
            for index in columns {
                for member in site.alliances[index].members where seen.insert(member.country.value).inserted {
                    rows.append(member.country.value)
                }
            }
            rows.sort { (site.countries[$0]?.name ?? $0, $0) < (site.countries[$1]?.name ?? $1, $1) }
        }
        let rowIndex = Dictionary(rows.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [MatrixEntry] = []
        for (column, index) in columns.enumerated() {
            let alliance = site.alliances[index]
            for member in alliance.members {
                guard let row = rowIndex[member.country.value] else { continue }
                let period = MembershipPeriod(member, of: alliance)
                entries.append(MatrixEntry(row: row, column: column, status: period.isCurrent ? .ongoing : .ended,
                                           text: wording.period(joined: period.joined, left: period.left)))
            }
        }
        let columnLabels = columns.map { site.alliances[$0].displayName }
        return MembershipMatrix(
            id: id, title: wording.matrixTitle(columnLabels),
            summary: wording.matrixSummary(rows: rows.count, columns: columns.count),
            rowHeader: wording.matrixRowHeader,
            rows: rows.map { MatrixLine(label: site.countries[$0]?.name ?? $0, href: root + SitePaths.country($0)) },
            columns: columns.map { MatrixLine(label: site.alliances[$0].displayName, href: root + SitePaths.alliance(site.alliances[$0].id)) },
            entries: entries)
    }

    /// The rows of a country's alliances: (active, historical), each by membership start, then name.
    static func countryRows(_ code: String, in site: Site, root: String, wording: ChartWording = .english) -> ([TimelineRow], [TimelineRow]) {
        var active: [(BriefingDate, String, TimelineRow)] = []
        var historical: [(BriefingDate, String, TimelineRow)] = []
        for alliance in site.alliances {
            guard let member = alliance.members.first(where: { $0.country.value == code }) else { continue }
            let period = MembershipPeriod(member, of: alliance)
            let row = TimelineRow(
                label: alliance.displayName, href: root + SitePaths.alliance(alliance.id),
                status: period.isCurrent ? .ongoing : .ended, statusText: wording.membershipStatus(current: period.isCurrent),
                spans: [TimelineSpan(start: alliance.established.chartDate, end: alliance.ended?.chartDate, emphasis: .context),
                        TimelineSpan(start: period.joined.chartDate, end: period.left?.chartDate)])
            if alliance.isInForce {
                active.append((period.joined, alliance.displayName, row))
            } else {
                historical.append((period.joined, alliance.displayName, row))
            }
        }
        active.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        historical.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return (active.map(\.2), historical.map(\.2))
    }
}
