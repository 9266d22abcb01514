import Foundation

/// What a build or check run should do.
public struct BuildOptions: Sendable {
    public var root: String
    /// Output folder; nil for a check that writes nothing.
    public var output: String?
    public var includeDrafts: Bool
    /// Treat warnings as errors.
    public var strict: Bool
    public var jobs: Int
    /// Replace a non-empty output folder briefing did not create.
    public var force: Bool
    /// Overrides `base_url` of `site.yml`.
    public var baseURL: String?
    /// Where the build cache lives; nil builds from nothing and keeps no cache.
    public var cacheFolder: String?
    /// The day of the run, for warning `stale-review` (`review_after` in `site.yml`); nil skips that check.
    /// Only diagnostics depend on it, never the output.
    public var today: BriefingDate?
    /// Called from the render stage, from any thread, as pages are rendered: (pages rendered, pages in total).
    public var progress: (@Sendable (_ rendered: Int, _ total: Int) -> Void)?
    /// Keep the linked site, theme and body renderer of a successful build in `BuildResult.refresh`, for
    /// `briefing serve` to show article body edits at once (`ArticleRefresh`). Costs the memory of the linked site.
    public var keepsArticleRefresh = false

    public init(root: String, output: String?, includeDrafts: Bool = false, strict: Bool = false,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false, baseURL: String? = nil,
                progress: (@Sendable (_ rendered: Int, _ total: Int) -> Void)? = nil) {
        self.root = root
        self.output = output
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.jobs = max(1, jobs)
        self.force = force
        self.baseURL = baseURL
        self.progress = progress
    }
}

/// What a run produced.
public struct BuildResult: Sendable {
    public var diagnostics: Diagnostics
    /// HTML pages rendered (zero when nothing was written).
    public var pageCount: Int
    /// Whether the output folder was replaced.
    public var wroteOutput: Bool
    public var timings = StageTimings()
    /// Pages rendered anew, and pages whose previous file was kept.
    public var renderedCount = 0
    public var reusedCount = 0
    public var cacheStatus: BuildCache.Status = .disabled
    /// Set when only article bodies changed since the last build (`BodyOnlyEdit`): how many. No view of another
    /// page was built, and `briefing.html` was patched.
    public var bodyOnlyEdits: Int?
    /// With `BuildOptions.keepsArticleRefresh`, what a successful build that wrote its output keeps in memory;
    /// nil otherwise, and when the output was already up to date (no stage ran).
    public var refresh: ArticleRefresh?
    /// The linked site of a build that wrote its output. `briefing build` holds it until the process exits, so
    /// that tens of thousands of articles are not freed one by one just before the end (0.1 s at 10,000).
    public var linked: LinkedSite?

    public func failed(strict: Bool) -> Bool { diagnostics.isFailure(strict: strict) }
}
