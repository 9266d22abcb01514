/// A CLDR plural category: which form of a counted phrase a number takes.
public enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other

    /// The category of the whole number `count` in `language` (a BCP 47 tag; only its primary language counts).
    ///
    /// Rules from the Unicode CLDR plural rules (common/supplemental/plurals.xml, CLDR 44–46,
    /// https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html), for
    /// integers (`n = i`, `v = 0`, `e = 0`):
    /// - `en`, `ur`: one: i = 1 and v = 0; other.
    /// - `tr`: one: n = 1; other.
    /// - `fa`: one: i = 0 or n = 1; other.
    /// - `fr`: one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0; other.
    /// - `ar`: zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99; other.
    /// Any other language: one for 1, other otherwise (the English rule).
    public static func of(_ count: Int, language: String) -> PluralCategory {
        let n = count.magnitude
        switch LanguageTag(language)?.language ?? "" {
        case "ar":
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default:
                switch n % 100 {
                case 3...10: return .few
                case 11...99: return .many
                default: return .other
                }
            }
        case "fa":
            return n <= 1 ? .one : .other
        case "fr":
            if n <= 1 { return .one }
            return n % 1_000_000 == 0 ? .many : .other
        default:
            return n == 1 ? .one : .other
        }
    }

    /// The categories a language distinguishes for whole numbers, `other` last; a catalogue gives one key per category.
    public static func categories(language: String) -> [PluralCategory] {
        switch LanguageTag(language)?.language ?? "" {
        case "ar": return [.zero, .one, .two, .few, .many, .other]
        case "fr": return [.one, .many, .other]
        default: return [.one, .other]
        }
    }
}
