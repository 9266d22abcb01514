import Foundation
import Testing

/// Dates, numbers and names are written from the page's language only (SPEC §10): the machine's
/// `LANG`, `LC_ALL` and `TZ` change nothing.
@Suite struct LocaleIndependenceTests {
    static let environments: [[String: String]] = [
        ["LANG": "C", "LC_ALL": "C", "TZ": "UTC"],
        ["LANG": "ar_SA.UTF-8", "LC_ALL": "ar_SA.UTF-8", "TZ": "Pacific/Kiritimati"],
        ["LANG": "fa_IR.UTF-8", "LC_ALL": "fa_IR.UTF-8", "TZ": "America/Los_Angeles"],
    ]

    @Test(arguments: ["en", "ar", "fa", "ur", "tr", "fr"])
    func datesAreTheSameEverywhere(language: String) throws {
        let arguments = ["dates", "--language", language, "--calendars", "islamic-umalqura,persian",
                         "2025-09-17", "2000-02-29", "1981-05-25", "1949", "2017-06", "2023-12-31"]
        let outputs = try Self.environments.map { environment in
            let run = try BriefingBinary.run(arguments, environment: environment)
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout
        }
        #expect(outputs[0].split(separator: "\n").count == 6)
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
        if language == "ar" {
            #expect(outputs[0].contains("١٧ سبتمبر، ٢٠٢٥ (٢٥ ربيع الأول، ١٤٤٧ هـ) (٢٦ شهرفار، ١٤٠٤ ه‍.ش)"))
        }
        if language == "en" {
            // A time zone east of UTC must not move 31 December into the next year.
            #expect(outputs[0].contains("2023-12-31\t31 December 2023"))
        }
    }

    @Test func exampleSiteIsTheSameEverywhere() throws {
        let scratch = try TemporaryFolder()
        let outputs = try Self.environments.prefix(2).enumerated().map { index, environment in
            let output = scratch.url.appendingPathComponent("out-\(index)")
            let run = try BriefingBinary.run(["build", "--root", BriefingBinary.packageRoot.path, "--output", output.path],
                                             environment: environment)
            #expect(run.status == 0, "\(run.stderr)")
            return FileTree(output)
        }
        #expect(outputs[0].files.count > 90)
        #expect(outputs[0] == outputs[1])
    }
}
