import Testing
@testable import BriefingCore

@Suite struct BriefingDateTests {
    @Test func parsesEachPrecision() throws {
        #expect(try BriefingDate.parse("2017") == BriefingDate(year: 2017))
        #expect(try BriefingDate.parse("2017-06") == BriefingDate(year: 2017, month: 6))
        #expect(try BriefingDate.parse("2024-02-29") == BriefingDate(year: 2024, month: 2, day: 29))
    }

    @Test func rejectsImpossibleDates() {
        #expect(throws: BriefingDate.ParseError.monthOutOfRange(13)) { try BriefingDate.parse("2023-13-40") }
        #expect(throws: BriefingDate.ParseError.dayOutOfRange(day: 29, month: 2, year: 2023)) { try BriefingDate.parse("2023-02-29") }
        #expect(throws: BriefingDate.ParseError.malformed) { try BriefingDate.parse("15/06/2017") }
        #expect(throws: BriefingDate.ParseError.malformed) { try BriefingDate.parse("2017-6-1") }
        #expect(throws: BriefingDate.ParseError.precisionRequired) { try BriefingDate.parse("2017-06", requireDay: true) }
    }

    @Test func formatsForReadersAndMachines() throws {
        let date = try BriefingDate.parse("2021-06-05")
        #expect(date.iso == "2021-06-05")
        #expect(date.display == "5 June 2021")
        #expect(try BriefingDate.parse("2017-06").display == "June 2017")
    }

    @Test func ordersByLeastPreciseFirst() throws {
        #expect(try BriefingDate.parse("2017") < BriefingDate.parse("2017-01"))
        #expect(try BriefingDate.parse("2017-12-31") < BriefingDate.parse("2018"))
    }
}
