@testable import BriefingMarkdown
import Testing

@Suite struct CommonMarkConformanceTests {
    @Test func fixtureHoldsAll652Examples() {
        #expect(SpecExamples.all.count == 652)
        #expect(SpecExamples.all.map(\.example) == Array(1...652))
    }

    @Test(arguments: SpecExamples.all)
    func rendersExampleLikeCmarkUnsafe(_ example: SpecExample) {
        let document = MarkdownDocument(example.markdown)
        #expect(document.render(options: .commonMark).html == example.html)
    }

    @Test(arguments: SpecExamples.all)
    func rendersExampleFromBytesLikeFromString(_ example: SpecExample) {
        var markdown = example.markdown
        let document = markdown.withUTF8 { MarkdownDocument(utf8: UnsafeRawBufferPointer($0)) }
        #expect(document.render(options: .commonMark).html == example.html)
    }

    @Test(arguments: SpecExamples.all)
    func safeModeMatchesCmarkSafeMode(_ example: SpecExample) {
        let document = MarkdownDocument(example.markdown)
        let html = document.render(options: MarkdownRenderOptions(headingIDs: false)).html
        #expect(html == document.cmarkReferenceHTML(unsafe: false))
    }

    @Test(arguments: SpecExamples.all)
    func smartPunctuationMatchesCmarkSmart(_ example: SpecExample) {
        let document = MarkdownDocument(example.markdown)
        let options = MarkdownRenderOptions(allowUnsafeHTML: true, headingIDs: false, smartPunctuation: true)
        #expect(document.render(options: options).html == document.cmarkReferenceHTML(unsafe: true, smart: true))
    }
}
