/// Everything a page needs to speak one language: `lang`, `dir`, interface strings, dates, names.
///
/// Build one per language of the site (`InterfaceLanguage.all(for:)`), then ask it while building
/// that language's pages.
public struct InterfaceLanguage: Sendable {
    /// BCP 47 tag for `<html lang>`, as `site.yml` gives it.
    public let tag: String
    /// The site's direction for this language (`site.yml` `direction:` over the language's script).
    public let direction: TextDirection
    /// Whether this is the site's first language (built at the root).
    public let isPrimary: Bool
    public let strings: InterfaceStrings
    public let dates: LocalizedDateFormatter
    /// The `t` strings, escaped once (`InterfaceTextView`).
    public let textTable = InterfaceTextTable()

    public init(tag: String, isPrimary: Bool = true, siteDirection: TextDirection? = nil,
                calendars: [CalendarSystem] = [.gregorian], overrides: [String: String] = [:]) {
        self.tag = tag
        self.isPrimary = isPrimary
        self.direction = TextDirection.resolve(language: tag, site: siteDirection)
        self.strings = InterfaceStrings(language: tag, overrides: overrides)
        self.dates = LocalizedDateFormatter(languageTag: tag, calendars: calendars)
    }

    /// One per language of `site.config.siteLanguages`, in order (the first is the root's), with the
    /// site's direction, calendars and `Content/i18n/<language>.yml` overrides.
    public static func all(for site: Site) -> [InterfaceLanguage] {
        site.config.siteLanguages.enumerated().map { index, tag in
            InterfaceLanguage(tag: tag, isPrimary: index == 0, siteDirection: site.config.direction,
                              calendars: site.config.calendars, overrides: site.interfaceOverrides[tag] ?? [:])
        }
    }

    /// The direction of one page: its front matter's `direction:` over this language's.
    public func direction(of article: Article) -> TextDirection {
        article.direction ?? direction
    }

    /// `text(key)` of the catalogue; see `InterfaceStrings.text(_:_:)`.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String { strings.text(key, values) }

    /// A counted phrase; see `InterfaceStrings.text(_:count:_:)`.
    public func text(_ key: String, count: Int, _ values: [String: String] = [:]) -> String { strings.text(key, count: count, values) }

    /// A date as shown on pages: the Gregorian date in this language, followed by its date in each
    /// further calendar of `calendars:` through `date.with_other_calendar`
    /// (`17 September 2025 (25 Rabiʻ I 1447 AH)`, `١٧ سبتمبر، ٢٠٢٥ (٢٥ ربيع الأول، ١٤٤٧ هـ)`).
    /// Plain text: HTML-escape it like any other value.
    public func date(_ date: BriefingDate) -> String {
        var text = dates.gregorian(date)
        for other in dates.otherCalendarDates(date) {
            text = strings.text("date.with_other_calendar", ["date": text, "other": other])
        }
        return text
    }

    /// The reading time of an article of `minutes` minutes (`reading.minutes`, plural by CLDR rules).
    public func readingTime(minutes: Int) -> String { text("reading.minutes", count: minutes) }

    public func countryName(_ country: Country) -> String {
        LocalizedNames.country(country, language: tag, isPrimaryLanguage: isPrimary)
    }

    public func allianceName(_ alliance: Alliance) -> String { LocalizedNames.alliance(alliance, language: tag) }

    public func allianceSummary(_ alliance: Alliance) -> String { LocalizedNames.allianceSummary(alliance, language: tag) }

    /// `Bilateral`/`Multilateral` in this language (`kind.<raw value>`).
    public func kind(_ kind: AllianceKind) -> String { text("kind." + kind.rawValue) }

    /// The `data-messages`/`data-digits` of the search form, for `static/search.js`.
    public var searchMessages: SearchMessages { SearchMessages(strings) }

    /// `Active`/`Historical` in this language (`status.<raw value>`).
    public func status(_ status: AllianceStatus) -> String { text("status." + status.rawValue) }
}
