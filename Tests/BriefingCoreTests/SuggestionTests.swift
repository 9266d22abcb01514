import Testing
@testable import BriefingCore

@Suite struct SuggestionTests {
    @Test func suggestsCloseCandidates() {
        #expect(Suggestion.closest(to: "natoo", in: ["nato", "gcc", "sco"]) == "nato")
        #expect(Suggestion.closest(to: "alliance", in: ArticleLoader.fields) == "alliances")
        #expect(Suggestion.closest(to: "memebrs", in: AllianceLoader.fields) == "members")
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "warsaw-pact", in: ["nato", "gcc", "sco"]) == nil)
        #expect(Suggestion.hint(for: "zzz", in: ["nato"]) == "")
    }

    @Test func countsTranspositionsAsOneEdit() {
        #expect(Suggestion.editDistance(Array("gcc".unicodeScalars), Array("cgc".unicodeScalars)) == 1)
        #expect(Suggestion.editDistance(Array("".unicodeScalars), Array("abc".unicodeScalars)) == 3)
    }
}
