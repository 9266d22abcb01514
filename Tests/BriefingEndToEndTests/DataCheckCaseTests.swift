import Foundation
import Testing

/// The data-check cases of SPEC §8 (`Tests/Fixtures/sites/data-checks/<case>/`, each with the `EXPECTED.md` it came
/// with): `briefing build --strict` on each must print exactly these diagnostics and exit with this status.
@Suite struct DataCheckCaseTests {
    static let folder = BriefingBinary.packageRoot.appendingPathComponent("Tests/Fixtures/sites/data-checks")

    struct Outcome {
        let run: BriefingBinary.Run
        let output: URL
        let scratch: TemporaryFolder
        var diagnostics: [String] { DiagnosticLine.split(run.stderr).diagnostics }
        var unexpected: [String] { DiagnosticLine.split(run.stderr).unexpected }
    }

    static func build(_ name: String, _ arguments: [String] = ["--strict"]) throws -> Outcome {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(folder.appendingPathComponent(name), as: "site")
        let output = scratch.url.appendingPathComponent("Output")
        let run = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path] + arguments)
        return Outcome(run: run, output: output, scratch: scratch)
    }

    @Test func fixturesKeepTheirBytes() throws {
        let article = try Data(contentsOf: Self.folder.appendingPathComponent("case08-cr-only-line-endings/Content/articles/cr-endings.md"))
        #expect(article.contains(0x0D) && !article.contains(0x0A), "case08 must use CR-only line endings")
        let nbsp = try String(contentsOf: Self.folder.appendingPathComponent("case10-nbsp-in-yaml/Content/alliances/shusha.yml"), encoding: .utf8)
        #expect(nbsp.contains("kind:\u{00A0}bilateral"))
        let zwsp = try String(contentsOf: Self.folder.appendingPathComponent("case09-invisible-char-in-id/Content/articles/overview.md"), encoding: .utf8)
        #expect(zwsp.contains("shusha\u{200B}]"))
    }

    /// case08: a file with CR-only line endings loads like an LF file.
    @Test func crOnlyLineEndingsLoad() throws {
        let outcome = try Self.build("case08-cr-only-line-endings")
        #expect(outcome.run.status == 0, "stderr:\n\(outcome.run.stderr)")
        #expect(outcome.diagnostics.isEmpty)
        let page = try String(contentsOf: outcome.output.appendingPathComponent("articles/cr-endings/index.html"), encoding: .utf8)
        #expect(page.contains("Saved with CR line endings"))
        #expect(page.contains("A short overview."))
        #expect(page.contains("href=\"../../alliances/shusha/index.html\""))
        #expect(page.contains("href=\"../../countries/az/index.html\""))
    }

    /// case09: an invisible character after an id is named at its column, with no contradictory "did you mean".
    @Test func invisibleCharacterInIDIsNamed() throws {
        let outcome = try Self.build("case09-invisible-char-in-id")
        #expect(outcome.run.status == 1)
        #expect(outcome.diagnostics == [
            "Content/articles/overview.md:5:19: error: the alliance id 'shusha' is followed by an invisible character U+200B ZERO WIDTH SPACE at column 19; delete it",
            "Content/articles/overview.md:10:98: error: the country code 'AZ' is followed by an invisible character U+200B ZERO WIDTH SPACE at column 98; delete it",
        ], "stderr:\n\(outcome.run.stderr)")
        #expect(outcome.unexpected.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: outcome.output.path))
    }

    /// case10: no-break spaces as indentation and after `key:` are reported on their own line and column.
    @Test func noBreakSpacesInYAMLAreNamed() throws {
        let outcome = try Self.build("case10-nbsp-in-yaml")
        #expect(outcome.run.status == 1)
        #expect(outcome.diagnostics == [
            "Content/alliances/shusha.yml:2:6: error: 'kind:' is followed by a no-break space U+00A0 NO-BREAK SPACE at column 6, so YAML does not read it as a key; use an ordinary space",
            "Content/articles/overview.md:7:1: error: line 7 is indented with a no-break space U+00A0 NO-BREAK SPACE at column 1, which YAML does not count as indentation; use ordinary spaces",
            "Content/articles/overview.md:8:1: error: line 8 is indented with a no-break space U+00A0 NO-BREAK SPACE at column 1, which YAML does not count as indentation; use ordinary spaces",
        ], "stderr:\n\(outcome.run.stderr)")
        #expect(outcome.unexpected.isEmpty)
    }

    /// case12: ` #` after an unquoted title or summary is warned about at the `#`; an error under --strict.
    @Test func yamlCommentInValueIsAWarning() throws {
        let expected = [
            "Content/articles/overview.md:2:20: warning: the title ends where ' #2 in Madrid' starts a YAML comment, which is dropped; put the title in quotes if that text is part of it",
            "Content/articles/overview.md:4:37: warning: the summary ends where ' #4 of the communiqué.' starts a YAML comment, which is dropped; put the summary in quotes if that text is part of it",
        ]
        let strict = try Self.build("case12-yaml-comment-truncates-title")
        #expect(strict.run.status == 1)
        #expect(strict.diagnostics == expected, "stderr:\n\(strict.run.stderr)")
        let lenient = try Self.build("case12-yaml-comment-truncates-title", [])
        #expect(lenient.run.status == 0)
        #expect(lenient.diagnostics == expected)
    }

    /// case18: a base_url with a space is a configuration error (exit 2) offering the encoded form.
    @Test func baseURLWithASpaceIsRefused() throws {
        let outcome = try Self.build("case18-base-url-unescaped")
        #expect(outcome.run.status == 2)
        #expect(outcome.diagnostics == [
            "Content/site.yml:3:39: error: base_url 'https://example.org/security briefings/' contains a space at character 29; write it as https://example.org/security%20briefings/",
        ], "stderr:\n\(outcome.run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: outcome.output.path))
    }

    /// case18 with `--base-url`: non-ASCII, a query, a fragment, a quote and user info are refused with exit 2.
    @Test(arguments: [
        ("https://example.org/تحالفات/",
         "error: --base-url 'https://example.org/تحالفات/' contains characters that must be encoded in a URL (sitemaps and feeds need the encoded form); write it as https://example.org/%D8%AA%D8%AD%D8%A7%D9%84%D9%81%D8%A7%D8%AA/"),
        ("https://example.org/b?x=1",
         "error: --base-url 'https://example.org/b?x=1' has a query ('?x=1'); page paths are appended to base_url, so it cannot have one — remove it"),
        ("https://example.org/b#top",
         "error: --base-url 'https://example.org/b#top' has a fragment ('#top'); page paths are appended to base_url, so it cannot have one — remove it"),
        ("https://example.org/\"b",
         "error: --base-url 'https://example.org/\"b' contains a quote (\") at character 21; remove it"),
        ("https://user:pw@example.org/",
         "error: --base-url 'https://user:pw@example.org/' contains user information ('user:pw@'); remove it, a published address has none"),
    ])
    func badBaseURLOptionIsAConfigurationError(_ url: String, _ message: String) throws {
        let site = "case08-cr-only-line-endings"
        let outcome = try Self.build(site, ["--base-url", url])
        #expect(outcome.run.status == 2)
        #expect(outcome.run.stderr == message + "\n")
        #expect(!FileManager.default.fileExists(atPath: outcome.output.path))
    }

    @Test func goodBaseURLOptionIsUsedInTheSitemap() throws {
        let outcome = try Self.build("case08-cr-only-line-endings", ["--base-url", "https://xn--mgbaaw5cb.example/briefing"])
        #expect(outcome.run.status == 0, "stderr:\n\(outcome.run.stderr)")
        let sitemap = try String(contentsOf: outcome.output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://xn--mgbaaw5cb.example/briefing/alliances/index.html</loc>"))
    }
}
