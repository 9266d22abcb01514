import Foundation
import Testing

/// One example of the CommonMark 0.30 specification.
struct SpecExample: Decodable, Sendable, CustomTestStringConvertible {
    let example: Int
    let section: String
    let markdown: String
    let html: String

    var testDescription: String { "example \(example) (\(section))" }
}

/// The vendored `Fixtures/spec-0.30.json`, located next to this file.
enum SpecExamples {
    static let fileURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/spec-0.30.json")

    /// Empty when the fixture cannot be read, which `CommonMarkConformanceTests` reports.
    static let all: [SpecExample] = {
        guard let data = try? Data(contentsOf: fileURL) else { return [] }
        return (try? JSONDecoder().decode([SpecExample].self, from: data)) ?? []
    }()
}
