import Foundation
import Testing
@testable import BriefingCore

/// `reviewed` dates and `review_after`: warning `stale-review` on the day of the check, never in the output (SPEC §9).
@Suite struct ReviewCheckTests {
    static let alliance = TestSite.allianceYML + "\nreviewed: 2025-01-31"
    static let article = "---\ntitle: T\ndate: 2025-01-01\nsummary: S.\nalliances: [nato]\nreviewed: 2025-03-01\n---\nText.\n"

    static func site(reviewAfter: Int?) throws -> TestSite {
        try TestSite([
            "Content/site.yml": TestSite.siteYML + "\nbase_url: https://example.org/" + (reviewAfter.map { "\nreview_after: \($0)" } ?? ""),
            "Content/alliances/nato.yml": alliance,
            "Content/articles/a.md": article,
        ])
    }

    static func warnings(_ site: TestSite, today: BriefingDate?) throws -> [String] {
        var options = BuildOptions(root: site.root.path, output: nil, jobs: 1)
        options.today = today
        return try BuildPipeline.run(options).diagnostics.sorted.map { DiagnosticFormat.textLine($0).trimmingCharacters(in: .newlines) }
    }

    @Test func staleOnTheDayOfTheCheckOnly() throws {
        let site = try Self.site(reviewAfter: 30)
        #expect(try Self.warnings(site, today: BriefingDate(year: 2025, month: 3, day: 2)).isEmpty, "30 days is not more than 30")
        #expect(try Self.warnings(site, today: BriefingDate(year: 2025, month: 3, day: 3)) == [
            "Content/alliances/nato.yml:6:11: warning: the facts of the alliance 'nato' were last reviewed on 2025-01-31, 31 days ago, more than review_after (30 days) allows; check them and update 'reviewed'",
        ])
        #expect(try Self.warnings(site, today: BriefingDate(year: 2026, month: 1, day: 1)) == [
            "Content/alliances/nato.yml:6:11: warning: the facts of the alliance 'nato' were last reviewed on 2025-01-31, 335 days ago, more than review_after (30 days) allows; check them and update 'reviewed'",
            "Content/articles/a.md:6:11: warning: the facts of the article 'a' were last reviewed on 2025-03-01, 306 days ago, more than review_after (30 days) allows; check them and update 'reviewed'",
        ])
        #expect(try Self.warnings(site, today: nil).isEmpty, "no today, no check")
        #expect(try Self.warnings(try Self.site(reviewAfter: nil), today: BriefingDate(year: 2030, month: 1, day: 1)).isEmpty)
    }

    @Test func reviewAfterMustBeAPositiveNumberOfDays() throws {
        let site = try TestSite(["Content/site.yml": TestSite.siteYML + "\nreview_after: a year"])
        #expect(try site.lines() == [
            "Content/site.yml:7:15: error: review_after must be a whole number of days greater than zero, such as 365, found 'a year'",
        ])
    }

    @Test func outputIsByteIdenticalWithAndWithoutReviewAfterAndOnAnyDay() throws {
        var outputs: [[String: Data]] = []
        for (reviewAfter, today) in [(nil, nil), (30, BriefingDate(year: 2025, month: 2, day: 1)), (30, BriefingDate(year: 2027, month: 6, day: 30)),
                                     (3650, BriefingDate(year: 2027, month: 6, day: 30))] as [(Int?, BriefingDate?)] {
            let site = try Self.site(reviewAfter: reviewAfter)
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-review-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: output) }
            var options = BuildOptions(root: site.root.path, output: output.path, jobs: 2)
            options.today = today
            let result = try BuildPipeline.run(options)
            #expect(result.wroteOutput)
            outputs.append(try Self.files(in: output))
        }
        #expect(outputs[0].count > 10)
        for other in outputs.dropFirst() {
            #expect(other.keys.sorted() == outputs[0].keys.sorted())
            for (path, bytes) in other { #expect(bytes == outputs[0][path], "\(path) differs") }
        }
    }

    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return files
    }
}
