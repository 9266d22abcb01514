/// The interface strings of one language: the built-in catalogue with the site's overrides on top,
/// English for any key still missing (SPEC §10).
public struct InterfaceStrings: Sendable {
    /// The language tag as the site gives it, e.g. `ar`.
    public let language: String
    /// Merged catalogue: built-in entries for the language, then `Content/i18n/<language>.yml`.
    public let entries: [String: String]
    /// Keys a complete catalogue for the language has but this one lacks, sorted; each falls back to English.
    public let missingKeys: [String]
    private let numbers: FormattingLocale

    /// - Parameters:
    ///   - language: BCP 47 tag; the built-in catalogue of its primary language is used when there is one.
    ///   - overrides: entries from `Content/i18n/<language>.yml` (unknown keys already reported and dropped).
    public init(language: String, overrides: [String: String] = [:]) {
        self.language = language
        let primary = LanguageTag(language)?.language ?? language
        var entries = BuiltinCatalogues.byLanguage[primary] ?? [:]
        entries.merge(overrides) { _, override in override }
        self.entries = entries
        self.missingKeys = BuiltinCatalogues.requiredKeys(language: language).filter { entries[$0] == nil }
        self.numbers = FormattingLocale(languageTag: language)
    }

    /// The string for `key` with each `{name}` replaced by `values[name]`; English when the language
    /// lacks the key, the key itself when English lacks it too (a programming error a test catches).
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        fill(entries[key] ?? BuiltinCatalogues.english[key] ?? key, values)
    }

    /// The counted phrase `key` for `count`: the entry `<key>.<category>` for the CLDR plural category
    /// of `count` in the language (`PluralCategory.of`), falling back to `<key>.other`, then to English.
    /// `{count}` is replaced by `count` in the language's digits.
    public func text(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        let category = PluralCategory.of(count, language: language)
        let template = entries["\(key).\(category.rawValue)"] ?? entries["\(key).other"]
            ?? BuiltinCatalogues.english["\(key).\(PluralCategory.of(count, language: "en").rawValue)"]
            ?? BuiltinCatalogues.english["\(key).other"] ?? key
        var values = values
        values["count"] = numbers.number(count)
        return fill(template, values)
    }

    /// `value` in the language's digits (`12` → `١٢` in Arabic).
    public func number(_ value: Int) -> String { numbers.number(value) }

    /// Joins `items` with the language's list separator (`, `; `، ` in Arabic, Persian and Urdu).
    public func list(_ items: [String]) -> String {
        items.joined(separator: text("list.separator"))
    }

    private func fill(_ template: String, _ values: [String: String]) -> String {
        guard template.contains("{"), !values.isEmpty else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
