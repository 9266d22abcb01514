import Foundation
import Testing

/// A site's `Templates/` replaces the built-in theme file by file.
@Suite struct ThemeOverrideTests {
    static let fixture = BriefingBinary.packageRoot.appendingPathComponent("Tests/Fixtures/sites/valid/override-one-template")

    @Test func overridingTheArticleTemplateChangesTheArticlePagesOnly() throws {
        let scratch = try TemporaryFolder()
        let overriding = try scratch.copy(Self.fixture, as: "overriding")
        let plain = try scratch.copy(Self.fixture, as: "plain")
        try FileManager.default.removeItem(at: plain.appendingPathComponent("Templates"))

        let withOverride = try BriefingBinary.run(["build", "--root", overriding.path, "--output", scratch.url.appendingPathComponent("a").path])
        let withoutOverride = try BriefingBinary.run(["build", "--root", plain.path, "--output", scratch.url.appendingPathComponent("b").path])
        #expect(withOverride.status == 0, "\(withOverride.stderr)")
        #expect(withoutOverride.status == 0, "\(withoutOverride.stderr)")

        let a = FileTree(scratch.url.appendingPathComponent("a")).files
        let b = FileTree(scratch.url.appendingPathComponent("b")).files
        #expect(a.keys.sorted() == b.keys.sorted(), "the same files are written")
        let articlePages = b.keys.filter { $0.hasPrefix("articles/") && $0.hasSuffix("/index.html") && $0 != "articles/index.html" }.sorted()
        #expect(articlePages == ["articles/first-look/index.html", "articles/second-look/index.html"])
        let differing = a.keys.filter { a[$0] != b[$0] }.sorted()
        #expect(differing == articlePages)
        for page in articlePages {
            let text = String(decoding: a[page] ?? Data(), as: UTF8.self)
            #expect(text.contains("Rendered by this site's own article template."), "\(page)")
            #expect(text.contains("<a class=\"site-title\" href=\"../../index.html\" dir=\"auto\">"), "\(page) still uses the built-in base layout")
        }
    }
}
