import Testing
@testable import BriefingCharts

@Suite struct TimelineLayoutTests {
    @Test func aMemberWhoLeftEarlierHasAShorterBar() {
        let layout = TimelineLayout(ChartSamples.pact)
        let bars = Dictionary(uniqueKeysWithValues: layout.rows.map { ($0.label.text, $0.bars[0].rect) })
        let iraq = bars["Iraq"]!, turkey = bars["Türkiye"]!
        #expect(iraq.width < turkey.width)
        #expect(abs(iraq.x - turkey.x) < 0.001, "both joined on 24 February 1955")
        // Through the end of 1959 versus through the end of 1979: 5.85 against 25.85 years.
        let perYear = layout.axis.plotWidth / (layout.axis.upper - layout.axis.lower)
        #expect(abs(turkey.width - iraq.width - 20 * perYear) < 0.01)
    }

    @Test func rowsKeepTheChartsOrderWithHeadingsBetweenGroups() {
        let layout = TimelineLayout(ChartSamples.pact)
        #expect(layout.rows.map(\.label.text) == ["Türkiye", "United Kingdom", "Pakistan", "Iran", "Iraq"])
        #expect(layout.headings.map(\.text) == ["Members when it ended (4)", "Left before it ended (1)"])
        let ys = layout.rows.map(\.box.y)
        #expect(ys == ys.sorted())
        #expect(layout.headings[1].box.y > layout.rows[3].box.maxY - 0.001 && layout.headings[1].box.maxY <= layout.rows[4].box.y + 0.001)
    }

    @Test func labelsNeverOverlapAtAThousandRows() {
        let chart = ChartSamples.large(1_000)
        let layout = TimelineLayout(chart)
        #expect(layout.rows.count == 1_000)
        #expect(layout.height >= 1_000 * ChartStyle().rowHeight, "the drawing grows with the rows")
        var texts = layout.rows.map(\.label) + layout.headings + layout.tickLabels
        if let present = layout.present { texts.append(present.label) }
        texts.sort { $0.box.y < $1.box.y }
        // Sorted by top edge, a box can only overlap boxes that start before it ends.
        for (index, text) in texts.enumerated() {
            var other = index + 1
            while other < texts.count, texts[other].box.y < text.box.maxY {
                #expect(!text.box.intersects(texts[other].box), "'\(text.text)' overlaps '\(texts[other].text)'")
                other += 1
            }
        }
        for row in layout.rows {
            #expect(row.label.box.x >= layout.labelColumn.x - 0.001 && row.label.box.maxX <= layout.labelColumn.maxX + 0.001,
                    "'\(row.label.text)' leaves the label column")
            #expect(row.label.box.y >= row.box.y && row.label.box.maxY <= row.box.maxY, "'\(row.label.text)' leaves its row")
            for bar in row.bars {
                #expect(bar.rect.x >= layout.plot.x - 0.001 && bar.rect.maxX <= layout.plot.maxX + 0.001)
                #expect(!bar.rect.intersects(row.label.box))
            }
        }
        #expect(layout.rows.contains { $0.label.full != nil }, "the longest labels are shortened, not overlapping")
        for tick in zip(layout.axis.ticks, layout.axis.ticks.dropFirst()) {
            #expect(layout.axis.x(Double(tick.1)) - layout.axis.x(Double(tick.0)) >= ChartStyle().minTickSpacing)
        }
    }

    @Test func theAxisHasNiceYearsAroundTheData() {
        let layout = TimelineLayout(ChartSamples.pact)
        #expect(layout.axis.step == 10)
        #expect(layout.axis.lower == 1950 && layout.axis.upper == 2030)
        #expect(layout.axis.ticks == [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020, 2030])
    }

    @Test func fromAndToFixTheAxisAndClipTheBars() {
        var chart = ChartSamples.pact
        chart.from = 1957
        chart.to = 1965
        let layout = TimelineLayout(chart)
        #expect(layout.axis.lower == 1957 && layout.axis.upper == 1966)
        #expect(layout.present == nil, "2025 is outside 1957–1965")
        for row in layout.rows {
            for bar in row.bars { #expect(bar.rect.x >= layout.plot.x - 0.001 && bar.rect.maxX <= layout.plot.maxX + 0.001) }
        }
    }

    @Test func openPeriodsRunToThePresentMarker() {
        var chart = ChartSamples.pact
        chart.groups[0].rows[0].spans[0].end = nil
        chart.groups[0].rows[0].status = .ongoing
        let layout = TimelineLayout(chart)
        let present = try! #require(layout.present)
        let bar = layout.rows[0].bars[0]
        #expect(bar.open)
        #expect(abs(bar.rect.maxX - present.x) < 0.001)
        #expect(!layout.rows[1].bars[0].open)
        #expect(present.label.text == "present")
    }

    @Test func rightToLeftLabelsAreMarkedAsSuch() {
        let layout = TimelineLayout(ChartSamples.large(20))
        let arabic = layout.rows.filter { $0.label.text.hasPrefix("معاهدة") }
        #expect(!arabic.isEmpty)
        #expect(arabic.allSatisfy { $0.label.rightToLeft })
        #expect(layout.rows.filter { $0.label.text.hasPrefix("Treaty") }.allSatisfy { !$0.label.rightToLeft })
    }
}
