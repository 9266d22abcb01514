import Foundation

/// The CLDR locale briefing formats dates, numbers and country names with for a page language.
///
/// Built from the parsed tag as an ICU identifier (`language[_Script][_REGION][@numbers=nu]`), never
/// from the machine's locale, so output does not depend on `LANG`. Two defaults differ from CLDR's
/// bare-language data, chosen for these briefings: `en` is written as `en_GB` (`17 September 2025`,
/// the form pages have always used) and `ar` with Arabic-Indic digits (`ar@numbers=arab`, as in
/// CLDR's `ar_SA`, `ar_EG` and most Arab states' locales; `ar-MA` or `ar-u-nu-latn` keep Latin digits).
/// A `-u-nu-<system>` extension in the tag chooses the numbering system.
public struct FormattingLocale: Sendable, Hashable {
    /// ICU locale identifier, e.g. `ar@numbers=arab`, `fa_IR`, `en_GB`.
    public let identifier: String

    public init(languageTag: String) {
        guard let tag = LanguageTag(languageTag) else {
            identifier = "en_GB"
            return
        }
        var base = tag.language
        if let script = tag.script { base += "_" + script }
        if let region = tag.region {
            base += "_" + region
        } else if tag.language == "en" && tag.script == nil {
            base += "_GB"
        }
        var numbers = Self.numberingSystem(in: tag.tag)
        if numbers == nil, tag.language == "ar", tag.region == nil, tag.script == nil { numbers = "arab" }
        identifier = numbers.map { base + "@numbers=" + $0 } ?? base
    }

    /// The value of a `-u-nu-` extension when it has the shape of a CLDR numbering system id (3–8 letters).
    private static func numberingSystem(in tag: String) -> String? {
        let parts = tag.lowercased().split(separator: "-").map(String.init)
        guard let u = parts.firstIndex(of: "u") else { return nil }
        var index = u + 1
        while index + 1 < parts.count, parts[index].count == 2 {
            if parts[index] == "nu", (3...8).contains(parts[index + 1].count), parts[index + 1].allSatisfy({ $0.isASCII && $0.isLetter }) {
                return parts[index + 1]
            }
            index += 2
        }
        return nil
    }

    public var locale: Locale { Locale(identifier: identifier) }

    /// `value` in the locale's digits, without grouping: `12` → `١٢` in Arabic, `۱۲` in Persian.
    public func number(_ value: Int) -> String {
        FormattedTextCache.shared.text(identifier + "|number|" + String(value)) { formatNumber(value) }
    }

    private func formatNumber(_ value: Int) -> String {
        let formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .none
        formatter.usesGroupingSeparator = false
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }
}
