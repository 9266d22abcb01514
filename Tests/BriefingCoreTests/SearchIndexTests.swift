import Foundation
import Testing
@testable import BriefingCore

/// The offline search index: text folding, the postings encoding and the index file built from a site.
@Suite struct SearchIndexTests {
    @Test(arguments: [
        ("Côte d’Ivoire", "cote d ivoire"),
        ("Côte d'Ivoire", "cote d ivoire"),
        ("TÜRKİYE", "turkiye"),
        ("Türkiye", "turkiye"),
        ("  Saudi Arabia–Pakistan (SMDA)  ", "saudi arabia pakistan smda"),
        ("ﬁnal ＮＡＴＯ", "final nato"),
        ("الإمارات العربية المتحدة", "الامارات العربيه المتحده"),
        ("مُشْتَرَكَة", "مشتركه"),
        ("كـــبير ی ک ٢٠٢٥", "كبير ي ك 2025"),
        ("ΟΔΥΣΣΕΥΣ", "οδυσσευσ"),
        ("Ağrı", "agri"),
    ])
    func foldsCaseDiacriticsAndScriptVariants(text: String, folded: String) {
        #expect(SearchText.fold(text) == folded)
    }

    /// Every character the search index escapes or drops, between ordinary ASCII and non-ASCII text.
    @Test func scriptStringLiteralsEscapeWhatCouldEndTheScript() {
        let text = "a\"b\\c\nd\re\tf</script><!--&\u{1}\u{1F}\u{7F}g\u{80}\u{9F}h\u{A0}\u{2028}\u{2029}\u{2027}حلف ✓"
        let expected = "\"a\\\"b\\\\c\\nd\\re\\tf\\u003c/script\\u003e\\u003c!--\\u0026\\u0001\\u001fgh\u{A0}\\u2028\\u2029\u{2027}حلف ✓\""
        #expect(ScriptString.literal(text) == expected)
        #expect(ScriptString.literal("") == "\"\"")
        let decoded = try? JSONDecoder().decode(String.self, from: Data(ScriptString.literal("x\u{2028}<y>\"").utf8))
        #expect(decoded == "x\u{2028}<y>\"")
    }

    @Test func wordsAreDistinctFoldedAndAtLeastTwoCharacters() {
        #expect(SearchText.words("The GCC, the gcc and Côte d’Ivoire — a test") == ["the", "gcc", "and", "cote", "ivoire", "test"])
    }

    @Test(arguments: ["Côte d’Ivoire — Türkiye, TÜRKİYE and ﬁnal ＮＡＴＯ", "الإمارات العربية المتحدة مُشْتَرَكَة كـــبير ی ٢٠٢٥",
                      "a b cd ef cd, ΟΔΥΣΣΕΥΣ Ağrı 🇹🇷 x1 2", ""])
    func wordsAreTheDistinctWordsOfTheFoldedText(text: String) {
        var expected: [String] = []
        for word in SearchText.fold(text).split(separator: " ").map(String.init)
        where word.unicodeScalars.count >= 2 && !expected.contains(word) {
            expected.append(word)
        }
        #expect(SearchText.words(text) == expected)
    }

    @Test func postingsRoundTripInBothEncodings() {
        let sparse = [3, 40, 41, 1_000, 70_000]
        let sparseText = SearchPostings.encode(sparse)
        #expect(!sparseText.hasPrefix("~"))
        #expect(SearchPostings.decode(sparseText) == sparse)
        #expect(SearchPostings.encode([0, 1, 2, 40]) == "000B5")

        let dense = Array(stride(from: 0, to: 600, by: 2))
        let denseText = SearchPostings.encode(dense)
        #expect(denseText.hasPrefix("~"), "a word in half of the documents is stored as a bitmap")
        #expect(denseText.count == 101)
        #expect(SearchPostings.decode(denseText) == dense)

        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let list = (0..<2_000).filter { _ in Int.random(in: 0..<7, using: &generator) == 0 }
            #expect(SearchPostings.decode(SearchPostings.encode(list)) == list)
        }
    }

    static let site = [
        "Content/countries.yml": """
            "PK": {name: Pakistan, region: Asia}
            "TR": {name: Türkiye, region: Europe}
            "CI": {name: Côte d’Ivoire, region: Africa}
            """,
        "Content/articles/first.md": """
            ---
            title: "First & <best>"
            date: 2024-01-02
            summary: Summary of the first.
            alliances: [nato]
            ---

            Zanzibar appears here, and [Türkiye](country:TR) too.
            """,
        "Content/articles/second.md": """
            ---
            title: Second
            date: 2024-03-04
            countries: ["CI"]
            ---

            Zanzibar again, plus a word only here: quixotic. \(String(repeating: "Filler text goes on. ", count: 20))
            """,
    ]

    /// The index file as the JSON object it assigns.
    static func index(_ file: RenderedFile) throws -> [String: Any] {
        let text = String(decoding: file.bytes, as: UTF8.self)
        let start = try #require(text.range(of: "window.BRIEFING_SEARCH_INDEX = "))
        var json = text[start.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(json.hasSuffix(";"))
        json.removeLast()
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func indexHoldsArticlesAlliancesAndCountriesAndBodyWords() throws {
        let site = try TestSite(Self.site)
        let (linked, _) = try site.check()
        let file = SearchIndexBuilder(linked: linked, jobs: 2).build()
        #expect(file.path == "search/search-index.js")
        let index = try Self.index(file)
        let docs = try #require(index["docs"] as? [[Any]])
        let kinds = try #require(index["kinds"] as? [[String: String]])
        #expect(kinds.map { $0["name"]! } == ["Article", "Alliance", "Country", "Source"])
        let paths = docs.map { doc -> String in
            let kind = kinds[doc[0] as! Int]
            return kind["prefix"]! + (doc[1] as! String) + kind["suffix"]!
        }
        #expect(paths == ["articles/second/index.html", "articles/first/index.html", "alliances/nato/index.html",
                          "countries/ci/index.html", "countries/pk/index.html", "countries/tr/index.html",
                          "sources/index.html#alliance-nato.1"], "the alliance's inline source points at its entry on the sources page")
        #expect(docs[1][2] as? String == "First & <best>", "titles are stored as text, not HTML")
        #expect(docs[1][3] as? String == "2 January 2024")
        #expect(docs[1][4] as? String == "Summary of the first.")
        let excerpt = try #require(docs[0][4] as? String)
        #expect(excerpt.hasPrefix("Zanzibar again") && excerpt.hasSuffix("…") && excerpt.count <= SearchIndexBuilder.excerptLength + 1)
        #expect(docs[2][4] as? String == "Members: Pakistan, Türkiye.")
        #expect(docs[3][2] as? String == "Côte d’Ivoire")

        let words = try #require(index["words"] as? [String])
        let postings = try #require(index["postings"] as? [String])
        #expect(words == words.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        func articles(with word: String) -> [Int] {
            guard let at = words.firstIndex(of: word) else { return [] }
            return SearchPostings.decode(postings[at])
        }
        #expect(articles(with: "zanzibar") == [0, 1])
        #expect(articles(with: "quixotic") == [0])
        #expect(articles(with: "turkiye") == [1], "body words are folded")
        #expect(!words.contains("a"), "one-letter words are not indexed")
    }

    /// A body-only edit patches the previous index: words the edited body lost leave their posting lists (and the
    /// index, when no other article has them), new ones come in, and the file equals a whole build's.
    @Test func aPatchedIndexEqualsAWholeBuild() throws {
        let before = try TestSite(Self.site)
        let (old, _) = try before.check()
        let previous = SearchIndexBuilder(linked: old, jobs: 2).build().bytes
        let edited = Self.site.merging(["Content/articles/second.md": """
            ---
            title: Second
            date: 2024-03-04
            countries: ["CI"]
            ---

            Zanzibar again, and now a brand-new word: zeugma; no more of the one word it alone had, nor filler text.
            """]) { $1 }
        let after = try TestSite(edited)
        let (new, _) = try after.check()
        let whole = SearchIndexBuilder(linked: new, jobs: 2).build()
        let patched = try #require(SearchIndexBuilder(linked: new, jobs: 2).build(patching: previous, edited: ["second"]))
        #expect(String(decoding: patched.bytes, as: UTF8.self) == String(decoding: whole.bytes, as: UTF8.self))
        let words = try #require(try Self.index(patched)["words"] as? [String])
        #expect(words.contains("zeugma") && !words.contains("quixotic"))
        #expect(SearchIndexBuilder(linked: new, jobs: 2).build(patching: Array("not an index".utf8), edited: ["second"]) == nil)
    }

    @Test func indexIsTheSameOnEveryBuildAndSafeInsideAScript() throws {
        let site = try TestSite(Self.site.merging(["Content/articles/third.md": """
            ---
            title: "</script><script>alert(1)</script>"
            date: 2024-05-06
            ---

            Line\u{2028}separator.
            """]) { $1 })
        let (linked, _) = try site.check()
        let first = SearchIndexBuilder(linked: linked, jobs: 1).build().bytes
        let second = SearchIndexBuilder(linked: linked, jobs: 4).build().bytes
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(!text.contains("</script"))
        #expect(!text.contains("\u{2028}"))
        #expect(try Self.index(RenderedFile(path: "", bytes: first))["docs"] != nil)
    }
}
