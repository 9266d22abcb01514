import Foundation

/// Names of countries and alliances in a page's language (SPEC §10).
public enum LocalizedNames {
    /// The country's name in `language`: `countries.yml`'s `names: {<language>: …}` when given (the
    /// full tag first, then its primary language), else CLDR's name for the code via Foundation's
    /// `Locale` (`TR` → `تركيا` in `ar`, `ترکیه` in `fa`, `Türkiye` in `tr`), else the `name:` from
    /// `countries.yml`. For the site's first language the `name:` field wins over CLDR, so existing
    /// single-language sites keep the names they chose.
    public static func country(_ country: Country, language: String, isPrimaryLanguage: Bool) -> String {
        if let given = lookup(country.names, language) { return given }
        if isPrimaryLanguage { return country.name }
        return cldrRegionName(country.code, language: language) ?? country.name
    }

    /// CLDR's name of the region `code` (ISO 3166-1 alpha-2) in `language`; nil when CLDR has none.
    public static func cldrRegionName(_ code: String, language: String) -> String? {
        let locale = FormattingLocale(languageTag: language).locale
        guard let name = locale.localizedString(forRegionCode: code), !name.isEmpty, name != code else { return nil }
        return name
    }

    /// The alliance's name in `language`: `names: {<language>: …}` when given, else `name`.
    public static func alliance(_ alliance: Alliance, language: String) -> String {
        lookup(alliance.names, language) ?? alliance.name
    }

    /// The alliance's summary in `language`: `summaries: {<language>: …}` when given, else `summary`.
    public static func allianceSummary(_ alliance: Alliance, language: String) -> String {
        lookup(alliance.summaries, language) ?? alliance.summary
    }

    /// Whether the alliance's name in `language` is a translation; when not, a page in another
    /// script should isolate it (`<bdi>` or `dir="auto"`).
    public static func hasAllianceName(_ alliance: Alliance, language: String) -> Bool {
        lookup(alliance.names, language) != nil
    }

    static func lookup(_ names: [String: String], _ language: String) -> String? {
        if let exact = names[language] { return exact }
        guard let primary = LanguageTag(language)?.language else { return nil }
        return names[primary]
    }
}
