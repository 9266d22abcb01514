/// The writing direction of a page: the value of `dir` on `<html>` (SPEC §10).
public enum TextDirection: String, Sendable, CaseIterable {
    case ltr
    case rtl

    /// Languages written right to left in their default script (SPEC §10): Arabic, Persian, Urdu,
    /// Pashto, Sindhi, Uyghur, Central Kurdish (Sorani), Dhivehi, Hebrew, Yiddish.
    public static let rightToLeftLanguages: Set<String> = ["ar", "fa", "ur", "ps", "sd", "ug", "ckb", "dv", "he", "yi"]

    /// Scripts written right to left (ISO 15924), so that `az-Arab` or `pa-Arab` is right to left.
    public static let rightToLeftScripts: Set<String> = ["Arab", "Aran", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"]

    /// The direction of `tag`: its script subtag decides when present (`ur-Latn` → ltr, `tk-Arab` → rtl),
    /// else its primary language; unknown or malformed tags are left to right.
    public init(languageTag tag: String) {
        guard let parsed = LanguageTag(tag) else {
            self = .ltr
            return
        }
        if let script = parsed.script {
            self = Self.rightToLeftScripts.contains(script) ? .rtl : .ltr
        } else {
            self = Self.rightToLeftLanguages.contains(parsed.language) ? .rtl : .ltr
        }
    }

    /// The direction of a page: the front matter's `direction:` when set, else `site.yml`'s, else the language's.
    public static func resolve(language: String, site: TextDirection? = nil, page: TextDirection? = nil) -> TextDirection {
        page ?? site ?? TextDirection(languageTag: language)
    }

    /// `start` side for CSS and attributes: `left` for ltr, `right` for rtl.
    public var startSide: String { self == .ltr ? "left" : "right" }
}
