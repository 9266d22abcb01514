import Foundation
import Testing
@testable import BriefingCore

/// Built pages in the site's languages (SPEC §10): `<html lang dir>`, interface strings, dates, one page set per
/// language, `hreflang` links both ways and the language switch.
@Suite struct MultilingualPagesTests {
    static func article(_ title: String, date: String = "2025-09-17", extra: String = "") -> String {
        "---\ntitle: \(title)\ndate: \(date)\nalliances: [nato]\n\(extra)---\nBody text.\n"
    }

    /// Builds `files` on top of `TestSite`'s site and returns the output folder (removed by the caller).
    static func build(_ files: [String: String]) throws -> (output: URL, diagnostics: [Diagnostic]) {
        let site = try TestSite(files)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-i18n-\(UUID().uuidString)")
        let result = try BuildPipeline.run(BuildOptions(root: site.root.path, output: output.path, jobs: 2))
        return (output, result.diagnostics.sorted)
    }

    static func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    static func exists(_ output: URL, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    static let bilingual: [String: String] = [
        "Content/site.yml": TestSite.siteYML + "\nlanguages: [en, ar]\ncalendars: [gregorian, islamic-umalqura]\n",
        "Content/articles/overview.md": article("Overview"),
        "Content/articles/overview.ar.md": article("نظرة عامة"),
        "Content/articles/english-only.md": article("English only", date: "2024-01-02"),
        "Content/articles/ltr-note.ar.md": article("Note", extra: "direction: ltr\n"),
    ]

    @Test func eachLanguageHasItsOwnPageSetWithItsDirection() throws {
        let (output, diagnostics) = try Self.build(Self.bilingual)
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        for path in ["index.html", "articles/index.html", "alliances/index.html", "alliances/nato/index.html", "countries/index.html",
                     "countries/pk/index.html", "impacts/index.html", "impacts/counter-terrorism/index.html", "roles/index.html",
                     "search/index.html", "search/search-index.js", "404.html", "feed.xml", "briefing.html", "static/style.css"] {
            #expect(Self.exists(output, path), "\(path)")
            #expect(Self.exists(output, "ar/" + path), "ar/\(path)")
        }
        // An article without a translation appears only in its own language.
        #expect(Self.exists(output, "articles/english-only/index.html"))
        #expect(!Self.exists(output, "ar/articles/english-only/index.html"))
        #expect(Self.exists(output, "ar/articles/ltr-note/index.html"))
        #expect(!Self.exists(output, "articles/ltr-note/index.html"))

        let english = try Self.read(output, "index.html")
        #expect(english.contains("<html lang=\"en\" dir=\"ltr\">"))
        let arabic = try Self.read(output, "ar/index.html")
        #expect(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"))
        for path in ["ar/alliances/nato/index.html", "ar/search/index.html", "ar/404.html", "ar/articles/overview/index.html"] {
            #expect(try Self.read(output, path).contains("<html lang=\"ar\" dir=\"rtl\">"), "\(path)")
        }
        #expect(try Self.read(output, "ar/briefing.html").contains("<html lang=\"ar\" dir=\"rtl\">"))
        // The front matter's `direction:` wins over the language's.
        #expect(try Self.read(output, "ar/articles/ltr-note/index.html").contains("<html lang=\"ar\" dir=\"ltr\">"))
    }

    @Test func arabicPagesUseTheArabicCatalogueDatesAndNames() throws {
        let (output, _) = try Self.build(Self.bilingual)
        defer { try? FileManager.default.removeItem(at: output) }
        let article = try Self.read(output, "ar/articles/overview/index.html")
        #expect(article.contains(">المقالات</a>"), "navigation from the catalogue")
        #expect(article.contains("نُشرت في <time datetime=\"2025-09-17\">١٧ سبتمبر، ٢٠٢٥ (٢٥ ربيع الأول، ١٤٤٧ هـ)</time>"))
        #expect(article.contains("<span>قراءة في دقيقة واحدة</span>"), "reading time, plural form `one`")
        #expect(!article.contains(">Published"))
        #expect(!article.contains("min read"))
        let alliance = try Self.read(output, "ar/alliances/nato/index.html")
        #expect(alliance.contains("<h2>الأعضاء</h2>"))
        #expect(alliance.contains("<bdi>باكستان</bdi>"), "CLDR country name in Arabic")
        #expect(alliance.contains("<h1 dir=\"auto\">Test Pact</h1>"), "no Arabic name: the English one, isolated")
        #expect(!alliance.contains("<h2>Members</h2>"))
        // The English alliance name on an Arabic page is isolated.
        let list = try Self.read(output, "ar/alliances/index.html")
        #expect(list.contains("<bdi>Test Pact</bdi>"))
        // Counts in the language's digits: two Arabic articles, two members of the pact.
        #expect(try Self.read(output, "ar/index.html").contains("<dd><a href=\"articles/index.html\">٢</a></dd>"))
        #expect(list.contains("<td class=\"num\" data-sort=\"2\">٢</td>"))
        let search = try Self.read(output, "ar/search/index.html")
        #expect(search.contains("data-digits=\"٠١٢٣٤٥٦٧٨٩\""))
        #expect(search.contains("data-messages=\"{&quot;search.all_articles&quot;:"))
        let english = try Self.read(output, "articles/overview/index.html")
        #expect(english.contains("Published <time datetime=\"2025-09-17\">17 September 2025 (25 Rabiʻ I 1447 AH)</time>"))
        #expect(try Self.read(output, "ar/briefing.html").contains("<h2>المحتويات</h2>"))
        #expect(try Self.read(output, "ar/feed.xml").contains("xml:lang=\"ar\""))
        #expect(try Self.read(output, "ar/search/search-index.js").contains("نظرة عامة"))
        #expect(!(try Self.read(output, "search/search-index.js")).contains("نظرة عامة"))
    }

    @Test func translationsLinkEachOtherBothWays() throws {
        let (output, _) = try Self.build(Self.bilingual)
        defer { try? FileManager.default.removeItem(at: output) }
        let english = try Self.read(output, "articles/overview/index.html")
        #expect(english.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../../articles/overview/index.html\">"))
        #expect(english.contains("<link rel=\"alternate\" hreflang=\"ar\" href=\"../../ar/articles/overview/index.html\">"))
        #expect(english.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../../articles/overview/index.html\">"))
        #expect(english.contains("href=\"../../ar/articles/overview/index.html\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"),
                "the visible language switch")
        let arabic = try Self.read(output, "ar/articles/overview/index.html")
        #expect(arabic.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../../../articles/overview/index.html\">"))
        #expect(arabic.contains("<link rel=\"alternate\" hreflang=\"ar\" href=\"../../../ar/articles/overview/index.html\">"))
        #expect(arabic.contains("href=\"../../../articles/overview/index.html\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a>"))
        // Each link leads to a page that exists, resolved from the page's own folder (as from file://).
        for (page, html) in [("articles/overview/index.html", english), ("ar/articles/overview/index.html", arabic),
                             ("ar/index.html", try Self.read(output, "ar/index.html")), ("countries/pk/index.html", try Self.read(output, "countries/pk/index.html"))] {
            let links = SingleFileBriefingTests.values(of: "href", in: html)
            let alternates = html.split(separator: "\n").filter { $0.hasPrefix("<link rel=\"alternate\" hreflang=") }
            #expect(alternates.count == 3, "\(page): \(alternates)")
            for line in alternates {
                let href = String(line.split(separator: "href=\"")[1].prefix { $0 != "\"" })
                let target = output.appendingPathComponent(page).deletingLastPathComponent().appendingPathComponent(href).standardized
                #expect(FileManager.default.fileExists(atPath: target.path), "\(page) → \(href)")
            }
            #expect(!links.isEmpty)
        }
        // An untranslated article has no alternates and no switch.
        let only = try Self.read(output, "articles/english-only/index.html")
        #expect(!only.contains("hreflang=\"ar\""))
        #expect(!only.contains("class=\"language-switch\""))
        let sitemap = try Self.read(output, "sitemap.xml")
        #expect(sitemap.contains("<loc>ar/articles/overview/index.html</loc>"))
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"ar/articles/overview/index.html\"/>"))
        #expect(sitemap.contains("<loc>ar/briefing.html</loc>"))
        #expect(!sitemap.contains("404.html"))
    }

    @Test func aOneLanguageSiteHasNoSwitchAndNoAlternates() throws {
        let (output, _) = try Self.build(["Content/site.yml": TestSite.siteYML + "\nlanguage: fa\n",
                                          "Content/articles/a.md": Self.article("الف")])
        defer { try? FileManager.default.removeItem(at: output) }
        let html = try Self.read(output, "index.html")
        #expect(html.contains("<html lang=\"fa\" dir=\"rtl\">"))
        #expect(!html.contains("hreflang"))
        #expect(!html.contains("language-switch"))
        #expect(!Self.exists(output, "fa/index.html"))
        #expect(try Self.read(output, "articles/a/index.html").contains("۱۷ سپتامبر ۲۰۲۵"))
    }

    @Test func aTranslationsSourcesListSpeaksItsLanguage() throws {
        var files = Self.bilingual
        files["Content/sources.yml"] = CitationTests.sourcesYML
        files["Content/articles/overview.md"] = "---\ntitle: Overview\ndate: 2025-09-17\n---\nArms [transfers](cite:sipri).\n"
        files["Content/articles/overview.ar.md"] = "---\ntitle: نظرة عامة\ndate: 2025-09-17\n---\nنقل [الأسلحة](cite:sipri).\n"
        let (output, diagnostics) = try Self.build(files)
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        let arabic = try Self.read(output, "ar/articles/overview/index.html")
        #expect(arabic.contains(">المصادر</h2>"))
        #expect(arabic.contains("(اطُّلع عليه في <time datetime=\"2026-11-30\">٣٠ نوفمبر، ٢٠٢٦</time>)"))
        #expect(arabic.contains(">نسخة مؤرشفة</a>"))
        #expect(arabic.contains("aria-label=\"العودة إلى موضع الاستشهاد\">↩</a>"))
        let english = try Self.read(output, "articles/overview/index.html")
        #expect(english.contains("(accessed <time datetime=\"2026-11-30\">30 November 2026</time>)"))
        #expect(english.contains(">archived copy</a>"))
    }

    /// The visible text of `html` (charts included): no tags, scripts or styles, entities left as written.
    static func visibleText(_ html: String) -> String {
        var text = html
        for pattern in ["<script[^>]*>[\\s\\S]*?</script>", "<style[^>]*>[\\s\\S]*?</style>", "<[^>]+>"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text
    }

    @Test func arabicPagesShowNoEnglishInterfaceWords() throws {
        var files = Self.bilingual
        files["Content/sources.yml"] = CitationTests.sourcesYML
        files["Content/alliances/nato.yml"] = """
            name: Test Pact
            members: ["PK", {country: "IR", joined: 2001, left: 2003}, {country: "TR", joined: 2010}]
            established: 2000
            sources: [{title: Charter, url: "https://example.org"}]
            """
        files["Content/alliances/old.yml"] = "name: Old Pact\nmembers: [PK, IR]\nestablished: 1955\nended: 1979\n"
        let ids = ["nato", "old", "a1", "a2", "a3", "a4", "a5"]
        for id in ids.dropFirst(2) { files["Content/alliances/\(id).yml"] = "name: Pact \(id)\nmembers: [PK, TR]\nestablished: 2015\n" }
        let front = "date: 2025-09-17\nalliances: [\(ids.joined(separator: ", "))]\n"
        files["Content/articles/overview.md"] = "---\ntitle: Overview\n\(front)---\nArms [transfers](cite:sipri).\n"
        files["Content/articles/overview.ar.md"] = "---\ntitle: نظرة عامة\n\(front)---\nنقل [الأسلحة](cite:sipri).\n\n"
            + "```chart\ntype: timeline\nalliances: [nato, old]\n```\n\n```chart\ntype: membership-matrix\ncountries: [PK, TR]\n```\n"
        let (output, diagnostics) = try Self.build(files)
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")

        let english = ["Current members", "Former members", "Members over time", "since", "ended", "former", "Active alliances",
                       "Historical alliances", "No alliance in this briefing", "Filter", "Alliances in force", "Alliances that have ended",
                       "shown", "Also discussed", "Most referenced", "Newer articles", "Older articles", "Articles ", "Where it is used",
                       "Publisher", "Published", "Accessed", "accessed", "Archived copy", "Not used", "Reviewed", " active", "historical",
                       "All alliances", "as a list", "This briefing", "Joined", "Established", "Member", "Every alliance",
                       "Each bar", "dashed line", "table below", "over time", "Who belongs", "A grid", "Country"]
        let pages = ["ar/alliances/index.html": ["التحالفات القائمة", "التحالفات التاريخية", "تصفية التحالفات القائمة",
                                                 "التحالفات القائمة، حسب الاسم", "سابقون"],
                     "ar/alliances/nato/index.html": ["الأعضاء الحاليون (٢)", "الأعضاء السابقون (١)", "الأعضاء عبر الزمن", "منذ ٢٠١٠",
                                                      "الأعضاء الحاليون (٢)", "أعضاء Test Pact عبر الزمن", "الانضمام", "عضو سابق"],
                     "ar/alliances/old/index.html": ["الأعضاء السابقون (٢)", "١٩٥٥ – ١٩٧٩"],
                     "ar/articles/overview/index.html": ["ورد ذكرها أيضًا (٢)", "نسخة مؤرشفة", "التحالفات عبر الزمن: Test Pact، Old Pact",
                                                    "من ينتمي إلى أي تحالف:", "الدولة"],
                     "ar/index.html": ["التحالفات الأكثر ذكرًا", "كل التحالفات، القائمة والتاريخية", "كل المقالات (٢)"],
                     "ar/sources/index.html": ["الناشر", "تاريخ الاطلاع", "نسخة مؤرشفة", "لا يستخدمه أي مقال أو تحالف منشور."],
                     "ar/timeline/index.html": ["٦ قائمة، ١ تاريخية.", "كل التحالفات في قائمة",
                                                "كل التحالفات عبر الزمن", "التحالفات القائمة (٦)", "التحالفات التاريخية (١)", "التأسيس"]]
        for (path, arabicWords) in pages {
            let html = try Self.read(output, path)
            let text = Self.visibleText(html)
            for word in english { #expect(!text.contains(word), "\(path): \(word)") }
            for word in arabicWords { #expect(text.contains(word), "\(path): \(word)") }
        }
        let list = try Self.read(output, "ar/alliances/index.html")
        #expect(list.contains("data-status-message=\"المعروض {shown} من {total}\" data-digits=\"٠١٢٣٤٥٦٧٨٩\""))
    }

    @Test func aLinkToAnUntranslatedArticleLeadsToTheFirstLanguage() throws {
        var files = Self.bilingual
        files["Content/articles/overview.ar.md"] = "---\ntitle: نظرة عامة\ndate: 2025-09-17\n---\nانظر [مقالة](english-only.md) و[النظرة](overview.md).\n"
        let (output, diagnostics) = try Self.build(files)
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        let page = try Self.read(output, "ar/articles/overview/index.html")
        #expect(page.contains("href=\"../../../articles/english-only/index.html\""))
        #expect(page.contains("href=\"../../articles/overview/index.html\""), "a translated article stays in its language")
        let briefing = try Self.read(output, "ar/briefing.html")
        #expect(briefing.contains("href=\"../articles/english-only/index.html\""))
    }
}
