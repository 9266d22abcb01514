import Foundation
import Testing
@testable import BriefingCore

/// Relative links and images in articles (SPEC §7): other articles' files, assets, and everything else.
@Suite struct RelativeLinkTests {
    static func article(_ title: String, _ body: String) -> String {
        "---\ntitle: \(title)\ndate: 2025-01-01\nsummary: S.\nalliances: [nato]\n---\n" + body
    }

    /// Builds the site into a temporary folder; returns the diagnostics and the article page's HTML.
    static func build(_ site: TestSite, page slug: String = "a") throws -> (lines: [String], html: String) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-rel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try BuildPipeline.run(BuildOptions(root: site.root.path, output: output.path, jobs: 2))
        let html = (try? String(contentsOf: output.appendingPathComponent("articles/\(slug)/index.html"), encoding: .utf8)) ?? ""
        return (result.diagnostics.sorted.filter { $0.code != "missing-base-url" }.map { "\($0.location.line):\($0.location.column) \($0.code)" }, html)
    }

    @Test func markdownFilesBecomeArticlePages() throws {
        let site = try TestSite([
            "Content/articles/a.md": Self.article("A", "[b](b.md) [b2](./b.md#part-two) [b3](../articles/b.md) [self](a.md#top-part)\n\n## Top part\n"),
            "Content/articles/b.md": Self.article("B", "## Part two\n"),
        ])
        let (lines, html) = try Self.build(site)
        #expect(lines == [])
        #expect(html.contains("<a href=\"../../articles/b/index.html\">b</a>"))
        #expect(html.contains("<a href=\"../../articles/b/index.html#part-two\">b2</a>"))
        #expect(html.contains("<a href=\"../../articles/b/index.html\">b3</a>"))
        #expect(html.contains("<a href=\"../../articles/a/index.html#top-part\">self</a>"))
    }

    @Test func anythingElseIsABrokenLinkWithASuggestion() throws {
        let site = try TestSite([
            "Content/articles/a.md": Self.article("A", "See [b](bb.md), [x](../README), [up](../../../etc/passwd) and [dir](./).\n"),
            "Content/articles/b.md": Self.article("B", "B.\n"),
        ])
        let lines = try site.lines()
        #expect(lines == [
            "Content/articles/a.md:7:5: error: 'bb.md' points to Content/articles/bb.md, which is neither an article's Markdown file nor a file in Content/assets/; did you mean 'b.md'?",
            "Content/articles/a.md:7:17: error: '../README' points to Content/README, which is neither an article's Markdown file nor a file in Content/assets/",
            "Content/articles/a.md:7:33: error: '../../../etc/passwd' points to a place outside the site folder, which is neither an article's Markdown file nor a file in Content/assets/",
            "Content/articles/a.md:7:63: error: './' points to the articles folder, which is neither an article's Markdown file nor a file in Content/assets/",
        ])
    }

    @Test func brokenLinksSayWhatWasProbablyMeant() throws {
        let site = try TestSite([
            "Content/articles/a.md": Self.article("A", "[i](golang.org/issue/1) [m](iant@example.org) [p](12800/plan.png)\n"),
        ])
        let lines = try site.lines()
        #expect(lines.count == 3)
        #expect(lines[0].hasSuffix("; for a web address write 'https://golang.org/issue/1'"))
        #expect(lines[1].hasSuffix("; for an e-mail address write 'mailto:iant@example.org'"))
        #expect(lines[2].hasSuffix("; put the file in Content/assets/ and link it as '../assets/plan.png'"))
    }

    @Test func aFileThatIsInTheAssetsFolderIsSuggestedByItsPlaceThere() throws {
        let site = try TestSite([
            "Content/articles/a.md": Self.article("A", "![Plan](12800/plan.png) [Gen](./15292/gen.md)\n"),
        ])
        try site.write("Content/assets/12800/plan.png", bytes: [0x89, 0x50])
        try site.write("Content/assets/15292/gen.md", bytes: Array("# Gen\n".utf8))
        let lines = try site.lines()
        #expect(lines == [
            "Content/articles/a.md:7:1: error: '12800/plan.png' points to Content/articles/12800/plan.png, which is neither an article's Markdown file nor a file in Content/assets/; did you mean '../assets/12800/plan.png'?",
            "Content/articles/a.md:7:25: error: './15292/gen.md' points to Content/articles/15292/gen.md, which is neither an article's Markdown file nor a file in Content/assets/; did you mean '../assets/15292/gen.md'?",
        ])
    }

    @Test func aFragmentStartingWithAMarkIsStillAFragment() throws {
        // `#` followed by U+FE0F is one Character in Swift (the keycap emoji); links written for GitHub have it.
        let site = try TestSite([
            "Content/articles/a.md": Self.article("A", "## 🛡️ Defence\n\n[a](#\u{FE0F}-defence) [b](b.md#\u{FE0F}-x) [c](article:b#\u{FE0F}-x)\n"),
            "Content/articles/b.md": Self.article("B", "## X\n"),
        ])
        let (lines, html) = try Self.build(site)
        #expect(lines == ["9:1 broken-anchor", "9:17 broken-anchor", "9:31 broken-anchor"])
        #expect(html.contains("<a href=\"../../articles/b/index.html#%EF%B8%8F-x\">b</a>"))
        let result = try BuildPipeline.run(BuildOptions(root: site.root.path, output: nil, jobs: 2))
        #expect(result.diagnostics.sorted.filter { $0.code == "broken-anchor" }.map(\.message) == [
            "this page has no heading or element with the id '\u{FE0F}-defence', which holds an invisible character U+FE0F VARIATION SELECTOR-16; did you mean 'defence'?",
            "article 'b' has no heading or element with the id '\u{FE0F}-x', which holds an invisible character U+FE0F VARIATION SELECTOR-16; did you mean 'x'?",
            "article 'b' has no heading or element with the id '\u{FE0F}-x', which holds an invisible character U+FE0F VARIATION SELECTOR-16; did you mean 'x'?",
        ])
    }

    @Test func aRemoteResourceInRawHTMLIsNotCalledAnImage() throws {
        let site = try TestSite([
            "Content/site.yml": TestSite.siteYML + "\nunsafe_html: true\n",
            "Content/articles/a.md": Self.article("A", "<p><iframe src=\"https://maps.example/f\"></iframe></p>\n"),
        ])
        let lines = try site.lines(warnings: true).filter { $0.contains("another host") }
        #expect(lines == ["Content/articles/a.md:7:17: warning: the resource embedded by raw HTML 'https://maps.example/f' is loaded from another host, so the page needs the network to show it (briefing.html shows its alt text and a link instead); copy the file into Content/assets/ and link it from there"])
    }

    @Test func aDroppedDangerousURLIsReportedAtTheLink() throws {
        let site = try TestSite([
            "Content/articles/a.md": Self.article("A", "[a](jav&#x61;script:alert(1)) and\n> ![b](VBScript:x) [c](data:text/html,x) ![d](data:image/png;base64,iVBO)\n"),
        ])
        let lines = try site.lines(warnings: true).filter { $0.contains("leaves out") }
        #expect(lines == [
            "Content/articles/a.md:7:1: warning: the link 'a' has a 'javascript:' URL, which briefing leaves out (the link shows without its address); link to an http(s) address, or set 'unsafe_html: true' in Content/site.yml if you trust this content",
            "Content/articles/a.md:8:3: warning: the image 'b' has a 'vbscript:' URL, which briefing leaves out (the image shows without its address); link to an http(s) address, or set 'unsafe_html: true' in Content/site.yml if you trust this content",
            "Content/articles/a.md:8:20: warning: the link 'c' has a 'data:' URL, which briefing leaves out (the link shows without its address); link to an http(s) address, or set 'unsafe_html: true' in Content/site.yml if you trust this content",
        ])
        let (codes, html) = try Self.build(site)
        #expect(codes == ["7:1 unsafe-url", "8:3 unsafe-url", "8:20 unsafe-url"])
        #expect(!html.lowercased().contains("script:"))
    }

    @Test func linksInTableCellsAreCheckedAtTheirPosition() throws {
        let site = try TestSite([
            "Content/articles/a.md": Self.article("A", "## Members\n\n```table\n| Who | Link |\n| --- | --- |\n| Pact | [pact](alliance:nat) and [here](#member) |\n```\n"),
        ])
        let lines = try site.lines()
        #expect(lines == ["Content/articles/a.md:12:10: error: unknown alliance 'nat'; did you mean 'nato'?"])
        let result = try BuildPipeline.run(BuildOptions(root: site.root.path, output: nil, jobs: 2))
        #expect(result.diagnostics.sorted.map { "\($0.location.line):\($0.location.column) \($0.code)" }.filter { !$0.hasSuffix("missing-base-url") }
                == ["12:10 unknown-reference", "12:35 broken-anchor"], "anchors are checked also when the site has errors")
        site.removeFile("Content/articles/a.md")
        try site.write("Content/articles/a.md", bytes: Array(Self.article("A", "## Members\n\n```table\n| Who | Link |\n| --- | --- |\n| Pact | [pact](alliance:nato) and [here](#member) |\n```\n").utf8))
        let (buildLines, _) = try Self.build(site)
        #expect(buildLines == ["12:36 broken-anchor"])
    }

    @Test func assetNamesMatchAcrossUnicodeNormalisationAndKeepQueryAndFragment() throws {
        let nfd = "Re\u{301}sume\u{301}.pdf"   // stored decomposed, linked precomposed
        let site = try TestSite([
            "Content/articles/a.md": Self.article("A", "[cv](../assets/R%C3%A9sum%C3%A9.pdf?v=2#page=1) ![map](/assets/Carte%20d%C3%A9taill%C3%A9e.png)\n"),
        ])
        try site.write("Content/assets/" + nfd, bytes: Array("pdf".utf8))
        try site.write("Content/assets/Carte de\u{301}taille\u{301}e.png", bytes: [0x89, 0x50])
        let (lines, html) = try Self.build(site)
        #expect(lines.filter { !$0.hasSuffix("missing-alt") } == [])
        #expect(html.contains("href=\"../../assets/Re%CC%81sume%CC%81.pdf?v=2#page=1\""))
        #expect(html.contains("src=\"../../assets/Carte%20de%CC%81taille%CC%81e.png\""))
    }

    @Test func rawHTMLLinksAreResolvedWithUnsafeHTML() throws {
        let site = try TestSite([
            "Content/site.yml": TestSite.siteYML + "\nunsafe_html: true\n",
            "Content/articles/a.md": Self.article("A", "<img src=\"../assets/d.svg\" alt=\"D\">\n\n<p><a href=\"b.md#x\">b</a> <a href=\"nope.md\">n</a></p>\n"),
            "Content/articles/b.md": Self.article("B", "## X\n"),
            "Content/assets/d.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ])
        let lines = try site.lines()
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("Content/articles/a.md:9:36: error: 'nope.md' points to Content/articles/nope.md") == true, "\(lines)")
        site.removeFile("Content/articles/a.md")
        try site.write("Content/articles/a.md", bytes: Array(Self.article("A", "<img src=\"../assets/d.svg\" alt=\"D\">\n\n<p><a href=\"b.md#x\">b</a></p>\n").utf8))
        let (buildLines, html) = try Self.build(site)
        #expect(buildLines == [])
        #expect(html.contains("<img src=\"../../assets/d.svg\" alt=\"D\">"))
        #expect(html.contains("<a href=\"../../articles/b/index.html#x\">b</a>"))
    }
}

extension TestSite {
    func removeFile(_ path: String) {
        try? FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }
}
