import BriefingMarkdown
import Testing

@Suite struct PlainTextTests {
    static func plainText(_ markdown: String, _ options: MarkdownRenderOptions = .init()) -> String {
        MarkdownDocument(markdown).render(options: options).plainText
    }

    @Test func markupIsStrippedAndBlocksAreSeparated() {
        let markdown = """
            # The *Five* Eyes

            An **intelligence**-sharing [alliance](alliance:five-eyes)
            of five   countries.

            > Quoted
            > text.

            - one
            - two

            ***
            ![Map of members](map.png) &amp; more&nbsp;text
            """
        #expect(
            Self.plainText(markdown)
                == "The Five Eyes An intelligence-sharing alliance of five countries. Quoted text. one two "
                + "Map of members & more\u{A0}text"
        )
    }

    @Test func codeIsIncluded() {
        let markdown = "Run `swift build`:\n\n```sh\nswift build\n  --configuration release\n```\n\n    indented code\nEnd.\n"
        #expect(
            Self.plainText(markdown)
                == "Run swift build: swift build --configuration release indented code End."
        )
    }

    @Test func rawHTMLIsLeftOutEvenWhenAllowed() {
        let markdown = "<div>\nblock\n</div>\n\nInline <b>bold</b> text.\n"
        #expect(Self.plainText(markdown) == "Inline bold text.")
        #expect(Self.plainText(markdown, MarkdownRenderOptions(allowUnsafeHTML: true)) == "Inline bold text.")
    }

    @Test func whitespaceIsCollapsedAndTrimmed() {
        #expect(Self.plainText("\n\n   Tabs\tand  spaces \nand hard  \nbreaks\\\nhere   \n\n\n") == "Tabs and spaces and hard breaks here")
        #expect(Self.plainText("") == "")
        #expect(Self.plainText("<!-- only a comment -->\n") == "")
    }

    @Test func listItemsAndHeadingsDoNotRunTogether() {
        #expect(Self.plainText("# A\nB\n- c\n- d\n\n1. e\n") == "A B c d e")
    }
}
