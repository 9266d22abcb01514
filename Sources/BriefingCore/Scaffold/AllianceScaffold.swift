/// A new alliance (`briefing new alliance <id>`): every field of an alliance file, to fill in.
public enum AllianceScaffold {
    /// The file for the alliance `id`. Without `name`, the name is made from the id; without at least two
    /// `members` and an `established` date the file does not build until they are filled in (the build says so).
    public static func file(id: String, name: String? = nil, members: [String] = [], established: BriefingDate? = nil) throws(ConfigurationError) -> ScaffoldFile {
        guard Identifier.isValidID(id) else {
            let suggestion = Slug.make(from: id)
            var hidden = ""
            let scalars = Array(id.unicodeScalars)
            if let index = scalars.firstIndex(where: UnicodeCharacterName.isStrippedFromToken) {
                let before = String(String.UnicodeScalarView(scalars[..<index]))
                hidden = ": it holds \(UnicodeCharacterName.phrase(scalars[index])) \(before.isEmpty ? "at its start" : "after '\(before)'")"
            }
            throw ConfigurationError("'\(id)' is not a valid alliance id\(hidden); ids use lower-case letters, digits and '-'\(suggestion.isEmpty ? "" : " (e.g. '\(suggestion)')")")
        }
        for code in members where !Identifier.isValidCountryCode(code) {
            throw ConfigurationError("'\(code)' is not a country code; use the two upper-case letters of countries.yml, e.g. PK")
        }
        let name = name ?? id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let membersLine = members.isEmpty
            ? "members: []  # at least two country codes from countries.yml, e.g. [\"PK\", \"TR\"]"
            : "members: \(YAMLText.list(members))"
        let establishedLine = established.map { "established: \($0.iso)" }
            ?? "established:  # YYYY, YYYY-MM or YYYY-MM-DD"
        let text = """
            name: \(YAMLText.quoted(name))
            # short_name: ""
            kind: \(members.count == 2 ? "bilateral" : "multilateral")  # bilateral | multilateral
            \(membersLine)
            \(establishedLine)
            # ended: YYYY-MM-DD  # makes the alliance historical
            roles: []    # ids from taxonomies.roles in site.yml
            impacts: []  # ids from taxonomies.impacts in site.yml
            summary: ""
            sources: []  # where the facts come from: a list of {title: "...", url: "https://..."} or {ref: <id in Content/sources.yml>}

            """
        return ScaffoldFile(path: "Content/alliances/\(id).yml", text: text)
    }
}
