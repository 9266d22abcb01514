/// The interface string catalogues compiled into briefing (SPEC §10): `en`, `ar`, `ur`, `fa`, `tr`, `fr`.
///
/// Each is a flat map from a dotted key to a string. `{name}` marks a placeholder filled in by
/// `InterfaceStrings`. A counted phrase has one key per CLDR plural category of its language
/// (`reading.minutes.one`, `reading.minutes.other`; Arabic also `.zero`, `.two`, `.few`, `.many`).
public enum BuiltinCatalogues {
    /// Built-in catalogues by primary language subtag.
    public static let byLanguage: [String: [String: String]] = [
        "en": english, "ar": arabic, "ur": urdu, "fa": persian, "tr": turkish, "fr": french,
    ]

    /// Languages with a built-in catalogue, in a fixed order.
    public static let languages = ["en", "ar", "ur", "fa", "tr", "fr"]

    /// Keys of counted phrases, without the category suffix: `reading.minutes`, `search.results`, ….
    public static let pluralKeys: [String] = {
        var bases: Set<String> = []
        for key in english.keys {
            for category in PluralCategory.allCases where key.hasSuffix("." + category.rawValue) {
                bases.insert(String(key.dropLast(category.rawValue.count + 1)))
            }
        }
        return bases.sorted()
    }()

    /// Keys that are not counted phrases, sorted.
    public static let plainKeys: [String] = english.keys.filter { key in
        !pluralKeys.contains { key.hasPrefix($0 + ".") && PluralCategory(rawValue: String(key.dropFirst($0.count + 1))) != nil }
    }.sorted()

    /// Whether `key` may appear in a catalogue: a plain key, or a counted phrase's key with any category.
    public static func isKnownKey(_ key: String) -> Bool {
        if english[key] != nil { return true }
        guard let dot = key.lastIndex(of: "."), PluralCategory(rawValue: String(key[key.index(after: dot)...])) != nil else { return false }
        return pluralKeys.contains(String(key[..<dot]))
    }

    /// Every key a complete catalogue for `language` holds: the plain keys and, for each counted
    /// phrase, one key per plural category of the language.
    public static func requiredKeys(language: String) -> [String] {
        var keys = plainKeys
        for base in pluralKeys {
            keys += PluralCategory.categories(language: language).map { base + "." + $0.rawValue }
        }
        return keys.sorted()
    }
}
