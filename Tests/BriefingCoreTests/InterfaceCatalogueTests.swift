import Foundation
import Testing
@testable import BriefingCore

@Suite struct InterfaceCatalogueTests {
    @Test(arguments: BuiltinCatalogues.languages)
    func everyBuiltinCatalogueHasEveryKey(language: String) throws {
        let catalogue = try #require(BuiltinCatalogues.byLanguage[language])
        let required = Set(BuiltinCatalogues.requiredKeys(language: language))
        #expect(required.subtracting(catalogue.keys).sorted() == [])
        #expect(Set(catalogue.keys).filter { !BuiltinCatalogues.isKnownKey($0) }.sorted() == [])
        #expect(InterfaceStrings(language: language).missingKeys == [])
        for (key, text) in catalogue {
            #expect(!text.isEmpty, "\(language): \(key) is empty")
        }
    }

    /// A translation uses exactly the placeholders of the English string (`{count}` may be dropped
    /// where the plural form names the number, as Arabic "دقيقتان" does).
    @Test(arguments: BuiltinCatalogues.languages)
    func translationsKeepThePlaceholders(language: String) throws {
        let catalogue = try #require(BuiltinCatalogues.byLanguage[language])
        for (key, text) in catalogue {
            let englishKey = BuiltinCatalogues.english[key] != nil ? key : key.split(separator: ".").dropLast().joined(separator: ".") + ".other"
            let english = try #require(BuiltinCatalogues.english[englishKey], "\(key)")
            var expected = placeholders(english)
            if englishKey != key { expected.remove("count") }
            #expect(placeholders(text).subtracting(["count"]) == expected.subtracting(["count"]), "\(language): \(key)")
            #expect(placeholders(text).isSubset(of: placeholders(english)), "\(language): \(key)")
        }
    }

    /// docs/i18n.md lists exactly the keys of the English catalogue, each once.
    @Test func documentationListsEveryKey() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/i18n.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        var listed: [String] = []
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cell = line.dropFirst(3)
            guard let end = cell.firstIndex(of: "`") else { continue }
            listed.append(String(cell[..<end]))
        }
        #expect(listed.count == Set(listed).count)
        #expect(Set(listed).subtracting(BuiltinCatalogues.english.keys).sorted() == [])
        #expect(Set(BuiltinCatalogues.english.keys).subtracting(listed).sorted() == [])
    }

    @Test func specKeysExist() {
        for key in ["nav.articles", "nav.alliances", "nav.countries", "nav.impacts", "nav.roles", "nav.search",
                    "heading.members", "heading.sources", "reading.minutes.one", "reading.minutes.other"] {
            #expect(BuiltinCatalogues.english[key] != nil, "\(key)")
        }
        #expect(InterfaceStrings(language: "ar").text("nav.articles") == "المقالات")
        #expect(InterfaceStrings(language: "tr").text("heading.members") == "Üyeler")
    }

    @Test(arguments: [
        ("en", 0, PluralCategory.other), ("en", 1, .one), ("en", 2, .other), ("en", 11, .other),
        ("ur", 1, .one), ("ur", 0, .other), ("ur", 5, .other),
        ("tr", 1, .one), ("tr", 0, .other), ("tr", 21, .other),
        ("fa", 0, .one), ("fa", 1, .one), ("fa", 2, .other),
        ("fr", 0, .one), ("fr", 1, .one), ("fr", 2, .other), ("fr", 1_000_000, .many), ("fr", 2_000_000, .many), ("fr", 1_000_001, .other),
        ("ar", 0, .zero), ("ar", 1, .one), ("ar", 2, .two), ("ar", 3, .few), ("ar", 10, .few), ("ar", 11, .many),
        ("ar", 99, .many), ("ar", 100, .other), ("ar", 101, .other), ("ar", 102, .other), ("ar", 103, .few), ("ar", 111, .many),
        ("ar-SA", 2, .two), ("de", 1, .one), ("de", 2, .other),
    ])
    func pluralCategories(language: String, count: Int, expected: PluralCategory) {
        #expect(PluralCategory.of(count, language: language) == expected)
    }

    @Test func countedPhrasesTakeTheRightForm() {
        let arabic = InterfaceStrings(language: "ar")
        #expect(arabic.text("reading.minutes", count: 1) == "قراءة في دقيقة واحدة")
        #expect(arabic.text("reading.minutes", count: 2) == "قراءة في دقيقتين")
        #expect(arabic.text("reading.minutes", count: 5) == "قراءة في ٥ دقائق")
        #expect(arabic.text("reading.minutes", count: 12) == "قراءة في ١٢ دقيقة")
        let english = InterfaceStrings(language: "en")
        #expect(english.text("search.results", count: 1, ["query": "gcc"]) == "1 result for “gcc”.")
        #expect(english.text("search.results", count: 3, ["query": "gcc"]) == "3 results for “gcc”.")
        #expect(InterfaceStrings(language: "fa").text("reading.minutes", count: 7) == "۷ دقیقه مطالعه")
        #expect(InterfaceStrings(language: "fr").text("search.results", count: 0, ["query": "x"]) == "0 résultat pour «\u{A0}x\u{A0}».")
    }

    @Test func unknownLanguagesFallBackToEnglish() {
        let german = InterfaceStrings(language: "de")
        #expect(german.text("nav.articles") == "Articles")
        #expect(german.missingKeys == BuiltinCatalogues.requiredKeys(language: "de"))
        let partial = InterfaceStrings(language: "de", overrides: ["nav.articles": "Artikel"])
        #expect(partial.text("nav.articles") == "Artikel")
        #expect(!partial.missingKeys.contains("nav.articles"))
    }

    @Test func siteCataloguesOverrideAndReportProblems() throws {
        let site = try TestSite([
            "Content/site.yml": TestSite.siteYML + "\nlanguages: [en, ar, de]\n",
            "Content/i18n/ar.yml": "nav.articles: مقالات التحليل\nnav.artcles: خطأ\nheading.members: [a]\n",
            "Content/i18n/de.yml": "nav.articles: Artikel\n",
            "Content/i18n/es.yml": "nav.articles: Artículos\n",
        ])
        var diagnostics = Diagnostics()
        let loaded = try SiteLoader.load(root: site.root.path, options: LoadOptions(jobs: 1), diagnostics: &diagnostics)
        #expect(loaded.interfaceOverrides["ar"] == ["nav.articles": "مقالات التحليل"])
        #expect(loaded.interfaceOverrides["de"] == ["nav.articles": "Artikel"])
        let found = diagnostics.sorted.map { "\($0.file):\($0.location.line):\($0.code)" }
        #expect(found.contains("Content/i18n/ar.yml:2:unknown-translation-key"))
        #expect(found.contains("Content/i18n/ar.yml:3:yaml-type"))
        #expect(found.contains("Content/i18n/es.yml:1:ignored-file"))
        #expect(found.contains("Content/i18n/de.yml:1:missing-translation"))
        #expect(!found.contains { $0.hasPrefix("Content/i18n/ar.yml") && $0.hasSuffix("missing-translation") })
        let hint = diagnostics.sorted.first { $0.code == "unknown-translation-key" }?.message ?? ""
        #expect(hint.contains("did you mean 'nav.articles'"))
        let interface = InterfaceLanguage(tag: "ar", isPrimary: false, overrides: loaded.interfaceOverrides["ar"] ?? [:])
        #expect(interface.text("nav.articles") == "مقالات التحليل")
        #expect(interface.text("heading.members") == "الأعضاء")
    }

    private func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
