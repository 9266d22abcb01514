import Testing
@testable import BriefingCore

@Suite struct FrontMatterSplitterTests {
    private func split(_ text: String) throws -> FrontMatterSplit {
        try FrontMatterSplitter.split(Array(text.utf8))
    }

    @Test func splitsYAMLFromBody() throws {
        let result = try split("---\ntitle: A\ndate: 2025-01-01\n---\nBody\n")
        #expect(result == FrontMatterSplit(yaml: "title: A\ndate: 2025-01-01\n", yamlFirstLine: 2,
                                           body: Array("Body\n".utf8), bodyFirstLine: 5, hasFrontMatter: true))
    }

    @Test func acceptsCRLFLineEndings() throws {
        let result = try split("---\r\ntitle: A\r\n---\r\nBody\r\n")
        #expect(result.yaml == "title: A\r\n")
        #expect(result.body == Array("Body\r\n".utf8))
        #expect(result.bodyFirstLine == 4)
    }

    @Test func skipsAByteOrderMark() throws {
        let result = try FrontMatterSplitter.split([0xEF, 0xBB, 0xBF] + Array("---\ntitle: A\n---\nBody".utf8))
        #expect(result.hasFrontMatter)
        #expect(result.yaml == "title: A\n")
        #expect(result.body == Array("Body".utf8))
    }

    @Test func acceptsDotsAsClosingLineAndTrailingSpaces() throws {
        let result = try split("---  \ntitle: A\n...\nBody")
        #expect(result.yaml == "title: A\n")
        #expect(result.bodyFirstLine == 4)
    }

    @Test func fileWithoutFrontMatterIsAllBody() throws {
        let result = try split("# Title\n---\ntext")
        #expect(!result.hasFrontMatter)
        #expect(result.body == Array("# Title\n---\ntext".utf8))
    }

    @Test func emptyFrontMatter() throws {
        let result = try split("---\n---\nBody")
        #expect(result.hasFrontMatter)
        #expect(result.yaml == "")
        #expect(result.bodyFirstLine == 3)
    }

    @Test(arguments: ["---\ntitle: A\nBody\n", "---", "---\r\ntitle: A\r\n"])
    func unclosedFrontMatterIsAnError(_ text: String) {
        #expect(throws: FrontMatterError.unclosed(openingLine: 1)) { try split(text) }
    }

    @Test func fourDashesDoNotOpenFrontMatter() throws {
        #expect(try !split("----\ntitle: A\n---\n").hasFrontMatter)
    }
}
