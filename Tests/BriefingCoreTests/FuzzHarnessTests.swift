import Foundation
import Testing
@testable import BriefingCore

/// A deterministic, seeded random-input driver over `FuzzHarness` (the libFuzzer target runs the same
/// harness for much longer; see docs/fuzzing.md): mutated fixture files must never crash or hang a stage.
@Suite struct FuzzHarnessTests {
    /// SplitMix64: small, fast, and the same sequence on every machine.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func seeds() -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        for folder in ["Content", "Tests/Fixtures/sites"] {
            let base = packageRoot.appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let path as String in enumerator where path.hasSuffix(".md") || path.hasSuffix(".yml") || path.hasSuffix(".csv") {
                if let data = FileManager.default.contents(atPath: base.appendingPathComponent(path).path) { seeds.append([UInt8](data)) }
            }
        }
        return seeds
    }

    static let tokens: [[UInt8]] = ["---\n", "\n", ": ", "- ", "[x](alliance:", ")", "](", "`", "```", "<script>", "\t", "\"", "'",
                                    "{", "}", "[", "]", "&", "\u{FEFF}", "\r\n", "*", "#", "> ", "country:", "javascript:", "\\"].map { Array($0.utf8) }

    static func mutate(_ input: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...8, using: &generator) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &generator)
            case 1 where !bytes.isEmpty: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...64, using: &generator)))
            case 2: bytes.insert(contentsOf: tokens.randomElement(using: &generator)!, at: position)
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, position + Int.random(in: 1...128, using: &generator))
                bytes.insert(contentsOf: bytes[position..<end], at: Int.random(in: 0...bytes.count, using: &generator))
            default: bytes.insert(UInt8.random(in: 0...127, using: &generator), at: position)
            }
        }
        return bytes
    }

    @Test func mutatedFixturesNeverCrashAStage() {
        let seeds = Self.seeds()
        #expect(seeds.count > 100)
        var generator = SeededGenerator(state: 20261125)
        var inputs = 0
        for round in 0..<4 {
            for seed in seeds {
                FuzzHarness.run(Self.mutate(seed, using: &generator))
                inputs += 1
            }
            FuzzHarness.run(Array(repeating: UInt8(truncatingIfNeeded: round * 91), count: 4096))
        }
        #expect(inputs == seeds.count * 4)
    }

    @Test func harnessReportsProblemsInBrokenInput() {
        #expect(FuzzHarness.run([0xFF, 0xFE, 0x00]) > 0)
        #expect(FuzzHarness.run(Array("---\ntitle: [unclosed\n---\n".utf8)) > 0)
    }
}
