import BriefingMarkdown
import Testing

/// GitHub-flavoured constructs, raw HTML and control characters are found at their exact source positions.
@Suite struct RealDocumentSyntaxTests {
    func found(_ markdown: String, unsafe: Bool = false) -> [String] {
        MarkdownDocument(markdown).problems(allowUnsafeHTML: unsafe).map { "\($0.line):\($0.byteColumn) \($0.code)" }
    }

    @Test func pipeTableInAParagraph() {
        #expect(found("Intro.\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n") == ["3:1 gfm-syntax"])
        #expect(found("> | a | b |\n> | --- | --- |\n") == ["1:3 gfm-syntax"])
        #expect(found("a | b\n\nno table here | at all\n") == [])
    }

    @Test func footnotesStrikethroughTaskListsAndBareURLs() {
        let markdown = """
            Text with a note[^note] and ~~old~~ words.
            See https://example.org/x, and www.example.net.

            - [ ] open
            - [x] done
              > quoted ~~gone~~ too

            [^note]: The note.
            """
        #expect(found(markdown) == [
            "1:17 gfm-syntax", "1:29 gfm-syntax", "2:5 gfm-syntax", "2:32 gfm-syntax",
            "4:3 gfm-syntax", "5:3 gfm-syntax", "6:12 gfm-syntax", "8:1 gfm-syntax",
        ])
    }

    @Test func constructsInCodeAndLinksAreNotReported() {
        #expect(found("`~~x~~ [^1] https://a.b`\n\n    | a |\n    |---|\n\n[https://a.org](https://a.org) <https://b.org>\n") == [])
        #expect(found("```\n[^1]: not a footnote\n```\n") == [])
    }

    @Test func footnoteDefinitionThatCmarkTakesAsALinkReference() {
        // `[^1]: https://…` is a valid link reference definition: the definition vanishes, `[^1]` becomes a link.
        #expect(found("Claim[^1].\n\n[^1]: https://example.org/source\n") == ["1:6 gfm-syntax", "3:1 gfm-syntax"])
    }

    @Test func rawHTMLIsCountedOncePerDocument() {
        let markdown = "Intro <b>bold</b>.\n\n<div>\nblock\n</div>\n\n<!-- a comment is not content -->\n"
        let problems = MarkdownDocument(markdown).problems(allowUnsafeHTML: false)
        #expect(problems.map { "\($0.line):\($0.byteColumn) \($0.code)" } == ["1:7 raw-html-omitted"])
        #expect(problems.first?.message.hasPrefix("3 pieces of raw HTML") == true)
        #expect(found(markdown, unsafe: true) == [])
    }

    @Test func constructsInTableCellsAreReportedAtTheirPlace() {
        let markdown = "Intro.\n\n```table\n| A | <b>B</b> |\n| --- | --- |\n| ~~old~~ | see [^1] |\n```\n"
        let problems = MarkdownDocument(markdown).problems(allowUnsafeHTML: false)
        #expect(problems.map { "\($0.line):\($0.byteColumn) \($0.code)" }.sorted() == ["4:7 raw-html-omitted", "6:17 gfm-syntax", "6:3 gfm-syntax"])
        #expect(problems.first { $0.code == "raw-html-omitted" }?.message.hasPrefix("2 pieces of raw HTML") == true)
    }

    @Test func controlCharactersLiteralAndAsReferences() {
        let problems = MarkdownDocument("a\u{7}b &#27; &#x9B; `&#27;`\n\n    \u{1}\n").problems(allowUnsafeHTML: false)
        #expect(problems.map { "\($0.line):\($0.byteColumn)" } == ["1:2", "1:5", "1:11", "3:5"])
        #expect(problems.map(\.message).allSatisfy { $0.contains("U+00") })
        #expect(problems[0].message.contains("U+0007 ALERT"))
        #expect(problems[2].message.contains("U+009B CONTROL SEQUENCE INTRODUCER"))
    }

    @Test func controlCharactersNeverReachTheHTML() {
        let html = MarkdownDocument("a\u{7}b &#27;c &#x85;d [x](u\u{1}v \"t\u{8}\")\n").render(options: .init()).html
        #expect(html == "<p>ab c d <a href=\"uv\" title=\"t\">x</a></p>\n")
    }

    @Test func describesScalarsByName() {
        #expect(ScalarDescription.describe("\u{1B}") == "U+001B ESCAPE")
        #expect(ScalarDescription.describe("\u{7F}") == "U+007F DELETE")
        #expect(ScalarDescription.describe("\u{85}") == "U+0085 NEXT LINE")
        #expect(ScalarDescription.describe("\u{200B}") == "U+200B ZERO WIDTH SPACE")
        #expect(ScalarDescription.describe("\u{1F6E1}") == "U+1F6E1 SHIELD")
    }

    @Test func autolinkPositionsInContainersAndOnContinuationLines() {
        let markdown = "A first line with words,\nthen <alliance:x> here.\n\n> <alliance:y> quoted\n\n- <alliance:z> item\n  and <alliance:z> again\n"
        let links = MarkdownDocument(markdown).links
        #expect(links.map { "\($0.line):\($0.byteColumn)" } == ["2:6", "4:3", "6:3", "7:7"])
        #expect(links.allSatisfy { $0.isAutolink })
    }
}

/// The ` ```table ` fence and the fenced-block hook.
@Suite struct TableFenceTests {
    @Test func rendersAnAccessibleTable() {
        let markdown = "```table\n| Name | Score |\n| :-- | --: |\n| *A* \\| B | 1 |\n| C |\n```\n"
        let rendered = MarkdownDocument(markdown).render(options: .init())
        #expect(rendered.html == """
            <table>
            <thead>
            <tr>
            <th scope="col" style="text-align: left">Name</th>
            <th scope="col" style="text-align: right">Score</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: left"><em>A</em> | B</td>
            <td style="text-align: right">1</td>
            </tr>
            <tr>
            <td style="text-align: left">C</td>
            <td style="text-align: right"></td>
            </tr>
            </tbody>
            </table>

            """)
        #expect(rendered.problems.isEmpty)
    }

    @Test func malformedTablesAreErrorsAtTheirLine() {
        for (markdown, line) in [
            ("Text.\n\n```table\n| a | b |\n| a | b |\n```\n", 5),
            ("```table\n| a | b |\n```\n", 2),
            ("```table\n| a | b |\n| --- |\n```\n", 3),
            ("```table\n| a |\n| --- |\n| 1 | 2 |\n```\n", 4),
        ] {
            let rendered = MarkdownDocument(markdown).render(options: .init())
            #expect(rendered.problems.map { "\($0.line) \($0.code) \($0.isError)" } == ["\(line) table-syntax true"], "\(markdown)")
            #expect(rendered.html.contains("<pre><code class=\"language-table\">"))
        }
    }

    @Test func fencedBlockHookByInfoString() {
        var options = MarkdownRenderOptions()
        options.fencedBlockRenderers["shout"] = { block, context in
            FencedBlockOutput(html: "<p class=\"shout\">\(context.renderInline(block.literal.uppercased()))</p>\n",
                              problems: [MarkdownProblem(code: "shouted", message: block.info, line: block.firstContentLine, byteColumn: 1)])
        }
        let rendered = MarkdownDocument("Hi.\n\n```shout loud\n*hey* [x](y)\n```\n").render(options: options) { $0 == "Y" ? "rewritten" : nil }
        #expect(rendered.html == "<p>Hi.</p>\n<p class=\"shout\"><em>HEY</em> <a href=\"rewritten\">X</a></p>\n")
        #expect(rendered.problems == [MarkdownProblem(code: "shouted", message: "shout loud", line: 4, byteColumn: 1)])
        #expect(MarkdownDocument("```shout\nx\n```\n").render(options: .commonMark).html == "<pre><code class=\"language-shout\">x\n</code></pre>\n")
    }
}
