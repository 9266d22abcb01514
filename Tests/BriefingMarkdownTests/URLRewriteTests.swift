import BriefingMarkdown
import Testing

@Suite struct URLRewriteTests {
    static let options = MarkdownRenderOptions(headingIDs: false)

    @Test func replacementIsUsedAndEscaped() {
        let document = MarkdownDocument("[NATO](alliance:nato \"The alliance\") and [web](https://nato.int)\n")
        let html = document.render(options: Self.options) { destination in
            destination == "alliance:nato" ? "../alliances/nato/index.html?a=1&b='2' \"x\" é" : nil
        }.html
        #expect(
            html
                == "<p><a href=\"../alliances/nato/index.html?a=1&amp;b=&#x27;2&#x27;%20%22x%22%20%C3%A9\" "
                + "title=\"The alliance\">NATO</a> and <a href=\"https://nato.int\">web</a></p>\n"
        )
    }

    @Test func imagesAreRewrittenToo() {
        let document = MarkdownDocument("![Map](assets/map.png \"Members\")\n")
        let html = document.render(options: Self.options) { "../../" + $0 }.html
        #expect(html == "<p><img src=\"../../assets/map.png\" alt=\"Map\" title=\"Members\" /></p>\n")
    }

    @Test func rewriterSeesEveryRenderedDestinationInOrder() {
        let document = MarkdownDocument("[a](x:1) ![b](x:2) <https://x.org/3>\n\n[r]\n\n[r]: x:4\n")
        var seen: [String] = []
        _ = document.render(options: Self.options) { destination in
            seen.append(destination)
            return nil
        }
        #expect(seen == ["x:1", "x:2", "https://x.org/3", "x:4"])
    }

    @Test func rewriteToDangerousURLIsStillDroppedInSafeMode() {
        let document = MarkdownDocument("[a](alliance:nato) ![b](img.png)\n")
        let html = document.render(options: Self.options) { $0 == "alliance:nato" ? "javascript:alert(1)" : "data:text/html,x" }.html
        #expect(html == "<p><a href=\"\">a</a> <img src=\"\" alt=\"b\" /></p>\n")
    }

    @Test func rewriteToDangerousURLPassesWhenUnsafeIsAllowed() {
        let document = MarkdownDocument("[a](alliance:nato)\n")
        let options = MarkdownRenderOptions(allowUnsafeHTML: true, headingIDs: false)
        let html = document.render(options: options) { _ in "javascript:alert(1)" }.html
        #expect(html == "<p><a href=\"javascript:alert(1)\">a</a></p>\n")
    }

    @Test func rewriteCanRescueADangerousDestination() {
        let document = MarkdownDocument("[a](javascript:alert(1))\n")
        let html = document.render(options: Self.options) { _ in "#removed" }.html
        #expect(html == "<p><a href=\"#removed\">a</a></p>\n")
    }
}
