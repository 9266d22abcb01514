import Testing
@testable import BriefingCore

/// ```` ```chart ```` blocks: the rendered figure, and every problem at its line and column in the article.
@Suite struct ChartBlockTests {
    static func site() throws -> Site {
        let site = try TestSite(["Content/alliances/gcc.yml": """
            name: Gulf Council
            members: ["PK", {country: "IR", joined: 2001, left: 2003}]
            established: 1981
            sources: [{title: Source, url: "https://example.org"}]
            """])
        return try site.check().0.site
    }

    /// Renders `literal` as a block whose content starts on line 10 of `Content/articles/view.md`.
    static func render(_ literal: String, column: Int = 1) throws -> (String, [String]) {
        let (html, diagnostics) = ChartBlockRenderer.render(literal: literal, firstLine: 10, column: column,
                                                            file: "Content/articles/view.md", site: try site())
        return (html, diagnostics.sorted().map { DiagnosticFormat.textLine($0).trimmingCharacters(in: .newlines) + " [\($0.code)]" })
    }

    @Test func aTimelineOfOneAllianceIsItsMembershipTimeline() throws {
        let (html, diagnostics) = try Self.render("type: timeline\nalliances: [gcc]\n")
        #expect(diagnostics.isEmpty)
        #expect(html.hasPrefix("<figure class=\"chart-figure\">\n<svg "))
        #expect(html.contains("aria-labelledby=\"chart-view-10-title chart-view-10-desc\""))
        #expect(html.contains("<title id=\"chart-view-10-title\">Members of Gulf Council over time</title>"))
        #expect(html.contains("<th scope=\"colgroup\" colspan=\"4\">Former members (1)</th>"))
        #expect(html.contains("<a href=\"../../countries/ir/index.html\"><bdi>Iran</bdi></a>"))
    }

    @Test func severalAlliancesCountriesAndTheMatrix() throws {
        let (timeline, none) = try Self.render("type: timeline\nalliances: [gcc, nato]\nfrom: 1980\ntitle: Two pacts\n")
        #expect(none.isEmpty)
        #expect(timeline.contains(">Two pacts</title>") && timeline.contains("Active alliances (2)"))
        let (countries, _) = try Self.render("type: timeline\ncountries: [PK, TR]\n")
        #expect(countries.contains("<th scope=\"colgroup\" colspan=\"4\">Pakistan</th>") && countries.contains(">Türkiye</th>"))
        let (matrix, noErrors) = try Self.render("type: membership-matrix\nalliances: [nato, gcc]\n")
        #expect(noErrors.isEmpty)
        #expect(matrix.contains("class=\"chart chart-matrix\"") && matrix.contains("<td>2001 – 2003</td>"))
    }

    @Test func fromAndToLeaveOutRowsOutsideThem() throws {
        let (html, _) = try Self.render("type: timeline\nalliances: [gcc]\nfrom: 2005\n")
        #expect(!html.contains("<bdi>Iran</bdi>"), "Iran left in 2003")
        #expect(html.contains("<bdi>Pakistan</bdi>"))
    }

    @Test func anUnknownTypeIsAnErrorAtItsValue() throws {
        let (html, diagnostics) = try Self.render("type: timelin\nalliances: [gcc]\n")
        #expect(html.isEmpty)
        #expect(diagnostics == ["Content/articles/view.md:10:7: error: unknown chart type 'timelin'; did you mean 'timeline'? [chart-syntax]"])
        let (_, other) = try Self.render("type: pie\nalliances: [gcc]\n")
        #expect(other == ["Content/articles/view.md:10:7: error: unknown chart type 'pie'; the types are timeline and membership-matrix [chart-syntax]"])
    }

    @Test func anUnknownAllianceIsAnErrorAtItsLineWithASuggestion() throws {
        let (html, diagnostics) = try Self.render("type: timeline\nalliances: [gcc, natp]\n")
        #expect(html.isEmpty)
        #expect(diagnostics == ["Content/articles/view.md:11:18: error: unknown alliance 'natp' in the chart block; did you mean 'nato'? [unknown-reference]"])
    }

    @Test func anUnknownCountryInABlockListIsReportedAtItsItem() throws {
        let (_, diagnostics) = try Self.render("type: membership-matrix\ncountries:\n  - PK\n  - XX\n  - tr\n", column: 3)
        #expect(diagnostics == [
            "Content/articles/view.md:13:7: error: unknown country 'XX' in the chart block; did you mean 'IR'? [unknown-reference]",
            "Content/articles/view.md:14:7: error: unknown country 'tr' in the chart block; did you mean 'TR'? [unknown-reference]",
        ])
    }

    @Test func formProblemsAreChartSyntaxErrorsWhereTheyAre() throws {
        #expect(try Self.render("type: timeline\nalliance: [gcc]\n").1
                == ["Content/articles/view.md:11:1: error: unknown field 'alliance' in the chart block; did you mean 'alliances'? [chart-syntax]"])
        #expect(try Self.render("type: timeline\nalliances: [gcc]\ncountries: [PK]\n").1
                == ["Content/articles/view.md:12:1: error: a chart shows either 'alliances' or 'countries', not both [chart-syntax]"])
        #expect(try Self.render("type: timeline\n").1
                == ["Content/articles/view.md:10:1: error: the chart block needs 'alliances: [id, …]' or 'countries: [code, …]' [chart-syntax]"])
        #expect(try Self.render("alliances: [gcc]\n").1
                == ["Content/articles/view.md:10:1: error: the chart block is missing the required field 'type' [chart-syntax]"])
        #expect(try Self.render("type: timeline\nalliances: [gcc]\nfrom: 2000\nto: 1990\n").1
                == ["Content/articles/view.md:13:5: error: 'to' (1990) is before 'from' (2000) [chart-syntax]"])
        #expect(try Self.render("type: timeline\nalliances: [gcc]\nfrom: 19450\n").1
                == ["Content/articles/view.md:12:7: error: 'from' must be a year such as 1945, found '19450' [chart-syntax]"])
        #expect(try Self.render("").1
                == ["Content/articles/view.md:10:1: error: the chart block is empty; write at least 'type: timeline' and 'alliances: [id, …]' or 'countries: [code, …]' [chart-syntax]"])
    }

    @Test func aYAMLSyntaxErrorIsPositionedInsideTheBlock() throws {
        let (html, diagnostics) = try Self.render("type: timeline\nalliances: [gcc\nfrom: 1990\n", column: 4)
        #expect(html.isEmpty)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("Content/articles/view.md:1") == true && diagnostics.first?.hasSuffix("[chart-syntax]") == true)
        let line = diagnostics.first.flatMap { Int($0.split(separator: ":")[1]) } ?? 0
        #expect((11...13).contains(line), "\(diagnostics)")
    }

    @Test func anInvisibleCharacterInAnIdIsNamed() throws {
        let (_, diagnostics) = try Self.render("type: timeline\nalliances: [\"gcc\u{200B}\"]\n")
        #expect(diagnostics == ["Content/articles/view.md:11:17: error: the alliance id 'gcc' is followed by an invisible character U+200B ZERO WIDTH SPACE at column 17; delete it [invisible-character]"])
    }

    @Test func theDefaultIDIsUniquePerFileAndLine() {
        #expect(ChartBlockRenderer.defaultID(file: "Content/articles/Gulf View.ar.md", line: 7) == "chart-gulf-view-ar-7")
    }
}
