/// Brings `Content/data/alliances.csv` and `Content/data/members.csv` (SPEC §12) into the alliances the YAML
/// files gave: the same `Alliance` model, with an id defined both in a CSV row and in `Content/alliances/` an
/// error at the row that names the YAML file (the YAML alliance is kept).
enum TabularAllianceLoader {
    /// The CSV alliances with their members, in row order. `yamlFiles` are the YAML alliance files by id (loaded
    /// or not); ids of CSV alliances that failed are added to `broken`.
    static func load(_ files: ContentFiles, yamlFiles: [String: String], broken: inout Set<String>,
                     fingerprint: inout ContentHash, diagnostics: inout Diagnostics) -> [Alliance] {
        func read(_ path: String) -> SourceText? {
            guard files.exists(path) else { return nil }
            switch files.read(path) {
            case .success(let source):
                fingerprint.combine(path)
                fingerprint.combine(source.bytes)
                return source
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            }
        }
        let alliancesSource = read(CSVAllianceLoader.path)
        let membersSource = read(MembersCSVLoader.path)
        guard alliancesSource != nil || membersSource != nil else { return [] }

        var failed: Set<String> = []
        var entries = alliancesSource.map { CSVAllianceLoader.load($0, broken: &failed, diagnostics: &diagnostics) } ?? []
        entries.removeAll { entry in
            guard let yamlFile = yamlFiles[entry.alliance.id] else { return false }
            diagnostics.append(.error("duplicate-id", file: CSVAllianceLoader.path, at: entry.idLocation,
                                      "the alliance id '\(entry.alliance.id)' is defined both here and in \(yamlFile); keep one of them"))
            return true
        }
        failed.subtract(yamlFiles.keys)
        let tableIDs = Set(entries.map(\.alliance.id)).union(failed)
        let members = membersSource.map {
            MembersCSVLoader.load($0, tableIDs: tableIDs, yamlFiles: yamlFiles, diagnostics: &diagnostics)
        } ?? [:]

        var alliances: [Alliance] = []
        for var entry in entries {
            entry.alliance.members = members[entry.alliance.id] ?? []
            let periodProblems = AllianceLoader.periodProblems(entry.alliance.members, established: entry.alliance.established,
                                                               ended: entry.alliance.ended, file: MembersCSVLoader.path)
            diagnostics.append(contentsOf: periodProblems)
            let states = Set(entry.alliance.members.map(\.country.value)).count
            if states < 2 {
                diagnostics.append(.error("too-few-members", file: CSVAllianceLoader.path, at: entry.idLocation,
                                          "an alliance needs at least two members; \(MembersCSVLoader.path) lists \(states) for '\(entry.alliance.id)'"))
                failed.insert(entry.alliance.id)
                continue
            }
            if entry.alliance.kind == .bilateral, states > 2 {
                diagnostics.append(.warning("bilateral-members", file: CSVAllianceLoader.path, at: entry.idLocation,
                                            "a bilateral alliance has two members, '\(entry.alliance.id)' has \(states) in \(MembersCSVLoader.path)"))
            }
            alliances.append(entry.alliance)
        }
        broken.formUnion(failed)
        return alliances
    }
}
