import Testing
@testable import BriefingCore

@Suite struct SlugTests {
    @Test(arguments: [
        ("Türkiye & Côte d'Ivoire", "turkiye-cote-d-ivoire"),
        ("Gulf Security in 2025", "gulf-security-in-2025"),
        ("  --Already-a-slug--  ", "already-a-slug"),
        ("Straße, Łódź and Ærø", "strasse-lodz-and-aero"),
        ("Москва и НАТО", "moskva-i-nato"),
        ("Saudi–Pakistan “SMDA”: what’s new?", "saudi-pakistan-smda-what-s-new"),
        ("NATO's 75th", "nato-s-75th"),
        ("!!!", ""),
    ])
    func makesIDsFromTitles(title: String, slug: String) {
        #expect(Slug.make(from: title) == slug)
        #expect(slug.isEmpty || Identifier.isValidID(slug))
    }

    @Test func invisibleCharactersAreLeftOutNotTurnedIntoHyphens() {
        #expect(Slug.make(from: "ok\u{200B}id") == "okid")
        #expect(Slug.make(from: "Türkiye\u{200B} and \u{202E}Iran\u{FEFF}") == "turkiye-and-iran")
        #expect(Slug.make(from: "shu\u{00AD}sha") == "shusha")
        #expect(throws: ConfigurationError.self) { try AllianceScaffold.file(id: "ok\u{200B}id") }
        do {
            _ = try AllianceScaffold.file(id: "ok\u{200B}id")
        } catch {
            #expect(error.description == "'ok\u{200B}id' is not a valid alliance id: it holds an invisible character U+200B ZERO WIDTH SPACE after 'ok'; ids use lower-case letters, digits and '-' (e.g. 'okid')")
        }
    }

    @Test func longTitlesAreCutAtAHyphen() {
        let slug = Slug.make(from: String(repeating: "alliance ", count: 20))
        #expect(slug.count <= Slug.maximumLength)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasPrefix("alliance-alliance-"))
    }
}

/// `briefing check` suggests the same file name `briefing new` would write (one slug rule).
@Suite struct SuggestedIDTests {
    @Test(arguments: ["Türkiye", "Côte d'Ivoire", "Gulf_Security 2025", "NATO's 75th"])
    func checkSuggestsTheSlugThatNewWrites(name: String) {
        #expect(SiteConfigLoader.suggestedID(name) == Slug.make(from: name))
    }

    @Test func turkiyeBecomesTurkiye() {
        #expect(SiteConfigLoader.suggestedID("Türkiye") == "turkiye")
    }

    @Test func textWithoutLettersGetsAPlaceholder() {
        #expect(SiteConfigLoader.suggestedID("!!!") == "my-id")
    }
}
