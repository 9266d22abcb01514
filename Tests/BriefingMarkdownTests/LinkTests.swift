import BriefingMarkdown
import Testing

@Suite struct LinkTests {
    @Test func inlineLinksInAMultiLineParagraph() {
        let markdown = "See [NATO](alliance:nato) and\nthe [Quad](alliance:quad \"title\") too.\n"
        #expect(
            MarkdownDocument(markdown).links == [
                MarkdownLink(destination: "alliance:nato", line: 1, byteColumn: 5, isImage: false, text: "NATO"),
                MarkdownLink(destination: "alliance:quad", line: 2, byteColumn: 5, isImage: false, text: "Quad"),
            ]
        )
    }

    @Test func columnsCountUTF8Bytes() {
        let markdown = "Türkiye — [Ankara](country:TR)\n"
        #expect(
            MarkdownDocument(markdown).links == [
                MarkdownLink(destination: "country:TR", line: 1, byteColumn: 14, isImage: false, text: "Ankara")
            ]
        )
    }

    @Test func linksInsideBlockQuotesAndLists() {
        let markdown = """
            > Quoted [one](a:1)
            > and *[two](a:2)*

            - item [three](a:3)
              continued [four](a:4)
              1. nested [five](a:5)

            """
        #expect(
            MarkdownDocument(markdown).links == [
                MarkdownLink(destination: "a:1", line: 1, byteColumn: 10, isImage: false, text: "one"),
                MarkdownLink(destination: "a:2", line: 2, byteColumn: 8, isImage: false, text: "two"),
                MarkdownLink(destination: "a:3", line: 4, byteColumn: 8, isImage: false, text: "three"),
                MarkdownLink(destination: "a:4", line: 5, byteColumn: 13, isImage: false, text: "four"),
                MarkdownLink(destination: "a:5", line: 6, byteColumn: 13, isImage: false, text: "five"),
            ]
        )
    }

    @Test func wrappedLabelReportsTheLineOfItsOpeningBracket() {
        let markdown = "Members of the [North Atlantic\nTreaty *Organization*](alliance:nato) and [an\n![image](x.png)\nlabel](y).\n"
        #expect(
            MarkdownDocument(markdown).links == [
                MarkdownLink(
                    destination: "alliance:nato", line: 1, byteColumn: 16, isImage: false,
                    text: "North Atlantic Treaty Organization"
                ),
                MarkdownLink(destination: "y", line: 2, byteColumn: 43, isImage: false, text: "an image label"),
                MarkdownLink(destination: "x.png", line: 3, byteColumn: 1, isImage: true, text: "image"),
            ]
        )
    }

    @Test func referenceLinksUseTheDefinitionsDestination() {
        let markdown = """
            Full [the alliance][nato], collapsed [NATO][] and shortcut [NATO].

            [nato]: alliance:nato "North Atlantic Treaty Organization"

            """
        #expect(
            MarkdownDocument(markdown).links == [
                MarkdownLink(destination: "alliance:nato", line: 1, byteColumn: 6, isImage: false, text: "the alliance"),
                MarkdownLink(destination: "alliance:nato", line: 1, byteColumn: 38, isImage: false, text: "NATO"),
                MarkdownLink(destination: "alliance:nato", line: 1, byteColumn: 60, isImage: false, text: "NATO"),
            ]
        )
    }

    @Test func imagesAndLinkedImages() {
        let markdown = "![Map of *members*](assets/map.png)\n\n[![Logo](assets/logo.svg)](https://nato.int)\n"
        #expect(
            MarkdownDocument(markdown).links == [
                MarkdownLink(destination: "assets/map.png", line: 1, byteColumn: 1, isImage: true, text: "Map of members"),
                MarkdownLink(destination: "https://nato.int", line: 3, byteColumn: 1, isImage: false, text: "Logo"),
                MarkdownLink(destination: "assets/logo.svg", line: 3, byteColumn: 2, isImage: true, text: "Logo"),
            ]
        )
    }

    @Test func autolinks() {
        let markdown = "Write to <press@example.org> or see <https://example.org/a?b=c>.\n"
        #expect(
            MarkdownDocument(markdown).links == [
                MarkdownLink(
                    destination: "mailto:press@example.org", line: 1, byteColumn: 10, isImage: false,
                    text: "press@example.org", isAutolink: true
                ),
                MarkdownLink(
                    destination: "https://example.org/a?b=c", line: 1, byteColumn: 37, isImage: false,
                    text: "https://example.org/a?b=c", isAutolink: true
                ),
            ]
        )
    }

    @Test func destinationsAreUnescapedNotPercentEncoded() {
        let markdown = "[a](<with space> \"t\") [b](caf&eacute;\\)) [c]()\n"
        #expect(
            MarkdownDocument(markdown).links == [
                MarkdownLink(destination: "with space", line: 1, byteColumn: 1, isImage: false, text: "a"),
                MarkdownLink(destination: "café)", line: 1, byteColumn: 23, isImage: false, text: "b"),
                MarkdownLink(destination: "", line: 1, byteColumn: 42, isImage: false, text: "c"),
            ]
        )
    }

    @Test func linkTextIsPlainTextWithWhitespaceCollapsed() {
        let markdown = "[The `Quad`\n**security**   dialogue](alliance:quad)\n"
        #expect(
            MarkdownDocument(markdown).links == [
                MarkdownLink(
                    destination: "alliance:quad", line: 1, byteColumn: 1, isImage: false,
                    text: "The Quad security dialogue"
                )
            ]
        )
    }

    @Test func documentWithoutLinks() {
        #expect(MarkdownDocument("Just text, [not a link], `[x](y)`.\n").links == [])
        #expect(MarkdownDocument("").links == [])
    }
}
