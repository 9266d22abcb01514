import BriefingCore
import Dispatch
import Foundation

/// Times the hot stages of a build — loading, hashing the article files (the build cache's keys), Markdown
/// rendering, link resolution and template rendering —
/// on a site, each run several times, single-threaded and with every core:
///
///     swift run -c release briefing-bench /tmp/corpus10k/briefing [runs]
///
/// Timings belong here, never in tests. docs/performance.md records what it and the race measured.
@main
struct BriefingBench {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let root = arguments.first else {
            FileHandle.standardError.write(Data("usage: briefing-bench SITE-ROOT [RUNS]\n".utf8))
            exit(2)
        }
        let runs = arguments.dropFirst().first.flatMap(Int.init) ?? 3
        for jobs in [1, ProcessInfo.processInfo.activeProcessorCount] {
            var diagnostics = Diagnostics()
            let site = try measure("load", jobs: jobs, runs: runs) {
                var scratch = Diagnostics()
                return try SiteLoader.load(root: root, options: LoadOptions(jobs: jobs), diagnostics: &scratch)
            }
            let bytes = site.articles.reduce(0) { $0 + $1.source.bytes.count }
            let hashes = measure("SHA-256 of \(bytes / 1_000_000) MB of articles", jobs: jobs, runs: runs) {
                site.articles.parallelMap(jobs: jobs) { ContentHash($0.source.bytes) }
            }
            precondition(hashes.count == site.articles.count)
            var renderer = ArticleBodyRenderer(config: site.config, assets: Set(site.assets), sources: site.sources)
            renderer.enableCharts(site)
            let bodies = measure("markdown render", jobs: jobs, runs: runs) {
                site.articles.parallelMap(jobs: jobs) { renderer.render($0) }
            }
            let linked = measure("link resolution", jobs: jobs, runs: runs) {
                var scratch = Diagnostics()
                return ReferenceResolver.link(site, bodies: bodies, jobs: jobs, diagnostics: &scratch)
            }
            let theme = Theme.load(siteRoot: root, diagnostics: &diagnostics)
            let pages = measure("template render", jobs: jobs, runs: runs) {
                var scratch = Diagnostics()
                return SiteRenderer.render(linked, theme: theme, jobs: jobs, diagnostics: &scratch)
            }
            print("  (\(site.articles.count) articles, \(pages.count) pages)")
        }
    }

    /// Runs `body` `runs` times and prints the median and fastest wall time.
    static func measure<T>(_ stage: String, jobs: Int, runs: Int, _ body: () throws -> T) rethrows -> T {
        var times: [Double] = []
        var result: T?
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            result = try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        let line = "\(stage) [jobs \(jobs)]: median \(String(format: "%.3f", times[times.count / 2])) s, best \(String(format: "%.3f", times[0])) s"
        print(line)
        return result!
    }
}
