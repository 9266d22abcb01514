/// `languages:`, `direction:` and `calendars:` of `site.yml` (SPEC §10).
extension SiteConfigLoader {
    static let languageFields = ["languages", "direction", "calendars"]

    static func loadLanguageSettings(_ mapping: YAMLMapping, into config: inout SiteConfig, reader: inout YAMLReader) {
        if let node = mapping["languages"], !reader.isNull(node) {
            var languages: [String] = []
            for item in reader.stringList(node, key: "languages") {
                guard LanguageTag(item.value) != nil else {
                    reader.diagnostics.append(.error("invalid-language", file: reader.file, at: item.location,
                        "'\(item.value)' in 'languages' is not a BCP 47 language tag such as 'en', 'ar' or 'fr-CA'"))
                    continue
                }
                if languages.contains(item.value) {
                    reader.diagnostics.append(.error("duplicate-language", file: reader.file, at: item.location,
                        "'\(item.value)' is listed twice in 'languages'"))
                    continue
                }
                languages.append(item.value)
            }
            if let first = languages.first {
                if let given = mapping["language"], let text = given.scalar?.string, text != first {
                    reader.warning("language-mismatch", at: given,
                        "'language: \(text)' differs from the first entry of 'languages' ('\(first)'), which is the language built at the root; remove 'language:' or make them agree")
                }
                config.language = first
                config.languages = languages
            }
        }
        config.direction = reader.direction(mapping, what: "site.yml")
        if let node = mapping["calendars"], !reader.isNull(node) {
            var calendars: [CalendarSystem] = [.gregorian]
            let allowed = CalendarSystem.allCases.map(\.rawValue)
            for item in reader.stringList(node, key: "calendars") {
                guard let calendar = CalendarSystem(rawValue: item.value) else {
                    let hint = ["islamic", "hijri", "umm-al-qura", "islamic-umm-al-qura", "ummalqura"].contains(item.value.lowercased())
                        ? "; did you mean 'islamic-umalqura'?" : Suggestion.hint(for: item.value, in: allowed)
                    reader.diagnostics.append(.error("unknown-calendar", file: reader.file, at: item.location,
                        "unknown calendar '\(item.value)' in 'calendars'\(hint.isEmpty ? "; use one of: \(allowed.joined(separator: ", "))" : hint)"))
                    continue
                }
                if !calendars.contains(calendar) { calendars.append(calendar) }
            }
            config.calendars = calendars
        }
    }
}

extension YAMLReader {
    /// `direction: rtl|ltr`; nil when absent, an error `invalid-direction` for any other value.
    mutating func direction(_ mapping: YAMLMapping, what: String) -> TextDirection? {
        guard let node = mapping["direction"], !isNull(node) else { return nil }
        guard let text = node.scalar?.string, let direction = TextDirection(rawValue: text.lowercased()) else {
            error("invalid-direction", at: node, "'direction' in \(what) must be 'rtl' (right to left) or 'ltr' (left to right), found \(describe(node))")
            return nil
        }
        return direction
    }
}
