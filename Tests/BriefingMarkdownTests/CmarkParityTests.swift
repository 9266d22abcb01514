@testable import BriefingMarkdown
import Testing

/// Inputs the specification does not cover, checked against libcmark's own renderer.
@Suite struct CmarkParityTests {
    static let letters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    static let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    /// Every ASCII punctuation character, backslash-escaped so it is taken literally.
    static let escapedPunctuation = punctuation.map { "\\\($0)" }.joined()
    static let printableASCII = " " + punctuation + letters

    @Test func escapesDestinationsTitlesCodeAndTextLikeCmark() {
        let destination = Self.escapedPunctuation + Self.letters + " é ✓"
        let markdown = """
            [link \(Self.escapedPunctuation)](<\(destination)> "title \\" ' & < > / é")

            ![image \(Self.escapedPunctuation)](<\(destination)> '\(Self.escapedPunctuation)')

            ~~~~ \(Self.printableASCII) é
            code \(Self.printableASCII)
            ~~~~

            text \(Self.escapedPunctuation) \(Self.letters) &amp; &copy; &#0; &#x1F600;

            <https://example.com/a_b~c|d{e}f^g`h\\i[j]k> <a.b+c@example.com>
            """
        let document = MarkdownDocument(markdown)
        #expect(document.links.count == 4)
        #expect(document.render(options: .commonMark).html == document.cmarkReferenceHTML(unsafe: true))
        #expect(
            document.render(options: MarkdownRenderOptions(headingIDs: false)).html
                == document.cmarkReferenceHTML(unsafe: false)
        )
    }

    @Test(arguments: [
        "", "\n", "\u{0}", "a\u{0}b", "# \u{0}", "\r\n# Title\r\n\r\ntext\r\n",
        "- a\n- b\n\n  c\n- d\n", "10. x\n11. y\n", "> # h\n> - [x](y)\n", "***\n___\n",
        "    indented\n\n```\nfenced\n```\n", "a  \nb\\\nc\n",
    ])
    func rendersEdgeCasesLikeCmark(_ markdown: String) {
        let document = MarkdownDocument(markdown)
        #expect(document.render(options: .commonMark).html == document.cmarkReferenceHTML(unsafe: true))
    }
}
