import Yams

/// Reads the YAML of a ```` ```chart ```` block into a `ChartBlockSpec`. Every problem is a diagnostic at its
/// line and column in the article file: `chart-syntax` for the block's form (YAML syntax, unknown fields, types,
/// a missing or unknown `type`), `unknown-reference` for an alliance id or country code the site does not have,
/// with a "did you mean".
enum ChartBlockParser {
    static let fields = ["type", "alliances", "countries", "from", "to", "title"]

    /// - Parameters:
    ///   - literal: the block's content, without the fences.
    ///   - firstLine: the file line of the block's first content line.
    ///   - column: the file column the block's lines start at (greater than 1 inside a list item or quote).
    static func parse(_ literal: String, firstLine: Int, column: Int = 1, file: String, site: Site) -> (ChartBlockSpec?, [Diagnostic]) {
        var parseDiagnostics = Diagnostics()
        let document = YAMLDocument.parse(literal, file: file, firstLine: firstLine, diagnostics: &parseDiagnostics)
        var result: ChartBlockSpec?
        var diagnostics = parseDiagnostics.all
        if let document {
            var reader = YAMLReader(document)
            result = read(document, reader: &reader, site: site)
            diagnostics += reader.diagnostics.all
        }
        let positioned = diagnostics.map { diagnostic -> Diagnostic in
            var moved = diagnostic
            if !["unknown-reference", "invisible-character", "no-break-space", "control-character", "invisible-character-in-text"].contains(diagnostic.code) { moved.code = "chart-syntax" }
            moved.location.column += column - 1
            return moved
        }
        return (positioned.contains { $0.severity == .error } ? nil : result, positioned)
    }

    private static func read(_ document: YAMLDocument, reader: inout YAMLReader, site: Site) -> ChartBlockSpec? {
        let what = "the chart block"
        guard let root = document.root else {
            reader.diagnostics.append(.error("chart-syntax", file: document.file, at: SourceLocation(line: document.lineOffset + 1, column: 1),
                                             "the chart block is empty; write at least 'type: timeline' and 'alliances: [id, …]' or 'countries: [code, …]'"))
            return nil
        }
        guard let mapping = reader.mapping(root, what: what) else { return nil }
        reader.rejectUnknownKeys(mapping, allowed: fields, what: what)

        var kind: ChartBlockSpec.Kind?
        if let text = reader.string(mapping, "type", required: true, what: what), let node = mapping["type"] {
            kind = ChartBlockSpec.Kind(rawValue: text)
            if kind == nil {
                let names = ChartBlockSpec.Kind.allCases.map(\.rawValue)
                let hint = Suggestion.hint(for: text, in: names)
                reader.error("chart-syntax", at: node, "unknown chart type '\(text)'\(hint.isEmpty ? "; the types are \(names.joined(separator: " and "))" : hint)")
            }
        }

        var subject: ChartBlockSpec.Subject?
        let alliancesNode = mapping["alliances"].flatMap { reader.isNull($0) ? nil : $0 }
        let countriesNode = mapping["countries"].flatMap { reader.isNull($0) ? nil : $0 }
        switch (alliancesNode, countriesNode) {
        case (nil, nil):
            let misspelt = mapping.entries.contains { !fields.contains($0.key) && Suggestion.closest(to: $0.key, in: ["alliances", "countries"]) != nil }
            if misspelt { break }
            reader.error("chart-syntax", at: mapping.node, "the chart block needs 'alliances: [id, …]' or 'countries: [code, …]'")
        case (.some, .some):
            if let key = mapping.keyNode("countries") {
                reader.error("chart-syntax", at: key, "a chart shows either 'alliances' or 'countries', not both")
            }
        case (.some(let node), nil):
            let ids = checked(reader.stringList(node, key: "alliances"), reader: &reader, kind: .alliance,
                              known: Set(site.alliances.map(\.id)), site: site)
            if let ids { subject = .alliances(ids) }
        case (nil, .some(let node)):
            let codes = checked(reader.stringList(node, key: "countries"), reader: &reader, kind: .country,
                                known: Set(site.countries.keys), site: site)
            if let codes { subject = .countries(codes) }
        }

        let from = year(mapping, "from", reader: &reader)
        let to = year(mapping, "to", reader: &reader)
        if let from, let to, to < from, let node = mapping["to"] {
            reader.error("chart-syntax", at: node, "'to' (\(to)) is before 'from' (\(from))")
        }
        let title = reader.string(mapping, "title", what: what)
        guard let kind, let subject else { return nil }
        return ChartBlockSpec(kind: kind, subject: subject, from: from, to: to, title: title)
    }

    /// The list without duplicates, or nil when it is empty or names something unknown (each reported).
    private static func checked(_ items: [Located<String>], reader: inout YAMLReader, kind: ReferenceKind,
                                known: Set<String>, site: Site) -> [String]? {
        var result: [String] = []
        var valid = true
        let skipUnknown = site.unloadedTargets.contains(kind)
        let broken = site.brokenTargets[kind] ?? []
        for item in items {
            let value = item.value
            if known.contains(value) {
                if !result.contains(value) { result.append(value) }
                continue
            }
            valid = false
            if skipUnknown || broken.contains(value) { continue }
            let noun = kind == .alliance ? "alliance" : "country"
            var message = "unknown \(noun) '\(value)' in the chart block"
            let hint = Suggestion.hint(for: value, in: known.sorted())
            if let invisible = invisibleCharacter(in: value) {
                message = "\(invisible.name) \(invisible.before.isEmpty ? "at the start" : "after '\(invisible.before)'") makes this an unknown \(noun) in the chart block; delete it"
            } else if hint.isEmpty, kind == .country, known.contains(value.uppercased()) {
                message += "; country codes are upper-case: '\(value.uppercased())'"
            } else {
                message += hint
            }
            reader.diagnostics.append(.error("unknown-reference", file: reader.file, at: item.location, message))
        }
        if items.isEmpty, let node = reader.document.root {
            reader.error("chart-syntax", at: node, "the chart block's list of \(kind == .alliance ? "alliances" : "countries") is empty")
            return nil
        }
        return valid ? result : nil
    }

    /// The first invisible or format character of `text`, named like `U+200B ZERO WIDTH SPACE`, and the text before it.
    static func invisibleCharacter(in text: String) -> (name: String, before: String)? {
        var before = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .format || category == .control || (scalar.properties.isWhitespace && scalar != " ") || scalar == " " {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                let name = scalar.properties.name ?? scalar.properties.nameAlias ?? "UNNAMED CHARACTER"
                return (code + " " + name, String(before))
            }
            before.append(scalar)
        }
        return nil
    }

    private static func year(_ mapping: YAMLMapping, _ key: String, reader: inout YAMLReader) -> Int? {
        guard let node = mapping[key], !reader.isNull(node) else { return nil }
        guard case .scalar(let scalar) = node, scalar.string.count == 4, let year = Int(scalar.string),
              scalar.string.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            reader.error("chart-syntax", at: node, "'\(key)' must be a year such as 1945, found \(reader.describe(node))")
            return nil
        }
        return year
    }
}
