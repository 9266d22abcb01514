import Foundation
import Testing

/// `briefing check` checks the references of translations (`<slug>.<lang>.md`) as it does the originals'.
@Suite struct TranslationCheckTests {
    static let files = [
        "Content/site.yml": "title: T\nlanguages: [en, ar]\n",
        "Content/countries.yml": "\"PK\": {name: Pakistan, region: Asia}\n\"TR\": {name: Türkiye, region: Europe}\n",
        "Content/alliances/hlscc.yml": "name: HLSCC\nmembers: [\"PK\", \"TR\"]\nestablished: 2009\nsummary: S.\n",
        "Content/articles/a.md": "---\ntitle: A\ndate: 2025-01-01\nsummary: S.\nalliances: [hlscc]\n---\nSee [the council](alliance:hlscc).\n",
    ]

    private func check(_ translation: String) throws -> BriefingBinary.Run {
        let scratch = try TemporaryFolder()
        var files = Self.files
        files["Content/articles/a.ar.md"] = translation
        for (path, text) in files {
            let url = scratch.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return try BriefingBinary.run(["check", "--root", scratch.url.path])
    }

    @Test func aCorrectTranslationPasses() throws {
        let run = try check("---\ntitle: أ\ndate: 2025-01-01\nsummary: ملخص.\nalliances: [hlscc]\n---\nانظر [المجلس](alliance:hlscc).\n")
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func unknownReferencesInATranslationAreErrorsAtTheirPlace() throws {
        let run = try check("---\ntitle: أ\ndate: 2025-01-01\nsummary: ملخص.\nalliances: [hlsc]\n---\nانظر [المجلس](alliance:hlscx).\n")
        #expect(run.status == 1)
        #expect(run.stderr.contains("Content/articles/a.ar.md:5:13: error:"), "\(run.stderr)")
        #expect(run.stderr.contains("Content/articles/a.ar.md:7:6: error:"), "\(run.stderr)")
        #expect(run.stderr.contains("did you mean 'hlscc'"))
    }
}
