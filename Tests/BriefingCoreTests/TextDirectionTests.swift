import Testing
@testable import BriefingCore

@Suite struct TextDirectionTests {
    @Test(arguments: ["ar", "fa", "ur", "ps", "sd", "ug", "ckb", "dv", "he", "yi", "ar-SA", "fa-IR", "ur-PK", "AR", "az-Arab", "pa-Arab-PK", "ku-Arab"])
    func rightToLeft(tag: String) {
        #expect(TextDirection(languageTag: tag) == .rtl)
    }

    @Test(arguments: ["en", "tr", "fr", "az", "ms", "id", "ur-Latn", "ar-Latn", "uz-Latn", "en-GB", "", "not a tag", "ar_SA"])
    func leftToRight(tag: String) {
        #expect(TextDirection(languageTag: tag) == .ltr)
    }

    @Test func overridesWinOverTheLanguage() {
        #expect(TextDirection.resolve(language: "ar") == .rtl)
        #expect(TextDirection.resolve(language: "ar", site: .ltr) == .ltr)
        #expect(TextDirection.resolve(language: "en", site: .rtl) == .rtl)
        #expect(TextDirection.resolve(language: "ar", site: .ltr, page: .rtl) == .rtl)
        #expect(TextDirection.resolve(language: "ar", page: .ltr) == .ltr)
    }

    @Test func languageTagsAreNormalised() throws {
        let tag = try #require(LanguageTag("AZ-arab-ir"))
        #expect(tag.language == "az")
        #expect(tag.script == "Arab")
        #expect(tag.region == "IR")
        #expect(tag.tag == "az-Arab-IR")
        #expect(LanguageTag("es-419")?.region == "419")
        #expect(LanguageTag("ar-u-nu-latn")?.region == nil)
        #expect(LanguageTag("x") == nil)
        #expect(LanguageTag("ar-") == nil)
    }

    @Test func siteAndFrontMatterDirectionAreLoaded() throws {
        let site = try TestSite([
            "Content/site.yml": TestSite.siteYML + "\nlanguage: ar\ndirection: ltr\n",
            "Content/articles/a.md": "---\ntitle: A\ndate: 2025-01-01\ndirection: rtl\n---\nBody.\n",
            "Content/articles/b.md": "---\ntitle: B\ndate: 2025-01-01\n---\nBody.\n",
        ])
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(linked.site.config.direction == .ltr)
        let interface = InterfaceLanguage(tag: linked.site.config.language, siteDirection: linked.site.config.direction)
        #expect(interface.direction == .ltr)
        let a = try #require(linked.site.articles.first { $0.slug == "a" })
        let b = try #require(linked.site.articles.first { $0.slug == "b" })
        #expect(interface.direction(of: a) == .rtl)
        #expect(interface.direction(of: b) == .ltr)
    }

    @Test func invalidDirectionIsAnError() throws {
        let site = try TestSite(["Content/site.yml": TestSite.siteYML + "\ndirection: right\n"])
        let diagnostics = try site.check().1
        #expect(diagnostics.map(\.code) == ["invalid-direction"])
        #expect(diagnostics.first?.file == "Content/site.yml")
        #expect(diagnostics.first?.location == SourceLocation(line: 7, column: 12))
    }
}

@Suite struct InterfaceLanguageTests {
    @Test func oneInterfacePerSiteLanguage() throws {
        let site = try TestSite([
            "Content/site.yml": TestSite.siteYML + "\nlanguages: [en, ar]\ncalendars: [gregorian, islamic-umalqura]\n",
            "Content/i18n/ar.yml": "nav.articles: التحليلات\n",
        ])
        let (linked, _) = try site.check()
        let interfaces = InterfaceLanguage.all(for: linked.site)
        #expect(interfaces.map(\.tag) == ["en", "ar"])
        #expect(interfaces.map(\.isPrimary) == [true, false])
        #expect(interfaces.map(\.direction) == [.ltr, .rtl])
        #expect(interfaces[1].text("nav.articles") == "التحليلات")
        #expect(interfaces[0].date(BriefingDate(year: 2025, month: 9, day: 17)) == "17 September 2025 (25 Rabiʻ I 1447 AH)")
        #expect(interfaces[1].status(.historical) == "تاريخي")
        #expect(interfaces[1].kind(.multilateral) == "متعدد الأطراف")
        #expect(interfaces[1].readingTime(minutes: 4) == "قراءة في ٤ دقائق")
        #expect(interfaces[1].searchMessages.digits == "٠١٢٣٤٥٦٧٨٩")
        #expect(interfaces[1].searchMessages.json.contains("\"search.results.two\":\"نتيجتان عن «{query}».\""))
    }
}
