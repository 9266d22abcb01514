/// The ids each kind of reference can point to, and the check that reports a reference to nothing.
struct Targets {
    private var ids: [ReferenceKind: Set<String>] = [:]
    private var sortedIDs: [ReferenceKind: [String]] = [:]
    private let countryNames: [String: String]
    private let unloaded: Set<ReferenceKind>
    private let broken: [ReferenceKind: Set<String>]

    init(_ site: Site) {
        ids[.alliance] = Set(site.alliances.map(\.id))
        ids[.country] = Set(site.countries.keys)
        ids[.article] = Set(site.articles.map(\.slug))
        ids[.impact] = Set(site.config.impacts.map(\.id))
        ids[.role] = Set(site.config.roles.map(\.id))
        for (kind, set) in ids { sortedIDs[kind] = set.sorted() }
        var names: [String: String] = [:]
        for country in site.countries.values { names[country.name.lowercased()] = country.code }
        countryNames = names
        unloaded = site.unloadedTargets
        broken = site.brokenTargets
    }

    /// Whether the reference names an existing target; if not, reports it with a suggestion.
    @discardableResult
    func check(_ reference: Reference, field: String?, diagnostics: inout Diagnostics) -> Bool {
        if ids[reference.kind]?.contains(reference.id) == true { return true }
        if unloaded.contains(reference.kind) || broken[reference.kind]?.contains(reference.id) == true { return false }
        let noun = reference.kind == .country ? "country code" : reference.kind.rawValue
        let place = field.map { " in '\($0)'" } ?? ""
        var message = reference.id.isEmpty
            ? "empty \(reference.kind.rawValue) reference\(place); write \(reference.kind.rawValue):<id>"
            : "unknown \(noun) '\(reference.id)'\(place)"
        if !reference.id.isEmpty {
            message += suggestion(for: reference)
        }
        diagnostics.append(.error("unknown-reference", file: reference.file, at: reference.location, message))
        return false
    }

    private func suggestion(for reference: Reference) -> String {
        let candidates = sortedIDs[reference.kind] ?? []
        if reference.kind == .country {
            if candidates.contains(reference.id.uppercased()) {
                return "; country codes are upper case: did you mean '\(reference.id.uppercased())'?"
            }
            if let code = countryNames[reference.id.lowercased()] {
                return "; did you mean '\(code)' (\(reference.id))?"
            }
            return "; add it to Content/countries.yml"
        }
        if let lower = candidates.first(where: { $0 == reference.id.lowercased() }) {
            return "; ids are lower case: did you mean '\(lower)'?"
        }
        let hint = Suggestion.hint(for: reference.id, in: candidates)
        if !hint.isEmpty { return hint }
        switch reference.kind {
        case .alliance: return "; no file Content/alliances/\(reference.id).yml exists"
        case .article: return "; no article has the slug '\(reference.id)'"
        case .impact, .role: return "; declare it under taxonomies.\(reference.kind.taxonomy!.rawValue) in Content/site.yml"
        case .country: return ""
        }
    }

    /// An inline cross-link whose id holds invisible or control characters (`(country:AZ\u{200B})`, pasted from a web
    /// page): each is reported (`invisible-character`) at its column in `source`, and the reference is returned
    /// without them, so it is not also reported as unknown.
    static func withoutInvisibleCharacters(_ reference: Reference, source: SourceText, diagnostics: inout Diagnostics) -> Reference {
        // Printable ASCII, as nearly every id is, holds none.
        if reference.id.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return reference }
        let scalars = Array(reference.id.unicodeScalars)
        guard scalars.contains(where: UnicodeCharacterName.isStrippedFromToken) else { return reference }
        let noun = reference.kind == .country ? "country code" : "\(reference.kind.rawValue) id"
        let idStart = columnOfID(reference, source: source)
        for (index, scalar) in scalars.enumerated() where UnicodeCharacterName.isStrippedFromToken(scalar) {
            var location = reference.location
            if let idStart { location.column = idStart + index }
            diagnostics.append(.error("invisible-character", file: reference.file, at: location,
                UnicodeCharacterName.tokenMessage(noun: noun, token: scalars, index: index, column: location.column)))
        }
        var cleaned = reference
        cleaned.id = String(String.UnicodeScalarView(scalars.filter { !UnicodeCharacterName.isStrippedFromToken($0) }))
        return cleaned
    }

    /// The 1-based column where the id of `(kind:id)` starts on the reference's line, when it is written there.
    private static func columnOfID(_ reference: Reference, source: SourceText) -> Int? {
        let lines = YAMLLines.split(String(decoding: source.bytes, as: UTF8.self))
        guard reference.location.line >= 1, reference.location.line <= lines.count else { return nil }
        let line = lines[reference.location.line - 1]
        let needle = Array("(\(reference.kind.rawValue):\(reference.id)".unicodeScalars)
        var start = max(reference.location.column - 1, 0)
        while start + needle.count <= line.count {
            if Array(line[start..<start + needle.count]) == needle {
                return start + needle.count - reference.id.unicodeScalars.count + 1
            }
            start += 1
        }
        return nil
    }
}
