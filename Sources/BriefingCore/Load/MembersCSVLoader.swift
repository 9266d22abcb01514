import Foundation

/// Reads `Content/data/members.csv` (SPEC §12): one membership period per row, columns
/// `alliance,country,joined,left` (`alliance` and `country` required). A state that left and rejoined has one
/// row per period. Rows may name only alliances of `alliances.csv`: an alliance from a YAML file lists its
/// members in that file, so each alliance's data lives in one place.
enum MembersCSVLoader {
    static let path = "Content/data/members.csv"
    static let columns = ["alliance", "country", "joined", "left"]
    static let required = ["alliance", "country"]
    static let tokens = ["alliance": "alliance id", "country": "country code", "joined": "date", "left": "date"]

    /// The memberships by alliance id, in row order. `tableIDs` are the alliances of `alliances.csv` (loaded or
    /// not: rows for a broken one are skipped quietly), `yamlFiles` the YAML alliance files by id.
    static func load(_ source: SourceText, tableIDs: Set<String>, yamlFiles: [String: String],
                     diagnostics: inout Diagnostics) -> [String: [Membership]] {
        guard let table = CSVTable.parse(source, diagnostics: &diagnostics),
              let columns = CSVColumns(table, known: columns, required: required, tokens: tokens, diagnostics: &diagnostics) else { return [:] }
        let knownIDs = tableIDs.union(yamlFiles.keys).sorted()
        var members: [String: [Membership]] = [:]
        var lineOfMembership: [Membership: Int] = [:]
        for row in table.rows {
            guard columns.checkWidth(row, headerCount: table.header.count, diagnostics: &diagnostics) else { continue }
            columns.reportInvisibleCharacters(in: row, diagnostics: &diagnostics)
            var failed = false
            func error(_ code: DiagnosticCode, _ column: String, _ message: String) {
                diagnostics.append(.error(code, file: source.path, at: columns.location(column, in: row), message))
                failed = true
            }
            guard let id = columns.value("alliance", in: row) else {
                error("missing-field", "alliance", "the column 'alliance' is empty; name the alliance's id as in alliances.csv")
                continue
            }
            if let yamlFile = yamlFiles[id] {
                error("csv-members-of-yaml-alliance", "alliance", "the alliance '\(id)' is defined in \(yamlFile); list its members there under 'members', or move the alliance to alliances.csv")
                continue
            }
            guard tableIDs.contains(id) else {
                let hint = Suggestion.hint(for: id, in: knownIDs)
                error("csv-unknown-alliance", "alliance", "unknown alliance '\(id)' in column 'alliance'\(hint.isEmpty ? "; add a row for it to alliances.csv" : hint)")
                continue
            }
            guard let code = columns.value("country", in: row) else {
                error("missing-field", "country", "the column 'country' is empty; write the member's ISO 3166-1 alpha-2 code, e.g. 'PK'")
                continue
            }
            let joined = CSVAllianceLoader.date("joined", row: row, columns: columns, report: error)
            let left = CSVAllianceLoader.date("left", row: row, columns: columns, report: error)
            if let joined, let left, left.isBefore(joined) {
                error("membership-period", "left", "\(code) left (\(left.iso)) before it joined (\(joined.iso))")
            }
            guard !failed else { continue }
            let membership = Membership(country: Located(code, at: columns.location("country", in: row)),
                                        joined: joined, left: left,
                                        joinedLocation: joined.map { _ in columns.location("joined", in: row) },
                                        leftLocation: left.map { _ in columns.location("left", in: row) }, file: source.path)
            if let earlier = members[id]?.first(where: { $0.country.value == code && $0.overlaps(membership) }) {
                let firstLine = lineOfMembership[earlier] ?? 0
                let identical = earlier.joined == joined && earlier.left == left
                if identical {
                    error("csv-duplicate-row", "country", "this row repeats line \(firstLine): '\(code)' in '\(id)' with the same dates")
                } else {
                    error("duplicate-member", "country", "'\(code)' is already a member of '\(id)' in this period (line \(firstLine)); the periods of one state's memberships must not overlap")
                }
                continue
            }
            lineOfMembership[membership] = row.line
            members[id, default: []].append(membership)
        }
        return members
    }
}
