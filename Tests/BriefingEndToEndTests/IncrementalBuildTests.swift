import Foundation
import Testing

/// The build cache: a rebuild after a change gives exactly what a build from nothing gives, re-renders only
/// the pages whose data changed, and a damaged cache or a hand-edited output file is never trusted.
@Suite struct IncrementalBuildTests {
    static let minimalSite = BriefingBinary.packageRoot.appendingPathComponent("Tests/Fixtures/sites/valid/minimal")

    /// A copy of the minimal site in a scratch folder, the output and cache folders beside it, and the arguments
    /// of an incremental build of it (`--verbose`, so the counts can be read).
    static func cachedSite() throws -> (scratch: TemporaryFolder, site: URL, output: URL, cacheFolder: URL, build: [String]) {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(minimalSite, as: "site")
        let output = scratch.url.appendingPathComponent("out")
        let cacheFolder = scratch.url.appendingPathComponent("cache")
        return (scratch, site, output, cacheFolder, ["build", "--root", site.path, "--output", output.path, "--verbose", "--cache-dir", cacheFolder.path])
    }

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

    /// Builds `site` with `--no-cache` into a fresh folder and checks that `output` holds exactly the same files.
    static func expectSameAsFullBuild(_ site: URL, _ output: URL, in scratch: TemporaryFolder, _ step: String) throws {
        let fresh = scratch.url.appendingPathComponent("fresh-" + step)
        let full = try BriefingBinary.run(["build", "--root", site.path, "--output", fresh.path, "--no-cache"])
        #expect(full.status == 0, "\(full.stderr)")
        #expect(FileTree(output) == FileTree(fresh), "after: \(step)")
    }

    @Test func rebuildAfterChangesEqualsAFullBuild() throws {
        let (scratch, site, output, cacheFolder, build) = try Self.cachedSite()
        let first = try BriefingBinary.run(build)
        #expect(first.status == 0, "\(first.stderr)")
        let total = try #require(Self.counts(first))
        #expect(total.reused == 0)
        #expect(FileManager.default.fileExists(atPath: cacheFolder.appendingPathComponent("build.rec").path))

        let unchanged = try BriefingBinary.run(build)
        #expect(Self.counts(unchanged)?.rendered == 0)
        #expect(Self.counts(unchanged)?.reused == total.rendered)
        #expect(unchanged.stdout.contains("(cache: nothing changed since the last build)"), "\(unchanged.stdout)")
        // The same warnings as the first build, though no stage ran.
        #expect(unchanged.stderr == first.stderr)
        try Self.expectSameAsFullBuild(site, output, in: scratch, "nothing changed")

        try Self.replace("Some *emphasis*", with: "Some *new emphasis*", in: site.appendingPathComponent("Content/articles/first-look.md"))
        let bodyOnly = try BriefingBinary.run(build)
        // The article page itself and briefing.html (which holds every body); no list shows the body.
        #expect(Self.counts(bodyOnly)?.rendered == 2, "\(bodyOnly.stdout)")
        try Self.expectSameAsFullBuild(site, output, in: scratch, "body edited")

        try Self.replace("name: Old League", with: "name: Older League", in: site.appendingPathComponent("Content/alliances/old-league.yml"))
        let alliance = try BriefingBinary.run(build)
        let changed = try #require(Self.counts(alliance))
        #expect(changed.rendered > 2 && changed.rendered < total.rendered, "\(alliance.stdout)")
        try Self.expectSameAsFullBuild(site, output, in: scratch, "alliance renamed")

        let second = site.appendingPathComponent("Content/articles/second-look.md")
        let secondText = try String(contentsOf: second, encoding: .utf8)
        try FileManager.default.removeItem(at: second)
        try Self.replace("[later piece](article:second-look)", with: "later piece", in: site.appendingPathComponent("Content/articles/first-look.md"))
        let deleted = try BriefingBinary.run(build)
        #expect(deleted.status == 0, "\(deleted.stderr)")
        try Self.expectSameAsFullBuild(site, output, in: scratch, "article deleted")
        let records = try FileManager.default.contentsOfDirectory(atPath: cacheFolder.appendingPathComponent("articles").path)
        #expect(records.count == 2, "one record per article file: \(records)")

        try Data(secondText.utf8).write(to: site.appendingPathComponent("Content/articles/second-look-again.md"))
        try Data(secondText.utf8).write(to: second)
        let added = try BriefingBinary.run(build)
        #expect(added.status == 0, "\(added.stderr)")
        try Self.expectSameAsFullBuild(site, output, in: scratch, "articles added")
    }

    /// An edit no other page can see (`BodyOnlyEdit`) builds only the article's page and patches `briefing.html`;
    /// a body edit that adds a cross-link, a front-matter edit, or any other file takes the full path. Each time
    /// the output equals a build from nothing.
    @Test func aBodyOnlyEditBuildsOnlyItsOwnPage() throws {
        let (scratch, site, output, _, build) = try Self.cachedSite()
        let article = site.appendingPathComponent("Content/articles/first-look.md")
        let bodyOnly = "only the bodies of 1 articles changed"
        #expect(try BriefingBinary.run(build).status == 0)

        try Self.replace("Some *emphasis*", with: "Some words before, then *emphasis*", in: article)
        let edited = try BriefingBinary.run(build)
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(edited.stdout.contains(bodyOnly), "\(edited.stdout)")
        #expect(Self.counts(edited)?.rendered == 2, "its page and briefing.html: \(edited.stdout)")
        try Self.expectSameAsFullBuild(site, output, in: scratch, "text edited")

        try Self.replace("### Details", with: "### Details\n\nA new paragraph on [Norway](country:NO).", in: article)
        let linked = try BriefingBinary.run(build)
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(!linked.stdout.contains("only the bodies"), "a new cross-link changes Norway's page: \(linked.stdout)")
        try Self.expectSameAsFullBuild(site, output, in: scratch, "cross-link added")

        try Self.replace("## Background\n\nSome", with: "## Context\n\nSome", in: article)
        let heading = try BriefingBinary.run(build)
        #expect(!heading.stdout.contains("only the bodies"), "headings are read by briefing.html's contents: \(heading.stdout)")
        try Self.expectSameAsFullBuild(site, output, in: scratch, "heading renamed")

        try Self.replace("title: A first look at the Test Pact", with: "title: A first look at the Pact", in: article)
        let title = try BriefingBinary.run(build)
        #expect(!title.stdout.contains("only the bodies"), "\(title.stdout)")
        try Self.expectSameAsFullBuild(site, output, in: scratch, "title edited")

        // A theme whose briefing.html prints each article's section itself, within its own markup.
        let templates = site.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("""
            <!DOCTYPE html><html lang="{{{lang}}}"><head><meta charset="utf-8"><title>{{{site.title}}}</title></head><body>
            {{#briefing.articles}}<div class="a">{{{contents_html}}}{{{section_html}}}</div>{{/briefing.articles}}
            </body></html>
            """.utf8).write(to: templates.appendingPathComponent("briefing.mustache"))
        #expect(try BriefingBinary.run(build).status == 0)
        try Self.replace("Some words before", with: "Other words before", in: article)
        let themed = try BriefingBinary.run(build)
        #expect(themed.stdout.contains(bodyOnly), "\(themed.stdout)")
        try Self.expectSameAsFullBuild(site, output, in: scratch, "custom briefing template")
    }

    /// Adding an article renders again only the bodies that link to the site's files by path (their links may now
    /// resolve differently); a body with only cross-links and web links is kept, and the output is a full build's.
    @Test func addingAnArticleRendersAgainOnlyBodiesWithRelativeLinks() throws {
        let (scratch, site, output, cacheFolder, build) = try Self.cachedSite()
        #expect(try BriefingBinary.run(build).status == 0)
        let records = cacheFolder.appendingPathComponent("articles")
        func modified() throws -> [String: Date] {
            var dates: [String: Date] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: records.path) {
                dates[name] = try FileManager.default.attributesOfItem(atPath: records.appendingPathComponent(name).path)[.modificationDate] as? Date
            }
            return dates
        }
        let before = try modified()
        #expect(before.count == 3, "one per article file, the draft's too")
        try Data("""
            ---
            title: A third look
            date: 2025-03-01
            ---
            A short note on [the league](alliance:old-league).
            """.utf8).write(to: site.appendingPathComponent("Content/articles/third-look.md"))
        let added = try BriefingBinary.run(build)
        #expect(added.status == 0, "\(added.stderr)")
        let after = try modified()
        #expect(after.count == 4)
        let rewritten = Set(before.keys.filter { after[$0] != before[$0] })
        // first-look.md shows `../assets/map.png`; second-look.md has only cross-links.
        #expect(rewritten.count == 1, "only the body with a relative link is rendered again: \(rewritten)")
        try Self.expectSameAsFullBuild(site, output, in: scratch, "article added")
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

    /// Each kind of edit a writer makes, one after the other into the same output and cache: after every step the
    /// output equals a `--no-cache` build of the same sources, and no staging folder is left beside the output.
    @Test func everyKindOfEditGivesTheFullBuildsOutput() throws {
        let (scratch, site, output, _, build) = try Self.cachedSite()
        let first = try BriefingBinary.run(build)
        #expect(first.status == 0, "\(first.stderr)")
        let total = try #require(Self.counts(first))
        let content = site.appendingPathComponent("Content")
        let edits: [(String, () throws -> Void)] = [
            ("article title", { try Self.replace("title: A first look at the Test Pact", with: "title: A new look at the Test Pact",
                                                 in: content.appendingPathComponent("articles/first-look.md")) }),
            ("article summary", { try Self.replace("summary: How the [Test Pact] works.", with: "summary: Why the [Test Pact] works.",
                                                   in: content.appendingPathComponent("articles/first-look.md")) }),
            ("article heading", { try Self.replace("### Details", with: "### More details", in: content.appendingPathComponent("articles/first-look.md")) }),
            ("alliance summary", { try Self.replace("summary: A fictional bilateral pact used by the tests.", with: "summary: A pact the tests made up.",
                                                    in: content.appendingPathComponent("alliances/test-pact.yml")) }),
            ("country name", { try Self.replace("{name: Norway,", with: "{name: Kingdom of Norway,", in: content.appendingPathComponent("countries.yml")) }),
            ("term title", { try Self.replace("title: Joint exercises", with: "title: Combined exercises", in: content.appendingPathComponent("site.yml")) }),
            ("site title", { try Self.replace("title: Minimal Briefing", with: "title: Smaller Briefing", in: content.appendingPathComponent("site.yml")) }),
            ("asset replaced", { try Data([0x89, 0x50, 0x4E, 0x47, 0x01]).write(to: content.appendingPathComponent("assets/map.png")) }),
        ]
        for (step, edit) in edits {
            try edit()
            let run = try BriefingBinary.run(build)
            #expect(run.status == 0, "\(step): \(run.stderr)")
            let counts = try #require(Self.counts(run), "\(step): \(run.stdout)")
            #expect(counts.rendered > 0 && counts.rendered + counts.reused == total.rendered + total.reused, "\(step): \(run.stdout)")
            try Self.expectSameAsFullBuild(site, output, in: scratch, step)
            let beside = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.hasPrefix(".") }
            #expect(beside.isEmpty, "\(step): left beside the output: \(beside)")
        }
    }

    /// Pages are written to the staging folder while they render; a build that fails after rendering (here a
    /// broken `#fragment`, made an error in `site.yml`) must leave the previous output as it was and no staging folder behind.
    @Test func aBuildThatFailsAfterRenderingKeepsThePreviousOutput() throws {
        let (scratch, site, output, _, build) = try Self.cachedSite()
        #expect(try BriefingBinary.run(build).status == 0)
        let before = FileTree(output)
        try Self.replace("(alliance:old-league#history)", with: "(alliance:old-league#no-such-heading)",
                         in: site.appendingPathComponent("Content/articles/first-look.md"))
        let config = site.appendingPathComponent("Content/site.yml")
        try (String(contentsOf: config, encoding: .utf8) + "diagnostics:\n  broken-anchor: error\n").write(to: config, atomically: true, encoding: .utf8)
        let failed = try BriefingBinary.run(build)
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("no-such-heading"), "\(failed.stderr)")
        #expect(FileTree(output) == before)
        let entries = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
        #expect(entries == ["cache", "out", "site"])
    }

    @Test func damagedCacheIsIgnored() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.minimalSite, as: "site")
        let output = scratch.url.appendingPathComponent("out")
        let cache = scratch.url.appendingPathComponent("cache")
        let build = ["build", "--root", site.path, "--output", output.path, "--cache-dir", cache.path, "--verbose"]
        _ = try BriefingBinary.run(build)
        // Every record altered: the build record, the page table and each article's record.
        var files = ["build.rec", "pages.rec"]
        files += try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("articles").path).map { "articles/" + $0 }
        #expect(files.count == 5)
        for name in files {
            let file = cache.appendingPathComponent(name)
            var bytes = [UInt8](try Data(contentsOf: file))
            bytes[bytes.count - 10] ^= 0xFF
            try Data(bytes).write(to: file)
        }
        let run = try BriefingBinary.run(build)
        #expect(run.status == 0)
        #expect(run.stdout.contains("(cache: ignored, it is damaged (checksum mismatch))"), "\(run.stdout)")
        #expect(Self.counts(run)?.reused == 0)
        try Self.expectSameAsFullBuild(site, output, in: scratch, "damaged cache")

        try Data("garbage".utf8).write(to: cache.appendingPathComponent("pages.rec"))
        try Data("garbage".utf8).write(to: cache.appendingPathComponent("build.rec"))
        let again = try BriefingBinary.run(build)
        #expect(again.stdout.contains("(cache: ignored, it is not a briefing cache)"), "\(again.stdout)")
    }

    /// A hand edit that keeps a page's size and sets its modification time back is noticed all the same, by the
    /// status-change time no tool can set back: the body-only build that follows repairs the page.
    @Test func aHandEditWithItsTimeSetBackIsNoticed() throws {
        let (scratch, site, output, _, build) = try Self.cachedSite()
        #expect(try BriefingBinary.run(build).status == 0)
        let page = output.appendingPathComponent("articles/second-look/index.html")
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date)
        let text = try String(contentsOf: page, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "<title>", with: "<titlf>").utf8).write(to: page)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: page.path)
        try Self.replace("Some *emphasis*", with: "Some *other emphasis*", in: site.appendingPathComponent("Content/articles/first-look.md"))
        let rebuilt = try BriefingBinary.run(build)
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        try Self.expectSameAsFullBuild(site, output, in: scratch, "page edited by hand, time set back")
    }

    /// The unchanged-build check sees every entry, not only files: a folder or a dangling link where an article
    /// file is expected fails the build as it would without a cache.
    @Test func aFolderOrADanglingLinkAmongTheArticlesIsNoticed() throws {
        let (scratch, site, _, _, build) = try Self.cachedSite()
        defer { withExtendedLifetime(scratch) {} }
        #expect(try BriefingBinary.run(build).status == 0)
        let folder = site.appendingPathComponent("Content/articles/x.md")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let withFolder = try BriefingBinary.run(build)
        #expect(withFolder.status == 1 && withFolder.stderr.contains("Content/articles/x.md"), "\(withFolder.stderr)")
        try FileManager.default.removeItem(at: folder)
        #expect(try BriefingBinary.run(build).status == 0)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("Content/articles/gone.md").path, withDestinationPath: "/nonexistent/gone.md")
        let withLink = try BriefingBinary.run(build)
        #expect(withLink.status == 1 && withLink.stderr.contains("Content/articles/gone.md"), "\(withLink.stderr)")
    }

    /// Whether this machine can make a folder immutable (`chattr +i`, root on ext4 and the like).
    static let canMakeFoldersImmutable: Bool = {
        guard let scratch = try? TemporaryFolder() else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = ["+i", scratch.url.path]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return false }
        let undo = Process()
        undo.executableURL = process.executableURL
        undo.arguments = ["-i", scratch.url.path]
        try? undo.run()
        undo.waitUntilExit()
        return true
    }()

    /// A body-only update that cannot move one of its files into the output puts back those it moved already:
    /// the build fails with the reason, and the output is the previous build's, byte for byte.
    @Test(.enabled(if: canMakeFoldersImmutable, "needs chattr +i"))
    func aFailedInPlaceUpdateLeavesTheOutputAsItWas() throws {
        let (scratch, site, output, _, build) = try Self.cachedSite()
        #expect(try BriefingBinary.run(build).status == 0)
        let before = FileTree(output)
        func chattr(_ flag: String) throws {
            let process = try Process.run(URL(fileURLWithPath: "/usr/bin/chattr"), arguments: [flag, output.appendingPathComponent("search").path])
            process.waitUntilExit()
        }
        try chattr("+i")
        defer { try? chattr("-i") }
        try Self.replace("Some *emphasis*", with: "Some *more emphasis*", in: site.appendingPathComponent("Content/articles/first-look.md"))
        let failed = try BriefingBinary.run(build)
        #expect(failed.status != 0 && failed.stderr.contains("search/search-index.js"), "\(failed.stderr)")
        #expect(FileTree(output) == before, "the article page and briefing.html, moved before the failure, are put back")
        try chattr("-i")
        #expect(try BriefingBinary.run(build).status == 0)
        try Self.expectSameAsFullBuild(site, output, in: scratch, "after the failed update")
    }

    /// What builds that were killed left beside the output (their staging folders, the old output) is removed by
    /// the next build.
    @Test func leftoversOfKilledBuildsAreRemoved() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.minimalSite, as: "site")
        let output = scratch.url.appendingPathComponent("out")
        let leftovers = [".out.staging-4194000", ".out.old-4194001"].map { scratch.url.appendingPathComponent($0) }
        for folder in leftovers { try FileManager.default.createDirectory(at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true) }
        let run = try BriefingBinary.run(["build", "--root", site.path, "--output", output.path, "--no-cache"])
        #expect(run.status == 0, "\(run.stderr)")
        for folder in leftovers { #expect(!FileManager.default.fileExists(atPath: folder.path), "\(folder.lastPathComponent) is gone") }
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
