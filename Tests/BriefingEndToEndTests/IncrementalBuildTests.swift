import Foundation
import Testing

/// The build cache: a rebuild after a change gives exactly what a build from nothing gives, re-renders only
/// the pages whose data changed, and a damaged cache or a hand-edited output file is never trusted.
@Suite struct IncrementalBuildTests {
    static let minimalSite = BriefingBinary.packageRoot.appendingPathComponent("Tests/Fixtures/sites/valid/minimal")

    /// `N pages rendered, M unchanged …` from `--verbose`.
    static func counts(_ run: BriefingBinary.Run) -> (rendered: Int, reused: Int)? {
        guard let line = run.stdout.split(separator: "\n").first(where: { $0.contains(" pages rendered, ") }) else { return nil }
        let numbers = line.split(separator: " ").compactMap { Int($0) }
        return numbers.count >= 2 ? (numbers[0], numbers[1]) : nil
    }

    static func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func rebuildAfterChangesEqualsAFullBuild() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.minimalSite, as: "site")
        let output = scratch.url.appendingPathComponent("out")
        let cache = ["--cache-dir", scratch.url.appendingPathComponent("cache").path]
        let first = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path, "--verbose"] + cache)
        #expect(first.status == 0, "\(first.stderr)")
        let total = try #require(Self.counts(first))
        #expect(total.reused == 0)

        let unchanged = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path, "--verbose"] + cache)
        #expect(Self.counts(unchanged)?.rendered == 0)
        #expect(Self.counts(unchanged)?.reused == total.rendered)

        try Self.replace("Some *emphasis*", with: "Some *new emphasis*", in: site.appendingPathComponent("Content/articles/first-look.md"))
        let bodyOnly = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path, "--verbose"] + cache)
        // The article page itself and briefing.html (which holds every body); no list shows the body.
        #expect(Self.counts(bodyOnly)?.rendered == 2, "\(bodyOnly.stdout)")

        try Self.replace("name: Old League", with: "name: Older League", in: site.appendingPathComponent("Content/alliances/old-league.yml"))
        let alliance = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path, "--verbose"] + cache)
        let changed = try #require(Self.counts(alliance))
        #expect(changed.rendered > 2 && changed.rendered < total.rendered, "\(alliance.stdout)")

        let fresh = scratch.url.appendingPathComponent("fresh")
        let full = try BriefingBinary.run(["build", "--root", site.path, "--output", fresh.path, "--no-cache"])
        #expect(full.status == 0)
        #expect(FileTree(output) == FileTree(fresh))
    }

    /// A cached article body with a chart block is drawn again when the alliance data changes, though the
    /// article itself did not (the body cache key holds `ChartDataHash`).
    @Test func aChartInACachedBodyFollowsTheAllianceData() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.minimalSite, as: "site")
        let output = scratch.url.appendingPathComponent("out")
        let cache = ["--cache-dir", scratch.url.appendingPathComponent("cache").path]
        let first = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path] + cache)
        #expect(first.status == 0, "\(first.stderr)")
        let page = output.appendingPathComponent("articles/second-look/index.html")
        let before = try String(contentsOf: page, encoding: .utf8)
        #expect(before.contains("<figure class=\"chart-figure\">") && before.contains("<td>October 2009</td>"))

        try Self.replace("established: 2009-10", with: "established: 2008-03", in: site.appendingPathComponent("Content/alliances/test-pact.yml"))
        let second = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path] + cache)
        #expect(second.status == 0, "\(second.stderr)")
        let after = try String(contentsOf: page, encoding: .utf8)
        #expect(after.contains("<td>March 2008</td>") && !after.contains("<td>October 2009</td>"))

        let fresh = scratch.url.appendingPathComponent("fresh")
        let full = try BriefingBinary.run(["build", "--root", site.path, "--output", fresh.path, "--no-cache"])
        #expect(full.status == 0)
        #expect(FileTree(output) == FileTree(fresh))
    }

    @Test func damagedCacheIsIgnored() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.minimalSite, as: "site")
        let output = scratch.url.appendingPathComponent("out")
        let cache = scratch.url.appendingPathComponent("cache")
        _ = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path, "--cache-dir", cache.path])
        let file = cache.appendingPathComponent("cache.bin")
        var bytes = [UInt8](try Data(contentsOf: file))
        bytes[bytes.count - 10] ^= 0xFF
        try Data(bytes).write(to: file)

        let run = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path, "--cache-dir", cache.path, "--verbose"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("(cache: ignored, it is damaged (checksum mismatch))"))
        #expect(Self.counts(run)?.reused == 0)

        try Data("garbage".utf8).write(to: file)
        let again = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path, "--cache-dir", cache.path, "--verbose"])
        #expect(again.stdout.contains("(cache: ignored, it is not a briefing cache)"))
    }

    @Test func handEditedOutputFileIsRebuilt() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.minimalSite, as: "site")
        let output = scratch.url.appendingPathComponent("out")
        let cache = ["--cache-dir", scratch.url.appendingPathComponent("cache").path]
        _ = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path] + cache)
        let page = output.appendingPathComponent("alliances/index.html")
        let original = try Data(contentsOf: page)
        try Data("tampered".utf8).write(to: page)
        let run = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path, "--verbose"] + cache)
        #expect(Self.counts(run)?.rendered == 1)
        #expect(try Data(contentsOf: page) == original)
    }
}

@Suite struct CacheLocationTests {
    @Test func aSuccessfulBuildWritesNothingBesideTheOutputFolder() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(IncrementalBuildTests.minimalSite, as: "site")
        let siteBefore = FileTree(site)
        let output = scratch.url.appendingPathComponent("out")
        let run = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path])
        #expect(run.status == 0)
        #expect(FileTree(site) == siteBefore)
        let entries = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
        #expect(entries == ["out", "site"])
    }
}
