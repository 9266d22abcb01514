import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BriefingCharts

@Suite struct MatrixAndDateTests {
    static let matrix = MembershipMatrix(
        id: "chart-matrix", title: "Who belongs where", summary: "Three countries, two alliances.", rowHeader: "Country",
        rows: [MatrixLine(label: "Iraq", href: "iq.html"), MatrixLine(label: "Pakistan"), MatrixLine(label: "المملكة العربية السعودية")],
        columns: [MatrixLine(label: "CENTO"), MatrixLine(label: "SCO", href: "sco.html")],
        entries: [MatrixEntry(row: 0, column: 0, status: .ended, text: "1955 – 1959"),
                  MatrixEntry(row: 1, column: 0, status: .ended, text: "1955 – 1979"),
                  MatrixEntry(row: 1, column: 1, status: .ongoing, text: "since June 2017"),
                  MatrixEntry(row: 9, column: 9, status: .ongoing, text: "out of range")])

    @Test func cellsSitInTheirRowAndColumn() {
        let layout = MatrixLayout(Self.matrix)
        #expect(layout.cells.map { [$0.row, $0.column] } == [[0, 0], [1, 0], [1, 1]])
        let pakistanSCO = layout.cells[2].rect
        #expect(abs(pakistanSCO.x - (layout.gridX + layout.cellSize + 2)) < 0.001)
        #expect(abs(pakistanSCO.y - (layout.gridY + layout.cellSize + 2)) < 0.001)
        for (upper, lower) in zip(layout.rowLabels, layout.rowLabels.dropFirst()) { #expect(!upper.box.intersects(lower.box)) }
        #expect(layout.rowLabels[2].rightToLeft)
        #expect(layout.rowLabels.allSatisfy { $0.box.maxX <= layout.gridX })
    }

    @Test func theMatrixParsesAsXMLAndItsTableHasEveryCell() throws {
        let rendered = ChartRenderer.matrix(Self.matrix)
        let svg = try XMLDocument(xmlString: rendered.svg, options: [])
        #expect(attribute(svg.rootElement(), "role") == "img")
        #expect(try svg.nodes(forXPath: "//*[local-name()='rect']").count == 3)
        let table = try XMLDocument(xmlString: rendered.table, options: [])
        let cells = try table.nodes(forXPath: "//tbody/tr/td").map { $0.stringValue ?? "" }
        #expect(cells == ["1955 – 1959", "", "1955 – 1979", "since June 2017", "", ""])
        #expect(try table.nodes(forXPath: "//thead//a/@href").map { $0.stringValue ?? "" } == ["sco.html"])
    }

    @Test func datesBecomeFractionalYearsAsPreciseAsTheyAreStated() {
        #expect(ChartDate(year: 1979).start == 1979 && ChartDate(year: 1979).end == 1980)
        #expect(ChartDate(year: 2017, month: 12).end == 2018)
        #expect(abs(ChartDate(year: 2017, month: 6).start - (2017 + 151.0 / 365)) < 1e-9)
        #expect(abs(ChartDate(year: 2017, month: 6).end - (2017 + 181.0 / 365)) < 1e-9)
        #expect(abs(ChartDate(year: 2024, month: 3, day: 1).start - (2024 + 60.0 / 366)) < 1e-9)
        #expect(abs(ChartDate(year: 2024, month: 12, day: 31).end - 2025) < 1e-9)
        #expect(ChartDate(year: 2017, month: 6, day: 5).text == "2017-06-05")
        #expect(ChartDate(year: 987).text == "0987")
    }

    @Test func directionFollowsTheFirstStrongCharacter() {
        #expect(TextDirection.isRightToLeft("حلف بغداد"))
        #expect(TextDirection.isRightToLeft("١٩٥٥ حلف"), "Arabic-Indic digits decide nothing")
        #expect(TextDirection.isRightToLeft("2017 ברית"))
        #expect(!TextDirection.isRightToLeft("NATO حلف"))
        #expect(!TextDirection.isRightToLeft("1955"))
    }

    @Test func estimatedWidthsGrowWithTheText() {
        let narrow = TextMetrics.width("illi", fontSize: 12)
        let wide = TextMetrics.width("WMWM", fontSize: 12)
        #expect(narrow < wide)
        #expect(TextMetrics.width("e\u{301}", fontSize: 12) == TextMetrics.width("e", fontSize: 12), "combining marks take no room")
        let shortened = TextMetrics.truncated(String(repeating: "Alliance ", count: 20), fontSize: 12, maxWidth: 100)
        #expect(shortened.hasSuffix("…") && TextMetrics.width(shortened, fontSize: 12) <= 100)
    }
}
