import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BriefingCharts

@Suite struct ChartMarkupTests {
    static func parse(_ svg: String) throws -> XMLDocument {
        try XMLDocument(xmlString: svg, options: [])
    }

    @Test func theTimelineIsAnAccessibleImageThatParsesAsXML() throws {
        let rendered = ChartRenderer.timeline(ChartSamples.pact)
        let document = try Self.parse(rendered.svg)
        let svg = try #require(document.rootElement())
        #expect(svg.name == "svg")
        #expect(attribute(svg, "role") == "img")
        #expect(attribute(svg, "aria-labelledby") == "chart-pact-title chart-pact-desc")
        #expect(attribute(svg, "direction") == "ltr")
        let title = try #require(svg.elements(forName: "title").first)
        #expect(attribute(title, "id") == "chart-pact-title")
        #expect(title.stringValue == "Members of the pact")
        #expect(svg.elements(forName: "desc").first?.stringValue == "Five members; one left in 1959.")
        let labels = try document.nodes(forXPath: "//*[local-name()='text'][contains(@class,'chart-label')]").map { $0.stringValue ?? "" }
        #expect(labels == ["Türkiye", "United Kingdom", "Pakistan", "Iran", "Iraq"])
        #expect(!rendered.svg.contains("<script"))
        #expect(rendered.svg.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").range(of: "http") == nil,
                "nothing from another host")
        #expect(!rendered.svg.contains("href"), "the drawing is one image; its links are in the table")
    }

    @Test func theTableHoldsTheSameData() throws {
        let table = ChartRenderer.timeline(ChartSamples.pact).table
        #expect(table.hasPrefix("<details class=\"chart-data\"><summary>The chart&#39;s data as a table</summary>"))
        let document = try XMLDocument(xmlString: table, options: [])
        let rows = try document.nodes(forXPath: "//tbody/tr[td]")
        #expect(rows.count == 5)
        let iraq = try document.nodes(forXPath: "//tbody/tr[th//bdi='Iraq']/td").map { $0.stringValue ?? "" }
        #expect(iraq == ["1955-02-24", "1959", "member"])
        #expect(try document.nodes(forXPath: "//th[@scope='colgroup']").map { $0.stringValue ?? "" }
                == ["Members when it ended (4)", "Left before it ended (1)"])
        #expect(try document.nodes(forXPath: "//thead//th").map { $0.stringValue ?? "" } == ["Member", "Joined", "Left", "Status"])
    }

    @Test func everyTextIsEscaped() throws {
        var chart = ChartSamples.pact
        chart.title = "<script>alert('x')</script> & \"quotes\""
        chart.summary = "a\u{0001}b < c"
        chart.groups[0].rows[0].label = "</text><script>"
        chart.groups[0].rows[0].href = "\"><script>"
        let rendered = ChartRenderer.timeline(chart)
        #expect(!rendered.svg.contains("<script") && !rendered.table.contains("<script"))
        _ = try Self.parse(rendered.svg)
        _ = try XMLDocument(xmlString: rendered.table, options: [])
        #expect(rendered.svg.contains("<desc id=\"chart-pact-desc\">ab &lt; c</desc>"), "forbidden control characters are dropped")
    }

    @Test func rightToLeftLabelsGetTheirDirectionAndStayRightAligned() throws {
        let svg = ChartRenderer.timeline(ChartSamples.large(20)).svg
        let document = try Self.parse(svg)
        for node in try document.nodes(forXPath: "//*[local-name()='text'][contains(@class,'chart-label')]") {
            let element = try #require(node as? XMLElement)
            let rtl = attribute(element, "direction") == "rtl"
            let anchor = attribute(element, "text-anchor") ?? "start"
            // Right-aligned either way: `end` of a left-to-right text, `start` of a right-to-left one.
            #expect(rtl ? anchor == "start" : anchor == "end", "\(element.stringValue ?? "")")
            #expect(rtl == (element.stringValue ?? "").hasPrefix("معاهدة"))
            if rtl { #expect(attribute(element, "unicode-bidi") == "embed") }
        }
    }

    @Test func theSameChartGivesTheSameBytes() {
        let first = ChartRenderer.timeline(ChartSamples.large(300))
        let second = ChartRenderer.timeline(ChartSamples.large(300))
        #expect(first == second)
        #expect(!first.svg.contains(","), "no locale-dependent decimal separators")
        let coordinate = /\s(?:x|y|x1|y1|x2|y2|width|height)="([^"]*)"/
        let numbers = first.svg.matches(of: coordinate).map { String($0.output.1) }
        #expect(numbers.count > 1_500)
        let long = numbers.filter { $0.contains(".") && $0.split(separator: ".")[1].count != 1 }
        #expect(long.isEmpty, "one decimal at most: \(long.prefix(5))")
    }

    @Test func aThousandRowsMakeOneWellFormedDrawing() throws {
        let rendered = ChartRenderer.timeline(ChartSamples.large(1_000))
        let document = try Self.parse(rendered.svg)
        #expect(try document.nodes(forXPath: "//*[local-name()='g'][starts-with(@class,'chart-row ')]").count == 1_000)
        #expect(try XMLDocument(xmlString: rendered.table, options: []).nodes(forXPath: "//tbody/tr[td]").count == 1_000)
    }

    @Test func numbersHaveOneDecimalAndNoLocale() {
        #expect(SVGNumber.format(12) == "12")
        #expect(SVGNumber.format(12.25) == "12.3")
        #expect(SVGNumber.format(-0.04) == "0")
        #expect(SVGNumber.format(-0.3) == "-0.3")
        #expect(SVGNumber.format(-1.26) == "-1.3")
        #expect(SVGNumber.format(1999.95) == "2000")
    }
}
