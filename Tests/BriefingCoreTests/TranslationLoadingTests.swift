import Testing
@testable import BriefingCore

@Suite struct TranslationLoadingTests {
    static func article(_ title: String, extra: String = "") -> String {
        "---\ntitle: \(title)\ndate: 2025-01-01\n\(extra)---\nBody.\n"
    }

    static let bilingual = TestSite.siteYML + "\nlanguages: [en, ar]\n"

    private func load(_ files: [String: String]) throws -> (Site, [Diagnostic]) {
        let site = try TestSite(files)
        var diagnostics = Diagnostics()
        let loaded = try SiteLoader.load(root: site.root.path, options: LoadOptions(jobs: 2), diagnostics: &diagnostics)
        return (loaded, diagnostics.sorted)
    }

    @Test func translationIsLinkedToItsOriginal() throws {
        let (site, diagnostics) = try load([
            "Content/site.yml": Self.bilingual,
            "Content/articles/overview.md": Self.article("Overview"),
            "Content/articles/overview.ar.md": Self.article("نظرة عامة"),
        ])
        #expect(diagnostics.isEmpty)
        #expect(site.config.siteLanguages == ["en", "ar"])
        let original = try #require(site.articles.first)
        #expect(site.articles.count == 1)
        #expect(original.slug == "overview" && original.language == nil && original.translationKey == "overview")
        let translation = try #require(site.translations.first)
        #expect(site.translations.count == 1)
        #expect(translation.slug == "overview" && translation.language == "ar" && translation.translationKey == "overview")
        #expect(translation.title == "نظرة عامة")
        let index = TranslationIndex(site)
        #expect(index.versions(of: original).map(\.language) == ["en", "ar"])
        #expect(index.versions(of: translation).map(\.article.title) == ["Overview", "نظرة عامة"])
        #expect(index.articles(in: "ar").map(\.title) == ["نظرة عامة"])
        #expect(index.articles(in: "en").map(\.title) == ["Overview"])
    }

    @Test func translationWithoutOriginalAppearsOnlyInItsLanguage() throws {
        let (site, diagnostics) = try load([
            "Content/site.yml": Self.bilingual,
            "Content/articles/only-arabic.ar.md": Self.article("مقالة عربية"),
            "Content/articles/only-english.md": Self.article("English only"),
        ])
        #expect(diagnostics.isEmpty)
        let index = TranslationIndex(site)
        #expect(index.articles(in: "ar").map(\.slug) == ["only-arabic"])
        #expect(index.articles(in: "en").map(\.slug) == ["only-english"])
        let arabic = try #require(site.translations.first)
        #expect(index.versions(of: arabic).map(\.language) == ["ar"])
    }

    @Test func translationInAnUnlistedLanguageIsReported() throws {
        let (site, diagnostics) = try load([
            "Content/articles/overview.md": Self.article("Overview"),
            "Content/articles/overview.fa.md": Self.article("نگاه کلی"),
        ])
        #expect(site.translations.isEmpty)
        #expect(site.articles.map(\.slug) == ["overview"])
        #expect(diagnostics.map(\.code) == ["unlisted-language"])
        #expect(diagnostics.first?.file == "Content/articles/overview.fa.md")
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test func duplicateTranslationsAreErrors() throws {
        let (site, diagnostics) = try load([
            "Content/site.yml": Self.bilingual,
            "Content/articles/overview.md": Self.article("Overview"),
            "Content/articles/overview.ar.md": Self.article("نظرة عامة"),
            "Content/articles/overview.ar.markdown": Self.article("نظرة عامة ٢"),
            "Content/articles/overview.en.md": Self.article("Overview again"),
        ])
        #expect(diagnostics.map(\.code) == ["duplicate-translation", "duplicate-translation"])
        #expect(site.translations.count == 1)
        #expect(site.articles.count == 1)
    }

    @Test func firstLanguageSuffixIsTheOriginal() throws {
        let (site, diagnostics) = try load([
            "Content/site.yml": Self.bilingual,
            "Content/articles/overview.en.md": Self.article("Overview"),
        ])
        #expect(diagnostics.isEmpty)
        #expect(site.articles.map(\.slug) == ["overview"])
        #expect(site.articles.first?.language == nil)
    }

    @Test func dotsThatAreNotLanguagesStayInvalidSlugs() throws {
        #expect(ArticleFileName(stem: "overview.ar").language == "ar")
        #expect(ArticleFileName(stem: "overview.pt-BR").language == "pt-BR")
        #expect(ArticleFileName(stem: "overview.v2").language == nil)
        #expect(ArticleFileName(stem: "overview.final").language == nil)
        #expect(ArticleFileName(stem: "overview.AR").language == nil)
        #expect(ArticleFileName(stem: ".ar").language == nil)
        let (_, diagnostics) = try load(["Content/articles/overview.v2.md": Self.article("V2")])
        #expect(diagnostics.map(\.code) == ["invalid-id"])
    }

    @Test func languagesAreValidated() throws {
        let (site, diagnostics) = try load(["Content/site.yml": TestSite.siteYML + "\nlanguage: fr\nlanguages: [en, ar, ar, 'not a tag']\n"])
        #expect(diagnostics.map(\.code).sorted() == ["duplicate-language", "invalid-language", "language-mismatch"])
        #expect(site.config.siteLanguages == ["en", "ar"])
        #expect(site.config.language == "en")
    }

    @Test func cachedTranslationsKeepLanguageAndDirection() throws {
        let site = try TestSite([
            "Content/site.yml": Self.bilingual,
            "Content/articles/overview.md": Self.article("Overview"),
            "Content/articles/overview.ar.md": Self.article("نظرة عامة", extra: "direction: ltr\n"),
        ])
        let folder = site.root.appendingPathComponent("cache").path
        for _ in 0..<2 {
            let cache = BuildCache.open(folder: folder)
            var diagnostics = Diagnostics()
            let loaded = try SiteLoader.load(root: site.root.path, options: LoadOptions(jobs: 1), cache: cache, diagnostics: &diagnostics)
            #expect(loaded.translations.first?.language == "ar")
            #expect(loaded.translations.first?.direction == .ltr)
            #expect(loaded.translations.first?.translationKey == "overview")
            cache.save()
        }
    }
}
