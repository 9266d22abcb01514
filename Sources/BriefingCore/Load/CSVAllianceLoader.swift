import Foundation

/// Reads `Content/data/alliances.csv` (SPEC §12): one alliance per row, columns
/// `id,name,short_name,kind,established,ended,status,roles,impacts,summary` (`id`, `name` and `established`
/// required, the others may be left out), `roles` and `impacts` separated by `;`. The rows become `Alliance`
/// values like those of `Content/alliances/<id>.yml`, without members (they come from `members.csv`) and without
/// sources. Every problem is reported at the row's line and the column's position, naming the column.
enum CSVAllianceLoader {
    static let path = "Content/data/alliances.csv"
    static let columns = ["id", "name", "short_name", "kind", "established", "ended", "status", "roles", "impacts", "summary"]
    static let required = ["id", "name", "established"]
    static let tokens = ["id": "alliance id", "kind": "kind", "established": "date", "ended": "date", "status": "status",
                         "roles": "role list", "impacts": "impact list"]

    /// One alliance read from a row, and where its `id` stands.
    struct Entry {
        var alliance: Alliance
        var idLocation: SourceLocation
    }

    /// The alliances of the file in row order; ids of rows that failed go to `broken`.
    static func load(_ source: SourceText, broken: inout Set<String>, diagnostics: inout Diagnostics) -> [Entry] {
        guard let table = CSVTable.parse(source, diagnostics: &diagnostics),
              let columns = CSVColumns(table, known: columns, required: required, tokens: tokens, diagnostics: &diagnostics) else { return [] }
        var entries: [Entry] = []
        var rowOfID: [String: Int] = [:]
        for row in table.rows {
            var failed = !columns.checkWidth(row, headerCount: table.header.count, diagnostics: &diagnostics)
            columns.reportInvisibleCharacters(in: row, diagnostics: &diagnostics)
            func error(_ code: DiagnosticCode, _ column: String, _ message: String) {
                diagnostics.append(.error(code, file: source.path, at: columns.location(column, in: row), message))
                failed = true
            }
            guard let id = columns.value("id", in: row) else {
                error("missing-field", "id", "the column 'id' is empty; every alliance needs an id such as 'nato'")
                continue
            }
            guard Identifier.isValidID(id) else {
                error("invalid-id", "id", "'\(id)' in column 'id' is not a valid alliance id; ids use lower-case letters, digits and '-' (e.g. '\(SiteConfigLoader.suggestedID(id))')")
                continue
            }
            if let first = rowOfID[id] {
                error("duplicate-id", "id", "the alliance id '\(id)' is already defined in line \(first) of \(CSVColumns.fileName(source.path))")
                continue
            }
            rowOfID[id] = row.line
            let name = columns.value("name", in: row)
            if name == nil { error("missing-field", "name", "the column 'name' is empty for the alliance '\(id)'") }
            let established = date("established", row: row, columns: columns, report: error)
            if columns.value("established", in: row) == nil {
                error("missing-field", "established", "the column 'established' is empty for the alliance '\(id)'; write the year (YYYY) or the date (YYYY-MM-DD)")
            }
            let ended = date("ended", row: row, columns: columns, report: error)
            if let established, let ended, ended < established {
                error("date-order", "ended", "'ended' (\(ended.iso)) is before 'established' (\(established.iso))")
            }
            var kind: AllianceKind?
            if let text = columns.value("kind", in: row) {
                kind = AllianceKind(rawValue: text)
                if kind == nil {
                    error("invalid-value", "kind", "'\(text)' in column 'kind' must be 'bilateral' or 'multilateral'\(Suggestion.hint(for: text, in: AllianceKind.allCases.map(\.rawValue)))")
                }
            }
            var status: AllianceStatus = ended == nil ? .active : .historical
            if let text = columns.value("status", in: row) {
                if let given = AllianceStatus(rawValue: text) {
                    if given == .active, let ended {
                        error("status-conflict", "status", "status is 'active' but the alliance ended in \(ended.iso); empty 'ended' or set status to 'historical'")
                    }
                    status = given
                } else {
                    error("invalid-value", "status", "'\(text)' in column 'status' must be 'active' or 'historical'\(Suggestion.hint(for: text, in: AllianceStatus.allCases.map(\.rawValue)))")
                }
            }
            guard !failed, let name, let established else {
                broken.insert(id)
                continue
            }
            let rowStart = SourceLocation(line: row.line, column: 1)
            let alliance = Alliance(
                id: id, file: source.path, name: name, shortName: columns.value("short_name", in: row), kind: kind,
                members: [], established: established, ended: ended, status: status,
                roles: list("roles", row: row, columns: columns), impacts: list("impacts", row: row, columns: columns),
                summary: columns.value("summary", in: row) ?? "", membersNote: nil, headquarters: nil, sourceEntries: [], sources: [],
                sourcesLocation: rowStart)
            var located = alliance
            located.location = rowStart
            entries.append(Entry(alliance: located, idLocation: columns.location("id", in: row)))
        }
        return entries
    }

    /// The `;`-separated items of a list column, trimmed, empty items left out; each at the column's position.
    static func list(_ column: String, row: CSVTable.Row, columns: CSVColumns) -> [Located<String>] {
        guard let text = columns.value(column, in: row) else { return [] }
        let location = columns.location(column, in: row)
        return text.split(separator: ";")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map { Located($0, at: location) }
    }

    /// A date column (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); nil when empty or invalid (then reported).
    static func date(_ column: String, row: CSVTable.Row, columns: CSVColumns, report: (DiagnosticCode, String, String) -> Void) -> BriefingDate? {
        guard let text = columns.value(column, in: row) else { return nil }
        do {
            return try BriefingDate.parse(text)
        } catch {
            report("invalid-date", column, error.message(for: text, field: column))
            return nil
        }
    }
}
