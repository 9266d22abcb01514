import Yams

/// Reads `Content/countries.yml`: ISO 3166-1 alpha-2 code → `{name, region}`.
enum CountryLoader {
    static func load(_ source: SourceText, diagnostics: inout Diagnostics) -> [String: Country] {
        let text = String(decoding: source.bytes, as: UTF8.self)
        if let mixed = LineEndings.loneCarriageReturn(in: source) { diagnostics.append(mixed) }
        guard let document = YAMLDocument.parse(text, file: source.path, firstLine: 1, diagnostics: &diagnostics),
              let root = document.root else { return [:] }
        var reader = YAMLReader(document)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let mapping = reader.mapping(root, what: "countries.yml") else { return [:] }
        var countries: [String: Country] = [:]
        for entry in mapping.entries {
            let code = entry.key
            guard Identifier.isValidCountryCode(code) else {
                let hint = code.count == 2 ? "; write it in upper case: '\(code.uppercased())'" : ""
                reader.error("invalid-country-code", at: entry.keyNode, "'\(code)' is not an ISO 3166-1 alpha-2 country code (two upper-case letters)\(hint)")
                continue
            }
            let what = "the country '\(code)'"
            if case .scalar(let scalar) = entry.value, !reader.isNull(entry.value) {
                countries[code] = Country(code: code, name: reader.checkedText(scalar.string, node: entry.value, key: "name"), region: "", location: reader.location(entry.keyNode))
                continue
            }
            guard let fields = reader.mapping(entry.value, what: what) else { continue }
            reader.rejectUnknownKeys(fields, allowed: ["name", "region", "names"], what: what)
            guard let name = reader.string(fields, "name", required: true, what: what, text: true) else { continue }
            let region = reader.string(fields, "region", what: what, text: true) ?? ""
            var country = Country(code: code, name: name, region: region, location: reader.location(entry.keyNode))
            country.names = reader.languageMap(fields, "names", what: what)
            countries[code] = country
        }
        return countries
    }
}
