import BriefingMarkdown
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func bytesAndStringParseAlike() {
        let markdown = "# Title\n\nText with [a link](article:x) and *emphasis*.\n"
        var bytes = Array(markdown.utf8)
        let fromBytes = bytes.withUnsafeMutableBytes { MarkdownDocument(utf8: UnsafeRawBufferPointer($0)) }
        let fromString = MarkdownDocument(markdown)
        #expect(fromBytes.render(options: .init()).html == fromString.render(options: .init()).html)
        #expect(fromBytes.links == fromString.links)
    }

    @Test func emptyInput() {
        let rendered = MarkdownDocument("").render(options: .init())
        #expect(rendered.html == "")
        #expect(rendered.headings == [])
        #expect(rendered.plainText == "")
        #expect(MarkdownDocument(utf8: UnsafeRawBufferPointer(start: nil, count: 0)).render(options: .init()).html == "")
    }

    @Test func nulBecomesReplacementCharacter() {
        #expect(MarkdownDocument("a\u{0}b\n").render(options: .init()).html == "<p>a\u{FFFD}b</p>\n")
    }

    @Test func smartPunctuation() {
        let document = MarkdownDocument("\"Quoted\" -- it's NATO's --- 1949...\n")
        #expect(
            document.render(options: MarkdownRenderOptions(smartPunctuation: true)).html
                == "<p>\u{201C}Quoted\u{201D} \u{2013} it\u{2019}s NATO\u{2019}s \u{2014} 1949\u{2026}</p>\n"
        )
        #expect(document.render(options: .init()).html == "<p>&quot;Quoted&quot; -- it's NATO's --- 1949...</p>\n")
    }

    @Test func renderingFromManyTasksAtOnceGivesTheSameResult() async {
        let document = MarkdownDocument("# A\n\n[b](c) *d* `e`\n\n> f\n")
        let expected = document.render(options: .init()).html
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask { document.render(options: .init()).html + "\(document.links.count)" }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == Array(repeating: expected + "1", count: 8))
    }
}
