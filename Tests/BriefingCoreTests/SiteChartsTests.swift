import Testing
import BriefingCharts
@testable import BriefingCore

@Suite struct SiteChartsTests {
    static func site() throws -> Site {
        let site = try TestSite([
            "Content/countries.yml": """
                "PK": {name: Pakistan, region: Asia}
                "TR": {name: Türkiye, region: Europe}
                "IR": {name: Iran, region: Asia}
                "IQ": {name: Iraq, region: Asia}
                "GB": {name: United Kingdom, region: Europe}
                """,
            "Content/alliances/nato.yml": """
                name: Test Pact
                members: ["PK", "TR", {country: "IR", joined: 2001}, {country: "IQ", left: 1999-03}, {country: "GB", left: 2010}]
                established: 1990
                sources: [{title: Source, url: "https://example.org"}]
                """,
            "Content/alliances/cento.yml": """
                name: Old Pact
                members: ["PK", {country: "IQ", left: 1959}, "TR"]
                established: 1955
                ended: 1979
                sources: [{title: Source, url: "https://example.org"}]
                """,
            "Content/articles/a.md": "---\ntitle: A\ndate: 2024-05-01\nsummary: s\nalliances: [nato, cento]\n---\nText.\n",
        ])
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return linked.site
    }

    @Test func thePresentIsTheNewestDateInTheData() throws {
        #expect(ChartPresent.date(in: try Self.site()) == BriefingDate(year: 2024, month: 5, day: 1))
    }

    @Test func currentMembersComeFirstAndFormerOnesByLeaving() throws {
        let site = try Self.site()
        let alliance = site.alliances.first { $0.id == "nato" }!
        let chart = SiteCharts.membershipTimeline(of: alliance, in: site, root: "../../", present: ChartPresent.date(in: site))
        #expect(chart.groups.map { $0.rows.map(\.label) } == [["Test Pact"], ["Pakistan", "Türkiye", "Iran"], ["United Kingdom", "Iraq"]])
        #expect(chart.groups.map(\.heading) == [nil, "Current members (3)", "Former members (2)"])
        #expect(chart.groups[1].rows.allSatisfy { $0.status == .ongoing && $0.spans[0].end == nil })
        #expect(chart.groups[2].rows.map { $0.spans[0].end?.text } == ["2010", "March 1999"])
        #expect(chart.groups[1].rows[2].spans[0].start.text == "2001", "joined")
        #expect(chart.groups[1].rows[0].spans[0].start.text == "1990", "a founding member joins at establishment")
        #expect(chart.groups[1].rows[0].href == "../../countries/pk/index.html")
        #expect(chart.present?.text == "1 May 2024")

        let layout = TimelineLayout(chart)
        let width = Dictionary(uniqueKeysWithValues: layout.rows.map { ($0.label.text, $0.bars[0].rect.width) })
        #expect(width["Iraq"]! < width["United Kingdom"]! && width["United Kingdom"]! < width["Pakistan"]!)
    }

    @Test func membersOfAHistoricalAllianceEndWithIt() throws {
        let site = try Self.site()
        let chart = SiteCharts.membershipTimeline(of: site.alliances.first { $0.id == "cento" }!, in: site, root: "", present: nil)
        #expect(chart.groups.map(\.heading) == [nil, "Members when it ended (2)", "Left before it ended (1)"])
        #expect(chart.groups[1].rows.map { $0.spans[0].end?.text } == ["1979", "1979"])
        #expect(chart.groups[1].rows.map(\.statusText) == ["member until the end", "member until the end"])
        #expect(chart.groups[2].rows.map(\.statusText) == ["former member"])
    }

    @Test func aCountrysAlliancesActiveFirst() throws {
        let site = try Self.site()
        let chart = SiteCharts.countryTimeline(of: "IQ", in: site, root: "../../", present: nil)
        #expect(chart.groups.map { $0.rows.map(\.label) } == [["Test Pact"], ["Old Pact"]])
        let pact = chart.groups[0].rows[0]
        #expect(pact.spans.map(\.emphasis) == [.context, .primary])
        #expect(pact.spans[1].end?.text == "March 1999" && pact.status == .ended)
        #expect(pact.href == "../../alliances/nato/index.html")
    }

    @Test func theLandscapeGroupsActiveAndHistorical() throws {
        let site = try Self.site()
        let chart = SiteCharts.landscape(of: site, root: "../", present: nil)
        #expect(chart.groups.map(\.heading) == ["Active alliances (1)", "Historical alliances (1)"])
        #expect(chart.groups[1].rows[0].spans[0].end?.text == "1979")
        #expect(chart.groups[0].rows[0].href == "../alliances/nato/index.html")
    }

    @Test func theMatrixOfCountriesListsTheirAlliances() throws {
        let site = try Self.site()
        let matrix = SiteCharts.membershipMatrix(in: site, allianceIndices: nil, countries: ["IQ", "GB"], root: "", id: "m")
        #expect(matrix.columns.map(\.label) == ["Old Pact", "Test Pact"])
        #expect(matrix.entries.map { [$0.row, $0.column] } == [[0, 0], [0, 1], [1, 1]])
        #expect(matrix.entries.map(\.text) == ["1955 – 1959", "1990 – March 1999", "1990 – 2010"])
    }
}

@Suite struct SiteChartsScaleTests {
    /// 1,000 alliances, half of them historical, with long names.
    static func largeSite() throws -> Site {
        var site = try SiteChartsTests.site()
        let template = site.alliances[0]
        site.alliances = (0..<1_000).map { index in
            var alliance = template
            alliance.id = "pact-\(index)"
            alliance.name = "Treaty of Friendship, Cooperation and Mutual Assistance number \(index)"
            alliance.shortName = index % 4 == 0 ? nil : "Pact \(index)"
            alliance.established = BriefingDate(year: 1815 + (index * 13) % 200, month: 1 + index % 12)
            alliance.ended = index % 2 == 0 ? nil : BriefingDate(year: min(alliance.established.year + 5 + index % 40, 2024))
            alliance.status = alliance.ended == nil ? .active : .historical
            return alliance
        }
        return site
    }

    @Test func theLandscapeOfAThousandAlliancesHasAThousandRowsWithoutOverlaps() throws {
        let site = try Self.largeSite()
        let chart = SiteCharts.landscape(of: site, root: "../", present: BriefingDate(year: 2025))
        #expect(chart.groups.map(\.rows.count) == [500, 500])
        let established = chart.groups[0].rows.map { $0.spans[0].start }
        #expect(established == established.sorted())
        let layout = TimelineLayout(chart)
        let labels = layout.rows.map(\.label.box)
        for (upper, lower) in zip(labels, labels.dropFirst()) { #expect(!upper.intersects(lower)) }
        let rendered = ChartRenderer.timeline(chart)
        #expect(rendered.svg.components(separatedBy: "<g class=\"chart-row ").count - 1 == 1_000)
    }

    @Test func theChartDataHashChangesWithTheDataItDrawsOnly() throws {
        let site = try SiteChartsTests.site()
        let present = BriefingDate(year: 2025)
        var renamed = site
        renamed.alliances[0].members[0].left = BriefingDate(year: 2020)
        var summary = site
        summary.alliances[0].summary = "Another summary."
        #expect(ChartDataHash.of(site, present: present) == ChartDataHash.of(site, present: present))
        #expect(ChartDataHash.of(site, present: present) != ChartDataHash.of(renamed, present: present))
        #expect(ChartDataHash.of(site, present: present) != ChartDataHash.of(site, present: BriefingDate(year: 2026)))
        #expect(ChartDataHash.of(site, present: present) == ChartDataHash.of(summary, present: present))
    }
}
