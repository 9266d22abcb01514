import Foundation
import Testing
@testable import BriefingCore

/// `Content/data/alliances.csv` and `members.csv` (SPEC §12): the model they load to and the position of every problem.
@Suite struct CSVLoadingTests {
    static let header = "id,name,short_name,kind,established,ended,status,roles,impacts,summary"

    @Test func rowsBecomeAlliancesWithPeriodsAndPositions() throws {
        // A byte order mark, CRLF line ends and a quoted summary holding a comma and a line break.
        let alliances = "\u{FEFF}" + Self.header + "\r\n"
            + "cento,Central Treaty Organization,CENTO,multilateral,1955-02-24,1979-03-15,,intelligence-sharing,counter-terrorism,\"Baghdad Pact, renamed\r\nin 1959\"\r\n"
            + "rcd,\"Regional Cooperation, Development\",,bilateral,1964,,,,,\r\n"
        let members = """
            alliance,country,joined,left
            cento,PK,,
            cento,TR,,
            cento,IR,1955-10-23,1979-03-15

            rcd,PK,,
            rcd,TR,,1970
            rcd,TR,1975,

            """
        let site = try TestSite(["Content/data/alliances.csv": alliances, "Content/data/members.csv": members])
        let (linked, diagnostics) = try site.check()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(linked.site.alliances.map(\.id) == ["cento", "nato", "rcd"])

        let cento = try #require(linked.site.alliances.first { $0.id == "cento" })
        #expect(cento.file == "Content/data/alliances.csv")
        #expect(cento.location == SourceLocation(line: 2, column: 1))
        #expect(cento.name == "Central Treaty Organization")
        #expect(cento.shortName == "CENTO")
        #expect(cento.kind == .multilateral)
        #expect(cento.established == BriefingDate(year: 1955, month: 2, day: 24))
        #expect(cento.ended == BriefingDate(year: 1979, month: 3, day: 15))
        #expect(cento.status == .historical)
        #expect(cento.roles.map(\.value) == ["intelligence-sharing"])
        #expect(cento.roles.first?.location == SourceLocation(line: 2, column: 8))
        #expect(cento.impacts.map(\.value) == ["counter-terrorism"])
        #expect(cento.summary == "Baghdad Pact, renamed\nin 1959")
        #expect(cento.members.map(\.country.value) == ["PK", "TR", "IR"])
        #expect(cento.members[2].joined == BriefingDate(year: 1955, month: 10, day: 23))
        #expect(cento.members[2].file == "Content/data/members.csv")
        #expect(cento.members[2].country.location == SourceLocation(line: 4, column: 2))

        // The quoted line break pushes the next row to line 4.
        let rcd = try #require(linked.site.alliances.first { $0.id == "rcd" })
        #expect(rcd.location == SourceLocation(line: 4, column: 1))
        #expect(rcd.name == "Regional Cooperation, Development")
        #expect(rcd.status == .active)
        #expect(rcd.summary == "")
        #expect(rcd.members.map(\.country.value) == ["PK", "TR", "TR"])
        #expect(rcd.members[1].left == BriefingDate(year: 1970))
        #expect(rcd.members[2].joined == BriefingDate(year: 1975))
        #expect(rcd.members[2].country.location == SourceLocation(line: 8, column: 2))
        // A state that left and rejoined is listed once on its page.
        #expect(linked.alliancesByCountry["TR"]?.map { linked.site.alliances[$0].id } == ["cento", "rcd", "nato"])
    }

    @Test func everyProblemAtRowLineAndColumnPosition() throws {
        let alliances = """
            id,name,short_name,kind,established,ended,status,roles,impacts,sumary
            Bad_Id,Bad,,,1950,,,,,x
            cento,CENTO,,multilateral,1955-13-01,,,,,x
            seato,SEATO,,multilateral,1954,1950,,,,x
            seato,Again,,multilateral,1954,,,,,x
            nato,North Atlantic,,multilateral,1949,,,,,x
            gcc,GCC,,multilateral,1981,,,,,x,extra
            anzus,ANZUS,,trilateral,1951,,,,,x
            rcd,RCD,,multilateral,1964,,,,,x
            """
        let members = """
            alliance,country,joined,left
            cento,PK,,
            sieato,PK,,
            nato,PK,,
            rcd,PK,,
            rcd,Iran,,
            rcd,TR,,
            rcd,TR,,
            rcd,IR,1970,1980
            rcd,IR,1975,
            rcd,IR,1964-02-30,
            """
        let site = try TestSite(["Content/data/alliances.csv": alliances, "Content/data/members.csv": members])
        let lines = try site.lines()
        let a = "Content/data/alliances.csv", m = "Content/data/members.csv"
        let expected: [(String, String)] = [
            ("\(a):1:10: error:", "unknown column 'sumary' in alliances.csv; did you mean 'summary'?"),
            ("\(a):2:1: error:", "'Bad_Id' in column 'id' is not a valid alliance id"),
            ("\(a):3:5: error:", "'1955-13-01' is not a valid date for 'established': there is no month 13"),
            ("\(a):4:6: error:", "'ended' (1950) is before 'established' (1954)"),
            ("\(a):5:1: error:", "the alliance id 'seato' is already defined in line 4 of alliances.csv"),
            ("\(a):6:1: error:", "the alliance id 'nato' is defined both here and in Content/alliances/nato.yml"),
            ("\(a):7:11: error:", "this row has 11 fields but the header names 10 columns"),
            ("\(a):8:4: error:", "'trilateral' in column 'kind' must be 'bilateral' or 'multilateral'"),
            ("\(m):3:1: error:", "unknown alliance 'sieato' in column 'alliance'; did you mean 'seato'?"),
            ("\(m):4:1: error:", "the alliance 'nato' is defined in Content/alliances/nato.yml; list its members there"),
            ("\(m):6:2: error:", "unknown country code 'Iran' in 'country'; did you mean 'IR' (Iran)?"),
            ("\(m):8:2: error:", "this row repeats line 7: 'TR' in 'rcd' with the same dates"),
            ("\(m):10:2: error:", "'IR' is already a member of 'rcd' in this period (line 9)"),
            ("\(m):11:3: error:", "'1964-02-30' is not a valid date for 'joined': February 1964 has no day 30"),
        ]
        for (prefix, message) in expected {
            #expect(lines.contains { $0.hasPrefix(prefix) && $0.contains(message) }, "missing \(prefix) \(message) in \(lines)")
        }
        #expect(lines.count == expected.count, "\(lines)")
    }

    @Test func missingRequiredColumnIsNamed() throws {
        let site = try TestSite(["Content/data/alliances.csv": "id,name\nx,X\n", "Content/data/members.csv": "alliance,joined\nx,1990\n"])
        let lines = try site.lines()
        #expect(lines == [
            "Content/data/alliances.csv:1:3: error: alliances.csv has no column 'established', which is required; the header must name id, name, established",
            "Content/data/members.csv:1:3: error: members.csv has no column 'country', which is required; the header must name alliance, country",
        ])
    }

    @Test func tooFewMembersAndUnclosedQuote() throws {
        let site = try TestSite([
            "Content/data/alliances.csv": Self.header + "\nsolo,Solo,,,1990,,,,,\n",
            "Content/data/members.csv": "alliance,country,joined,left\nsolo,PK,,\nsolo,TR,\"1991,\n",
        ])
        let lines = try site.lines()
        #expect(lines == [
            "Content/data/alliances.csv:2:1: error: an alliance needs at least two members; Content/data/members.csv lists 0 for 'solo'",
            "Content/data/members.csv:3:3: error: a quoted field opened in this row is never closed, so the rest of the file was read as one field; add the closing '\"' (a '\"' inside a quoted field is written '\"\"')",
        ])
    }

    @Test func membersWithoutAlliancesFileAreReported() throws {
        let site = try TestSite(["Content/data/members.csv": "alliance,country\nnato,PK\nother,TR\n"])
        let lines = try site.lines()
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("Content/data/members.csv:2:1: error: the alliance 'nato' is defined in Content/alliances/nato.yml"))
        #expect(lines[1].hasPrefix("Content/data/members.csv:3:1: error: unknown alliance 'other' in column 'alliance'"))
    }

    @Test func referencesToBrokenRowsAreNotReportedAgain() throws {
        let article = "---\ntitle: A\ndate: 2025-01-01\nsummary: S.\nalliances: [cento, nato]\n---\nBody.\n"
        let site = try TestSite([
            "Content/data/alliances.csv": Self.header + "\ncento,CENTO,,,1955-13-01,,,,,\n",
            "Content/articles/a.md": article,
        ])
        let lines = try site.lines()
        #expect(lines == ["Content/data/alliances.csv:2:5: error: '1955-13-01' is not a valid date for 'established': there is no month 13"])
    }

    @Test func yamlMemberMayLeaveAndRejoinButNotOverlap() throws {
        let rejoin = """
            name: Test Pact
            established: 1950
            members:
              - PK
              - {country: TR, left: 1960}
              - {country: TR, joined: 1970}
            """
        let (linked, diagnostics) = try TestSite(["Content/alliances/nato.yml": rejoin]).check()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(linked.site.alliances.first?.members.count == 3)
        #expect(linked.alliancesByCountry["TR"] == [0])

        let overlap = rejoin.replacingOccurrences(of: "joined: 1970", with: "joined: 1955")
        let lines = try TestSite(["Content/alliances/nato.yml": overlap]).lines()
        #expect(lines == ["Content/alliances/nato.yml:6:5: error: 'TR' is listed twice in 'members' with overlapping periods; a state that left and rejoined is listed once per period, with 'joined' and 'left'"])
    }

    @Test func membershipPeriodsInMembersCSVAreCheckedAgainstTheAlliancesDates() throws {
        let alliances = "id,name,established,ended\ncento,Central Treaty Organization,1955-02-24,1979-03-15\n"
        let members = "alliance,country,joined,left\ncento,PK,,\ncento,TR,1940,\ncento,IR,1955,1980\ncento,GB,1956,1950\n"
        let site = try TestSite(["Content/data/alliances.csv": alliances, "Content/data/members.csv": members])
        #expect(try site.lines() == [
            "Content/data/members.csv:3:3: error: TR joined (1940) before the alliance was established (1955-02-24)",
            "Content/data/members.csv:4:4: error: IR left (1980) after the alliance ended (1979-03-15)",
            "Content/data/members.csv:5:4: error: GB left (1950) before it joined (1956)",
        ])
        let (_, diagnostics) = try site.check()
        #expect(diagnostics.filter { $0.severity == .error }.map(\.code) == ["membership-period", "membership-period", "membership-period"])
    }

    @Test func invisibleCharactersInCSVFieldsAreNamed() throws {
        let alliances = "id,name,established\ncento,Central Treaty Organization,1955\nx\u{200B}y,Other,1960\n"
        let members = "alliance,country,joined,left\ncento,TR\u{200B},,\ncento,I\u{061C}R,,\u{00A0}1960\ncento\u{2060},PK,,\n"
        let site = try TestSite(["Content/data/alliances.csv": alliances, "Content/data/members.csv": members])
        #expect(try site.lines() == [
            "Content/data/alliances.csv:3:1: error: an alliance needs at least two members; Content/data/members.csv lists 0 for 'xy'",
            "Content/data/alliances.csv:3:1: error: the alliance id 'xy' in column 'id' has, after 'x', an invisible character U+200B ZERO WIDTH SPACE; delete it",
            "Content/data/members.csv:2:2: error: the country code 'TR' in column 'country' is followed by an invisible character U+200B ZERO WIDTH SPACE; delete it",
            "Content/data/members.csv:3:2: error: the country code 'IR' in column 'country' has, after 'I', an invisible character U+061C ARABIC LETTER MARK; delete it",
            "Content/data/members.csv:3:4: error: the date '1960' in column 'left' is preceded by a no-break space U+00A0 NO-BREAK SPACE; delete it",
            "Content/data/members.csv:4:1: error: the alliance id 'cento' in column 'alliance' is followed by an invisible character U+2060 WORD JOINER; delete it",
        ])
    }
}
