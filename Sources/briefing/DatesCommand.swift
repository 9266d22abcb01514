import ArgumentParser
import BriefingCore
import Foundation

/// `briefing dates`: shows how pages write dates in a language and calendars (SPEC §10), to check a
/// `calendars:` setting or compare briefing's conversions with another converter.
struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Show how briefing writes dates in a language and in the Umm al-Qura or Persian calendar.")

    @Option(name: .long, help: "BCP 47 language tag of the page, e.g. en, ar, fa, ur, tr, fr.")
    var language = "en"

    @Option(name: .long, help: "Calendars shown beside the Gregorian date, separated by commas: islamic-umalqura, persian.")
    var calendars: [String] = []

    @Flag(name: .long, help: "Print each date's year-month-day in every calendar (ISO digits) instead of the page's text.")
    var components = false

    @Argument(help: "Dates as YYYY-MM-DD (or YYYY, YYYY-MM).")
    var dates: [String]

    func run() throws {
        var systems: [CalendarSystem] = [.gregorian]
        for name in calendars.flatMap({ $0.split(separator: ",").map(String.init) }) {
            guard let system = CalendarSystem(rawValue: name) else {
                throw ValidationError("unknown calendar '\(name)'; use \(CalendarSystem.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !systems.contains(system) { systems.append(system) }
        }
        guard LanguageTag(language) != nil else { throw ValidationError("'\(language)' is not a BCP 47 language tag such as 'en' or 'ar'") }
        let interface = InterfaceLanguage(tag: language, calendars: systems)
        var lines: [String] = []
        for text in dates {
            let date: BriefingDate
            do {
                date = try BriefingDate.parse(text)
            } catch {
                throw ValidationError(error.message(for: text, field: "date"))
            }
            if components {
                var fields = [date.iso]
                for system in CalendarSystem.allCases where systems.contains(system) || system == .gregorian {
                    if let parts = LocalizedDateFormatter.components(of: date, in: system) {
                        fields.append("\(system.rawValue)=\(parts.year)-\(parts.month)-\(parts.day)")
                    }
                }
                lines.append(fields.joined(separator: "\t"))
            } else {
                lines.append(date.iso + "\t" + interface.date(date))
            }
        }
        print(lines.joined(separator: "\n"))
    }
}
