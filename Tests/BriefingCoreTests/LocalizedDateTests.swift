import Testing
@testable import BriefingCore

@Suite struct LocalizedDateTests {
    static let smda = BriefingDate(year: 2025, month: 9, day: 17)

    @Test(arguments: [
        ("en", "17 September 2025"), ("ar", "١٧ سبتمبر، ٢٠٢٥"), ("ur", "17 ستمبر، 2025"),
        ("fa", "۱۷ سپتامبر ۲۰۲۵"), ("tr", "17 Eylül 2025"), ("fr", "17 septembre 2025"),
        ("ar-u-nu-latn", "17 سبتمبر، 2025"), ("en-US", "September 17, 2025"),
    ])
    func gregorianDatesInEachLanguage(language: String, expected: String) {
        #expect(LocalizedDateFormatter(languageTag: language).gregorian(Self.smda) == expected)
    }

    @Test func partialDates() {
        #expect(LocalizedDateFormatter(languageTag: "en").gregorian(BriefingDate(year: 1949)) == "1949")
        #expect(LocalizedDateFormatter(languageTag: "en").gregorian(BriefingDate(year: 1981, month: 5)) == "May 1981")
        #expect(LocalizedDateFormatter(languageTag: "ar").gregorian(BriefingDate(year: 1949)) == "١٩٤٩")
        #expect(LocalizedDateFormatter(languageTag: "tr").gregorian(BriefingDate(year: 1981, month: 5)) == "Mayıs 1981")
        let both = LocalizedDateFormatter(languageTag: "en", calendars: [.gregorian, .islamicUmalqura])
        #expect(both.otherCalendarDates(BriefingDate(year: 1949)) == [])
        #expect(both.otherCalendarDates(BriefingDate(year: 1981, month: 5)) == [])
    }

    /// SPEC §10's example and the checked values.
    @Test func otherCalendarsBesideTheGregorianDate() {
        let english = InterfaceLanguage(tag: "en", calendars: [.gregorian, .islamicUmalqura])
        #expect(english.date(Self.smda) == "17 September 2025 (25 Rabiʻ I 1447 AH)")
        let arabic = InterfaceLanguage(tag: "ar", calendars: [.gregorian, .islamicUmalqura])
        #expect(arabic.date(Self.smda) == "١٧ سبتمبر، ٢٠٢٥ (٢٥ ربيع الأول، ١٤٤٧ هـ)")
        let persian = LocalizedDateFormatter(languageTag: "fa", calendars: [.persian])
        #expect(persian.date(Self.smda, in: .persian) == "۲۶ شهریور ۱۴۰۴ ه‍.ش.")
        #expect(InterfaceLanguage(tag: "en").date(Self.smda) == "17 September 2025")
    }

    /// Umm al-Qura and Persian dates of known days (Umm al-Qura from the Saudi calendar; Persian
    /// from the Iranian calendar): a further check against `hijridate`/`convertdate` is in Tests/browser.
    @Test(arguments: [
        (BriefingDate(year: 2025, month: 9, day: 17), CalendarSystem.islamicUmalqura, 1447, 3, 25),
        (BriefingDate(year: 2025, month: 9, day: 17), .persian, 1404, 6, 26),
        (BriefingDate(year: 2025, month: 3, day: 21), .persian, 1404, 1, 1),
        (BriefingDate(year: 2024, month: 3, day: 11), .islamicUmalqura, 1445, 9, 1),
        (BriefingDate(year: 1981, month: 5, day: 25), .persian, 1360, 3, 4),
    ])
    func conversions(date: BriefingDate, calendar: CalendarSystem, year: Int, month: Int, day: Int) throws {
        let parts = try #require(LocalizedDateFormatter.components(of: date, in: calendar))
        #expect(parts.year == year && parts.month == month && parts.day == day)
    }

    @Test func calendarsAreReadFromSiteYML() throws {
        let good = try TestSite(["Content/site.yml": TestSite.siteYML + "\ncalendars: [gregorian, islamic-umalqura]\n"])
        let (linked, diagnostics) = try good.check()
        #expect(diagnostics.isEmpty)
        #expect(linked.site.config.calendars == [.gregorian, .islamicUmalqura])
        let bad = try TestSite(["Content/site.yml": TestSite.siteYML + "\ncalendars: [gregorian, hijri]\n"])
        let problems = try bad.check().1
        #expect(problems.map(\.code) == ["unknown-calendar"])
        #expect(problems.first?.location.line == 7)
        #expect(problems.first?.message.contains("islamic-umalqura") == true)
    }
}

@Suite struct LocalizedNamesTests {
    @Test(arguments: [("ar", "تركيا"), ("fa", "ترکیه"), ("tr", "Türkiye"), ("ur", "ترکیہ"), ("fr", "Turquie"), ("en", "Türkiye")])
    func cldrCountryNames(language: String, expected: String) {
        #expect(LocalizedNames.cldrRegionName("TR", language: language) == expected)
    }

    @Test func countriesYMLNamesWin() throws {
        let site = try TestSite([
            "Content/countries.yml": TestSite.countriesYML + "\n\"SA\": {name: Saudi Arabia, region: Middle East, names: {ar: المملكة العربية السعودية}}\n",
        ])
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.isEmpty)
        let saudi = try #require(linked.site.countries["SA"])
        let pakistan = try #require(linked.site.countries["PK"])
        let arabic = InterfaceLanguage(tag: "ar", isPrimary: false)
        #expect(arabic.countryName(saudi) == "المملكة العربية السعودية")
        #expect(arabic.countryName(pakistan) == "باكستان")
        #expect(InterfaceLanguage(tag: "en").countryName(pakistan) == "Pakistan")
        #expect(InterfaceLanguage(tag: "fa", isPrimary: false).countryName(saudi) == "عربستان سعودی")
    }

    @Test func allianceNamesAndSummariesPerLanguage() throws {
        let site = try TestSite([
            "Content/alliances/nato.yml": TestSite.allianceYML + "\nsummary: A pact.\nnames: {ar: ميثاق الاختبار}\nsummaries: {ar: ميثاق.}\n",
        ])
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.isEmpty)
        let alliance = try #require(linked.site.alliances.first)
        #expect(LocalizedNames.alliance(alliance, language: "ar") == "ميثاق الاختبار")
        #expect(LocalizedNames.alliance(alliance, language: "ar-SA") == "ميثاق الاختبار")
        #expect(LocalizedNames.allianceSummary(alliance, language: "ar") == "ميثاق.")
        #expect(LocalizedNames.alliance(alliance, language: "fa") == "Test Pact")
        #expect(!LocalizedNames.hasAllianceName(alliance, language: "fa"))
        let bad = try TestSite(["Content/alliances/nato.yml": TestSite.allianceYML + "\nnames: {arabic: x}\n"])
        #expect(try bad.check().1.map(\.code) == ["invalid-language"])
    }
}
