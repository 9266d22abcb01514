import Foundation
import Testing
@testable import BriefingCore

/// SPEC §8 checks at their exact positions: unusual characters, line endings, YAML comments in values, membership
/// periods, duplicate names, the date hint and the summary position.
@Suite struct DataChecksTests {
    static func article(_ frontMatter: String, body: String = "Body.") -> String {
        "---\n" + frontMatter + "\n---\n" + body + "\n"
    }

    static let validFrontMatter = "title: A\ndate: 2025-01-01\nsummary: S.\nalliances: [nato]"

    // MARK: invisible characters

    @Test func invisibleCharacterInAFrontMatterListIsNamedAtItsColumn() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article("title: A\ndate: 2025-01-01\nsummary: S.\nalliances: [nato, \u{2060}nato]")])
        #expect(try site.lines() == [
            "Content/articles/a.md:5:19: error: the alliance id 'nato' is preceded by an invisible character U+2060 WORD JOINER at column 19; delete it",
        ])
    }

    @Test func invisibleCharacterInsideAnIDSaysWhereItIs() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article("title: A\ndate: 2025-01-01\nsummary: S.\nalliances:\n  - na\u{200E}to")])
        #expect(try site.lines() == [
            "Content/articles/a.md:6:7: error: the alliance id 'nato' has, after 'na', an invisible character U+200E LEFT-TO-RIGHT MARK at column 7; delete it",
        ])
    }

    @Test func invisibleCharactersInMembersKeysAndCountryCodes() throws {
        let site = try TestSite([
            "Content/alliances/nato.yml": "name: Test Pact\nmembers: [\"PK\", \"TR\u{FEFF}\"]\nestablished: 2009\nimpacts: [counter-terrorism]\nsum\u{200B}mary: S.\n",
            "Content/countries.yml": "\"PK\": {name: Pakistan, region: Asia}\nTR\u{00A0}: {name: Türkiye}\n",
            "Content/articles/a.md": Self.article(Self.validFrontMatter),
        ])
        #expect(try site.lines() == [
            "Content/alliances/nato.yml:2:20: error: the country code 'TR' is followed by an invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE at column 20; delete it",
            "Content/alliances/nato.yml:5:4: error: the key 'summary' has, after 'sum', an invisible character U+200B ZERO WIDTH SPACE at column 4; delete it",
            "Content/countries.yml:2:3: error: the key 'TR' is followed by a no-break space U+00A0 NO-BREAK SPACE at column 3; delete it",
        ])
    }

    @Test func invisibleCharacterInACrossLinkIsNamedAndNotAlsoUnknown() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article(Self.validFrontMatter, body: "See [Türkiye](country:TR\u{200B}) and [x](alliance:\u{200B}nato).")])
        #expect(try site.lines() == [
            "Content/articles/a.md:7:25: error: the country code 'TR' is followed by an invisible character U+200B ZERO WIDTH SPACE at column 25; delete it",
            "Content/articles/a.md:7:45: error: the alliance id 'nato' is preceded by an invisible character U+200B ZERO WIDTH SPACE at column 45; delete it",
        ])
    }

    @Test func invisibleAndControlCharactersInTextAreWarnings() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article("title: Ab\u{200B}c\ndate: 2025-01-01\nsummary: \"Bell\\a here\"\nalliances: [nato]")])
        #expect(try site.lines(warnings: true) == [
            "Content/articles/a.md:2:10: warning: the title holds an invisible character U+200B ZERO WIDTH SPACE at column 10; delete it unless it is meant",
            "Content/articles/a.md:4:10: warning: the summary holds a control character U+0007 ALERT at column 10, which is left out of the pages; delete it",
        ])
    }

    @Test func joinersInTextAreLeftAlone() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article("title: می\u{200C}خواهم\ndate: 2025-01-01\nsummary: S.\nalliances: [nato]")])
        #expect(try site.lines(warnings: true).isEmpty)
    }

    @Test func invisibleCharacterInAFileNameIsNamed() throws {
        let site = try TestSite([
            "Content/alliances/pact\u{200B}.yml": TestSite.allianceYML,
            "Content/articles/\u{FEFF}a.md": Self.article(Self.validFrontMatter),
        ])
        #expect(try site.lines() == [
            "Content/alliances/pact\u{200B}.yml:1:1: error: the file name holds an invisible character U+200B ZERO WIDTH SPACE after 'pact'; rename the file to 'pact.yml'",
            "Content/articles/\u{FEFF}a.md:1:1: error: the file name holds an invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE at its start; rename the file to 'a.md'",
        ])
    }

    @Test func unicodeNamesAreSpelledOut() {
        #expect(UnicodeCharacterName.describe("\u{200B}") == "U+200B ZERO WIDTH SPACE")
        #expect(UnicodeCharacterName.describe("\u{00A0}") == "U+00A0 NO-BREAK SPACE")
        #expect(UnicodeCharacterName.describe("\u{7}") == "U+0007 ALERT")
        #expect(UnicodeCharacterName.isInvisible("\u{FEFF}") && UnicodeCharacterName.isInvisible("\u{202F}"))
        #expect(!UnicodeCharacterName.isInvisible("a"))
    }

    // MARK: no-break spaces in YAML

    @Test func noBreakSpaceAfterAKeyIsReportedOnItsLine() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article("title:\u{00A0}Overview\ndate: 2025-01-01\nsummary: S.\nalliances: [nato]")])
        #expect(try site.lines() == [
            "Content/articles/a.md:2:7: error: 'title:' is followed by a no-break space U+00A0 NO-BREAK SPACE at column 7, so YAML does not read it as a key; use an ordinary space",
        ])
    }

    @Test func noBreakSpaceIndentationInAnAllianceFileIsReportedOnItsLine() throws {
        let site = try TestSite([
            "Content/alliances/nato.yml": "name: Test Pact\nmembers:\n  - PK\n\u{202F} - TR\nestablished: 2009\nimpacts: [counter-terrorism]\n",
            "Content/articles/a.md": Self.article(Self.validFrontMatter),
        ])
        #expect(try site.lines() == [
            "Content/alliances/nato.yml:4:1: error: line 4 is indented with a no-break space U+202F NARROW NO-BREAK SPACE at column 1, which YAML does not count as indentation; use ordinary spaces",
        ])
    }

    // MARK: line endings

    @Test func crOnlyAndCRLFFilesGiveTheSamePositionsAsLF() throws {
        let lf = Self.article("title: A\ndate: 2025-01-01\nsummary: S.\nalliances: [nato, natoo]", body: "Text.\n\nSee [x](alliance:nat).")
        for ending in ["\n", "\r\n", "\r"] {
            let text = lf.replacingOccurrences(of: "\n", with: ending)
            let site = try TestSite(["Content/articles/a.md": text])
            #expect(try site.lines() == [
                "Content/articles/a.md:5:19: error: unknown alliance 'natoo' in 'alliances'; did you mean 'nato'?",
                "Content/articles/a.md:9:5: error: unknown alliance 'nat'; did you mean 'nato'?",
            ], "line ending \(ending.debugDescription)")
        }
    }

    @Test func crOnlyYAMLFileLoads() throws {
        let site = try TestSite([
            "Content/alliances/nato.yml": "name: Test Pact\rmembers: [\"PK\", \"TR\", \"XX\"]\restablished: 2009\rimpacts: [counter-terrorism]\r",
            "Content/articles/a.md": Self.article(Self.validFrontMatter),
        ])
        #expect(try site.lines() == ["Content/alliances/nato.yml:2:23: error: unknown country code 'XX' in 'members'; add it to Content/countries.yml"])
    }

    @Test func sourceTextCountsCRAndCRLFAsOneLineBreakEach() {
        let text = SourceText(path: "a", bytes: Array("a\rb\r\nc\nd".utf8))
        #expect(text.location(ofByte: 2) == SourceLocation(line: 2, column: 1))
        #expect(text.location(ofByte: 5) == SourceLocation(line: 3, column: 1))
        #expect(text.location(ofByte: 7) == SourceLocation(line: 4, column: 1))
        #expect(text.startOfLine(3) == 5)
    }

    @Test func aLoneCRInAnLFFileIsNamedOnceWithTheCount() throws {
        let site = try TestSite(["Content/articles/a.md": "---\ntitle: A\ndate: 2025-01-01\rsummary: S.\nalliances: [nato]\n---\nOne.\rTwo.\n"])
        #expect(try site.lines(warnings: true) == [
            "Content/articles/a.md:3:17: warning: line 3 ends with a lone carriage return U+000D CARRIAGE RETURN (and 1 more in this file), while the other lines end with LF; briefing reads it as a line break, but many editors and tools do not — save the file with one kind of line ending",
        ])
    }

    @Test func literalControlCharacterInYAMLIsLeftOutAndTheFileStillLoads() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article("title: Bell\u{7} here\ndate: 2025-01-01\nsummary: S.\nalliances: [nato, natoo]")])
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.map { DiagnosticFormat.textLine($0).trimmingCharacters(in: .newlines) } == [
            "Content/articles/a.md:2:12: warning: a control character U+0007 ALERT at column 12, which YAML does not allow; it is left out — delete it",
            "Content/articles/a.md:5:19: error: unknown alliance 'natoo' in 'alliances'; did you mean 'nato'?",
        ])
        #expect(linked.site.articles.first?.title == "Bell here")
    }

    @Test func controlCharacterFromAnEscapeIsLeftOutOfTheValue() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article("title: \"Tab\\tand\\u0085next\"\ndate: 2025-01-01\nsummary: S.\nalliances: [nato]")])
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.map { DiagnosticFormat.textLine($0).trimmingCharacters(in: .newlines) } == [
            "Content/articles/a.md:2:8: warning: the title holds a control character U+0085 NEXT LINE at column 8, which is left out of the pages; delete it",
        ])
        #expect(linked.site.articles.first?.title == "Tab\tandnext")
    }

    // MARK: YAML comments in values

    @Test func commentAfterAPlainTextValueIsAWarningAtTheHash() throws {
        let site = try TestSite([
            "Content/alliances/nato.yml": "name: Test Pact   # the old name\nmembers: [\"PK\", \"TR\"]\nestablished: 2009\nimpacts: [counter-terrorism]\nsources:\n  - title: Report #3\n    url: https://example.org/a#b\n",
            "Content/articles/a.md": Self.article("title: \"Quoted #1\"\ndate: 2025-01-01  # a comment on a date is fine\nsummary: C# and F#, see #4\nalliances: [nato]"),
        ])
        #expect(try site.lines(warnings: true) == [
            "Content/alliances/nato.yml:1:19: warning: the name ends where ' # the old name' starts a YAML comment, which is dropped; put the name in quotes if that text is part of it",
            "Content/alliances/nato.yml:6:19: warning: the title ends where ' #3' starts a YAML comment, which is dropped; put the title in quotes if that text is part of it",
            "Content/articles/a.md:4:25: warning: the summary ends where ' #4' starts a YAML comment, which is dropped; put the summary in quotes if that text is part of it",
        ])
    }

    @Test func aCommentThatCutsOffAFlowMappingIsNamedAtTheHash() throws {
        let site = try TestSite([
            "Content/countries.yml": "\"PK\": {name: Pakistan, region: Asia}\n\"TR\": {name: Türkiye #x, region: Europe}\n\"IR\": {name: Iran, region: Asia}\n",
            "Content/alliances/nato.yml": "name: Pact\nmembers: [\"PK\", \"TR\"]\nestablished: 2009\nimpacts: [counter-terrorism]\nsources: [{title: Côte d'Ivoire report #3, url: \"https://example.org\"}]\n",
        ])
        #expect(try site.lines() == [
            "Content/alliances/nato.yml:5:40: error: YAML syntax error: ' #3, url: \"https://example.org\"}]' starts a YAML comment, which cut off the rest of the flow mapping that starts at line 5 (did not find expected ',' or '}'); put the value that holds '#' in quotes",
            "Content/countries.yml:2:22: error: YAML syntax error: ' #x, region: Europe}' starts a YAML comment, which cut off the rest of the flow mapping that starts at line 2 (did not find expected ',' or '}'); put the value that holds '#' in quotes",
        ])
    }

    @Test func theCommentSearchStaysInsideTheFile() {
        let lines: [[Unicode.Scalar]] = [Array("a: [b #c".unicodeScalars)]
        #expect(YAMLDocument.commentInFlow(lines, from: 1, to: 1)! == (1, 7))
        #expect(YAMLDocument.commentInFlow(lines, from: 2, to: 3) == nil)
        #expect(YAMLDocument.commentInFlow(lines, from: 0, to: 1) == nil)
        #expect(YAMLDocument.commentInFlow([], from: 1, to: 1) == nil)
    }

    @Test func aCommentInsideAMultiLineValueIsNamedAtTheHash() throws {
        let site = try TestSite([
            "Content/articles/a.md": Self.article("title: A\ndate: 2025-01-01\nsummary: An example\n  article #3 continued\n  here\nalliances: [nato]"),
        ])
        #expect(try site.lines() == [
            "Content/articles/a.md:5:11: error: YAML syntax error: ' #3 continued' starts a YAML comment, which ends the value, so line 6 cannot continue it (did not find expected key); put the value in quotes if '#' belongs to it",
        ])
    }

    @Test func aLineSeparatorInYAMLIsNamedAndReadAsASpace() throws {
        let site = try TestSite([
            "Content/articles/a.md": Self.article("title: Two\u{2028}lines\ndate: 2025-01-01\nsummary: S.\nalliances: [nato\u{2029}]"),
        ])
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.map { DiagnosticFormat.textLine($0).trimmingCharacters(in: .newlines) }.filter { !$0.contains("base_url") } == [
            "Content/articles/a.md:2:11: warning: U+2028 LINE SEPARATOR at column 11 is a line break to YAML but invisible in most editors; it is read as a space — replace it with a space",
            "Content/articles/a.md:5:17: warning: U+2029 PARAGRAPH SEPARATOR at column 17 is a line break to YAML but invisible in most editors; it is read as a space — replace it with a space",
        ])
        #expect(linked.site.articles.first?.title == "Two lines")
    }

    // MARK: membership periods

    @Test func membershipPeriodsAreCheckedAtTheDate() throws {
        let site = try TestSite([
            "Content/alliances/nato.yml": """
                name: Test Pact
                members:
                  - {country: PK, joined: 1970, left: 1940}
                  - {country: TR, joined: 1949, left: 1960-02}
                  - {country: IR, joined: 1948-12, left: 1960}
                established: 1949-04-04
                ended: 1960-01-31
                impacts: [counter-terrorism]
                """,
            "Content/articles/a.md": Self.article(Self.validFrontMatter),
        ])
        #expect(try site.lines() == [
            "Content/alliances/nato.yml:3:27: error: PK joined (1970) after the alliance ended (1960-01-31)",
            "Content/alliances/nato.yml:3:39: error: PK left (1940) before it joined (1970)",
            "Content/alliances/nato.yml:4:39: error: TR left (1960-02) after the alliance ended (1960-01-31)",
            "Content/alliances/nato.yml:5:27: error: IR joined (1948-12) before the alliance was established (1949-04-04)",
        ])
    }

    @Test func currentAndFormerMembers() throws {
        let active = try TestSite([
            "Content/alliances/nato.yml": "name: Test Pact\nmembers: [PK, {country: TR, left: 2015}, IR]\nestablished: 2009\nimpacts: [counter-terrorism]\n",
            "Content/articles/a.md": Self.article(Self.validFrontMatter),
        ])
        let alliance = try #require(try active.check().0.site.alliances.first)
        #expect(alliance.currentMembers.map(\.country.value) == ["PK", "IR"])
        #expect(alliance.formerMembers.map(\.country.value) == ["TR"])
        let ended = try TestSite([
            "Content/alliances/nato.yml": "name: Test Pact\nmembers: [PK, TR]\nestablished: 2009\nended: 2012\nimpacts: [counter-terrorism]\n",
            "Content/articles/a.md": Self.article(Self.validFrontMatter),
        ])
        let historical = try #require(try ended.check().0.site.alliances.first)
        #expect(historical.currentMembers.isEmpty)
        #expect(historical.formerMembers.map(\.country.value) == ["PK", "TR"])
    }

    // MARK: names, dates, summaries

    @Test func duplicateNameIsAWarningAtTheSecondName() throws {
        let site = try TestSite([
            "Content/alliances/other.yml": "members: [PK, TR]\nname: test pact\nestablished: 2010\n",
            "Content/articles/a.md": Self.article("title: A\ndate: 2025-01-01\nsummary: S.\nalliances: [nato, other]"),
        ])
        #expect(try site.lines(warnings: true) == [
            "Content/alliances/other.yml:2:7: warning: the alliance 'other' has the same name as 'nato' (Content/alliances/nato.yml): 'test pact'; readers cannot tell them apart, give one a different name or use short_name",
        ])
    }

    @Test func articleDateHintNamesOnlyTheFullForm() throws {
        let site = try TestSite(["Content/articles/a.md": Self.article("title: A\ndate: 1 May 2025\nsummary: S.\nalliances: [nato]")])
        #expect(try site.lines() == ["Content/articles/a.md:3:7: error: '1 May 2025' is not a valid date for 'date'; write it as YYYY-MM-DD"])
        let alliance = try TestSite([
            "Content/alliances/nato.yml": "name: Test Pact\nmembers: [PK, TR]\nestablished: May 2009\n",
            "Content/articles/a.md": Self.article(Self.validFrontMatter),
        ])
        #expect(try alliance.lines() == ["Content/alliances/nato.yml:3:14: error: 'May 2009' is not a valid date for 'established'; write it as YYYY-MM-DD (or YYYY or YYYY-MM)"])
    }

    @Test func missingSummaryPointsAtTheEmptyKeyOrTheFirstKey() throws {
        let site = try TestSite([
            "Content/articles/a.md": Self.article("title: A\ndate: 2025-01-01\nalliances: [nato]\nsummary:"),
            "Content/articles/b.md": Self.article("# notes\n\ntitle: B\ndate: 2025-01-01\nalliances: [nato]"),
        ])
        let warnings = try site.lines(warnings: true)
        #expect(warnings == [
            "Content/articles/a.md:5:1: warning: the article has no 'summary'; add one to the front matter, it is shown in article lists and search results",
            "Content/articles/b.md:4:1: warning: the article has no 'summary'; add one to the front matter, it is shown in article lists and search results",
        ])
    }
}

/// `base_url` validation and the encoded form offered for a non-ASCII address.
@Suite struct BaseURLTests {
    @Test func validURLsGetATrailingSlash() throws {
        #expect(try BaseURL.validate("https://example.org/briefing").get() == "https://example.org/briefing/")
        #expect(try BaseURL.validate("http://localhost:8080/").get() == "http://localhost:8080/")
        #expect(try BaseURL.validate("https://example.org/a%20b/").get() == "https://example.org/a%20b/")
        #expect(try BaseURL.validate("https://[::1]:8080/b").get() == "https://[::1]:8080/b/")
        #expect(try BaseURL.validate("https://[2001:db8::7]/").get() == "https://[2001:db8::7]/")
        #expect(try BaseURL.validate("https://example.org:65535/").get() == "https://example.org:65535/")
    }

    @Test(arguments: [
        ("example.org/briefing", "must be an absolute http:// or https:// URL, e.g. https://example.org/briefing/"),
        ("ftp://example.org/", "must be an absolute http:// or https:// URL, e.g. https://example.org/briefing/"),
        ("https:///path", "has no host name after 'https://'"),
        ("https://example.org:80a/", "has an invalid port '80a' after the host"),
        ("https://example.org/<b>", "contains '<' at character 21; remove it"),
        ("https://example.org/a\u{200B}", "contains an invisible character U+200B ZERO WIDTH SPACE at character 22; delete it"),
        ("https://example.org/100%/", "contains '%' at character 24 that does not start a %XX escape; write a percent sign as %25"),
        ("https://example.org:99999/", "has a port '99999' outside 1–65535"),
        ("https://example.org:0/", "has a port '0' outside 1–65535"),
        ("https://[zz]/", "has an IPv6 address '[zz]' that is not one: only hexadecimal digits, ':' and '.' belong between the brackets"),
        ("https://[::1/", "has '[' without the closing ']' of an IPv6 address"),
        ("https://[::1]x/", "has 'x' after the IPv6 address '[::1]' where only ':' and a port may follow"),
        ("https://bücher.example/", "contains characters that must be encoded in a URL (sitemaps and feeds need the encoded form); write it as https://xn--bcher-kva.example/"),
    ])
    func invalidURLsSayWhy(_ url: String, _ reason: String) {
        #expect(BaseURL.validate(url) == .failure(BaseURL.Problem(reason)))
    }

    @Test(arguments: [
        ("base_url: \"https://example.org/security briefings/\"", 40),
        ("base_url: https://example.org/a<b/", 32),
        ("base_url: 'https://example.org/b?x=1'", 33),
    ])
    func aBadCharacterInSiteYMLIsReportedAtItsColumn(_ line: String, _ column: Int) throws {
        let site = try TestSite(["Content/site.yml": line + "\n" + TestSite.siteYML])
        let (_, diagnostics) = try site.check()
        #expect(diagnostics.filter { $0.code == "invalid-base-url" }.map(\.location) == [SourceLocation(line: 1, column: column)])
    }

    @Test func punycodeFollowsRFC3492() {
        #expect(Punycode.encode("bücher") == "bcher-kva")
        #expect(Punycode.encode("münchen") == "mnchen-3ya")
        #expect(Punycode.encode("例え") == "r8jz45g")
    }
}

/// A no-break space in indentation is one mistake: the syntax error it causes on its line or the next is not
/// reported again.
@Suite struct NoBreakSpaceFollowOnTests {
    @Test func noSecondErrorForTheSameLine() throws {
        let site = try TestSite(["Content/articles/a.md": "---\ntitle: A\n\u{00A0}\u{00A0}date: 2025-01-01\nsummary: S.\nalliances: [nato]\n---\nBody.\n"])
        #expect(try site.lines() == [
            "Content/articles/a.md:3:1: error: line 3 is indented with a no-break space U+00A0 NO-BREAK SPACE at column 1, which YAML does not count as indentation; use ordinary spaces",
        ])
    }
}

/// A no-break space elsewhere next to YAML's syntax is named when YAML fails on its line or the next.
@Suite struct NoBreakSpaceSyntaxErrorTests {
    @Test func trailingNoBreakSpaceAfterAQuotedValueIsNamed() throws {
        let site = try TestSite(["Content/articles/a.md": "---\ntitle: \"A\"\u{3000}x\ndate: 2025-01-01\nsummary: S.\nalliances: [nato]\n---\nBody.\n"])
        let lines = try site.lines()
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Content/articles/a.md:2:11: error: a no-break space U+3000 IDEOGRAPHIC SPACE at column 11 stands where YAML needs an ordinary space, so it cannot read line 2 (") == true, "\(lines)")
    }
}

/// The YAML error helpers count lines as libyaml does, also in CR-only files.
@Suite struct CROnlyYAMLErrorTests {
    @Test func tabAndDuplicateKeyPositionsInACROnlyFile() throws {
        let tab = try TestSite(["Content/site.yml": "title: T\rtaxonomies:\r\timpacts: {}\r"])
        #expect(try tab.lines().first?.hasPrefix("Content/site.yml:3:") == true)
        #expect(try tab.lines().first?.contains("YAML does not allow tabs for indentation") == true)
        let duplicate = try TestSite(["Content/articles/a.md": "---\rtitle: A\rdate: 2025-01-01\rtitle: B\rsummary: S.\ralliances: [nato]\r---\rBody.\r"])
        #expect(try duplicate.lines() == ["Content/articles/a.md:4:1: error: the field 'title' appears more than once"])
    }
}
