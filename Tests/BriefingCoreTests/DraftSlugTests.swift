import Testing
@testable import BriefingCore

/// A draft that shares its slug with a published article does not take the slug from it: the published article is
/// built, and the error is on the draft, whatever order the files are read in.
@Suite struct DraftSlugTests {
    static func site(draftFile: String) -> [String: String] {
        [
            "Content/articles/published.md": """
                ---
                title: Published
                date: 2025-01-01
                ---
                The published text.
                """,
            "Content/articles/\(draftFile)": """
                ---
                title: A draft
                slug: published
                date: 2025-02-01
                draft: true
                ---
                Not yet.
                """,
        ]
    }

    @Test(arguments: ["a-draft.md", "z-draft.md"])
    func theDraftIsTheDuplicate(draftFile: String) throws {
        let (linked, diagnostics) = try TestSite(Self.site(draftFile: draftFile)).check()
        #expect(linked.site.articles.map(\.title) == ["Published"])
        let duplicates = diagnostics.filter { $0.code == "duplicate-slug" }
        #expect(duplicates.map(\.file) == ["Content/articles/\(draftFile)"], "\(diagnostics.map(\.message))")
    }
}
