import Foundation
import Synchronization

/// The on-disk build cache: what loading and rendering produced last time, keyed by content hashes, so an
/// unchanged article is neither parsed nor rendered again and an unchanged page is not rendered or rewritten.
///
/// A folder of small records (`CacheRecordFile`), each written only when what it holds changed:
/// - `articles/<hash of the path>.rec`, one per article file: the hash of its bytes, its front matter as loaded
///   and the diagnostics loading gave, and its rendered body with the key it was rendered under;
/// - `pages.rec`: every output file's fingerprint, size and modification time;
/// - `build.rec` (`BuildManifest`): what the last successful build read and wrote, so that a build with nothing
///   changed skips every stage.
/// A record that is missing, from another version of briefing, truncated or altered is ignored on its own (its
/// article is then loaded and rendered again). Keys are content hashes, so a stale record is simply never matched.
public final class BuildCache: Sendable {
    /// What happened when the cache was opened, for `--verbose`.
    public enum Status: Equatable, Sendable {
        case disabled
        case empty
        case loaded(articles: Int, pages: Int)
        case ignored(reason: String)
        /// Nothing changed since the last successful build into the same output; no stage ran.
        case unchanged

        public var summary: String {
            switch self {
            case .unchanged: return "nothing changed since the last build"
            case .disabled: return "off"
            case .empty: return "empty"
            case .loaded(let articles, let pages): return "\(articles) articles, \(pages) files"
            case .ignored(let reason): return "ignored, \(reason)"
            }
        }
    }

    /// An article file's record: everything the load and Markdown stages produced from it.
    struct ArticleEntry: Equatable, Sendable {
        var fileHash: ContentHash.Digest
        /// Front matter as loaded (`BinaryWriter.write(_: Article)`), or nil when loading failed.
        var article: [UInt8]?
        var loadDiagnostics: [Diagnostic]
        var bodyKey: ContentHash.Digest?
        var body: [UInt8]?
    }

    /// An output file as last written: the hash of what produced it, and its size and modification time,
    /// so a file changed by hand since is never reused.
    struct PageEntry: Equatable, Sendable {
        var fingerprint: ContentHash.Digest
        var size: Int
        var modified: Int
    }

    private struct State: Sendable {
        /// Records read so far, by article path; nil when the path has no usable record.
        var articles: [String: ArticleEntry?] = [:]
        /// Paths whose record this build changed but did not write yet, and every article path this build read.
        var dirty: Set<String> = []
        var seen: Set<String> = []
        var pages: [String: PageEntry] = [:]
        var newPages: [String: PageEntry] = [:]
        /// Section maps of the `briefing.html` files this build wrote or kept, by output path, with their language:
        /// saved once the files stand in the output (`saveSectionMaps(stamps:)`).
        var sectionMaps: [String: (language: String, map: SingleFileSectionMap)] = [:]
        /// Article records written so far.
        var written = 0
    }

    static let articleFolder = "articles"
    static let pagesFile = "pages.rec"

    public let folder: String?
    public let status: Status
    /// Whether the folder held any article record when opened; if not, none is looked for.
    private let hasArticleRecords: Bool
    private let state: Mutex<State>

    /// The default place: `$XDG_CACHE_HOME/briefing/<hash of the output path>` (`~/.cache/…` when unset).
    /// Not beside the output: briefing writes nothing next to a site or its output folder, and a cache
    /// has no business being published with the site.
    public static func defaultFolder(forOutput output: String) -> String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.cache" }
            ?? FileManager.default.temporaryDirectory.path
        return base + "/briefing/" + String(ContentHash(Array(OutputFolderGuard.canonical(output).utf8)).description.prefix(32))
    }

    /// A cache that remembers nothing (`briefing check`, or `--no-cache`).
    public static func disabled() -> BuildCache { BuildCache(folder: nil, status: .disabled, pages: [:], articleCount: 0) }

    private init(folder: String?, status: Status, pages: [String: PageEntry], articleCount: Int) {
        self.folder = folder
        self.status = status
        hasArticleRecords = articleCount > 0
        state = Mutex(State(pages: pages))
    }

    /// Opens the cache in `folder`; never fails — an unusable record is ignored. Article records are read
    /// lazily, by the loader's threads, as their files are met.
    public static func open(folder: String) -> BuildCache {
        let articleCount = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + articleFolder))?.count ?? 0
        switch CacheRecordFile.read(folder + "/" + pagesFile) {
        case .missing:
            return BuildCache(folder: folder, status: articleCount == 0 ? .empty : .loaded(articles: articleCount, pages: 0), pages: [:],
                              articleCount: articleCount)
        case .rejected(let reason):
            return BuildCache(folder: folder, status: .ignored(reason: reason), pages: [:], articleCount: articleCount)
        case .payload(let payload):
            guard let pages = try? decodePages(payload) else {
                return BuildCache(folder: folder, status: .ignored(reason: "it is damaged"), pages: [:], articleCount: articleCount)
            }
            return BuildCache(folder: folder, status: .loaded(articles: articleCount, pages: pages.count), pages: pages,
                              articleCount: articleCount)
        }
    }

    private static func decodePages(_ payload: [UInt8]) throws -> [String: PageEntry] {
        var reader = BinaryReader(payload)
        var pages: [String: PageEntry] = [:]
        for _ in 0..<(try reader.readCount()) {
            let path = try reader.readString()
            pages[path] = PageEntry(fingerprint: try reader.readDigest(), size: try reader.readInt(), modified: try reader.readInt())
        }
        guard reader.isAtEnd else { throw BinaryReader.Corrupt() }
        return pages
    }

    // MARK: Articles

    /// The record file of an article path: `articles/` and 32 hex digits of the path's hash.
    func recordPath(forArticle path: String) -> String? {
        folder.map { $0 + "/" + Self.articleFolder + "/" + Self.recordName(forArticle: path) }
    }

    /// The file name of an article's record: the first 128 bits of the hash of its path, in hex.
    static func recordName(forArticle path: String) -> String {
        String(ContentHash(Array(path.utf8)).description.prefix(32)) + ".rec"
    }

    private func entry(path: String) -> ArticleEntry? {
        if let known = state.withLock({ $0.articles[path] }) { return known }
        guard hasArticleRecords, let file = recordPath(forArticle: path) else { return nil }
        var loaded: ArticleEntry?
        if case .payload(let payload) = CacheRecordFile.read(file) {
            var reader = BinaryReader(payload)
            if let recordedPath = try? reader.readString(), recordedPath == path, let entry = try? reader.readArticleEntry(), reader.isAtEnd {
                loaded = entry
            }
        }
        state.withLock { $0.articles[path] = .some(loaded) }
        return loaded
    }

    /// Whether the last build read a file at `path` with exactly these bytes.
    func hasArticle(path: String, hash: ContentHash) -> Bool {
        guard folder != nil else { return false }
        return entry(path: path)?.fileHash == hash.digest
    }

    /// The article loaded last time from a file with exactly these bytes, with the diagnostics loading gave.
    func cachedArticle(path: String, source: SourceText, hash: ContentHash) -> (Article?, [Diagnostic])? {
        guard folder != nil, let entry = entry(path: path), entry.fileHash == hash.digest else { return nil }
        guard let record = entry.article else { return (nil, entry.loadDiagnostics) }
        var reader = BinaryReader(record)
        guard let article = try? reader.readArticle(file: path, source: source) else { return nil }
        return (article, entry.loadDiagnostics)
    }

    /// Keeps the record read for `path` as it is: this build read the same bytes.
    func keepArticle(path: String) {
        guard folder != nil else { return }
        state.withLock { _ = $0.seen.insert(path) }
    }

    func storeArticle(path: String, hash: ContentHash, article: Article?, diagnostics: [Diagnostic]) {
        guard folder != nil else { return }
        var record: [UInt8]?
        if let article {
            var writer = BinaryWriter()
            writer.write(article)
            record = writer.bytes
        }
        let entry = ArticleEntry(fileHash: hash.digest, article: record, loadDiagnostics: diagnostics, bodyKey: nil, body: nil)
        state.withLock { state in
            state.seen.insert(path)
            state.articles[path] = .some(entry)
            state.dirty.insert(path)
        }
    }

    /// The body stored under any of `keys`.
    func cachedBody(path: String, keys: [ContentHash]) -> ArticleBody? {
        guard folder != nil, let entry = entry(path: path), let stored = entry.bodyKey, keys.contains(where: { $0.digest == stored }),
              let body = entry.body else { return nil }
        var reader = BinaryReader(body)
        return try? reader.readArticleBody(file: path)
    }

    /// Records the body and writes the article's record at once, from the Markdown stage's threads: the record is
    /// complete, and the body's bytes need not be held until the end of the build.
    func storeBody(path: String, key: ContentHash, body: ArticleBody) {
        guard folder != nil else { return }
        var writer = BinaryWriter()
        writer.write(body)
        let bytes = writer.bytes
        let complete: ArticleEntry? = state.withLock { state in
            guard case .some(.some(var entry)) = state.articles[path] else { return nil }
            entry.bodyKey = key.digest
            entry.body = bytes
            var kept = entry
            kept.body = nil
            kept.bodyKey = nil
            state.articles[path] = .some(kept)
            state.dirty.remove(path)
            state.written += 1
            return entry
        }
        if let complete { writeRecord(path: path, complete) }
    }

    private func writeRecord(path: String, _ entry: ArticleEntry) {
        guard let file = recordPath(forArticle: path) else { return }
        var writer = BinaryWriter()
        writer.write(path)
        writer.write(entry)
        if !CacheRecordFile.write(writer.bytes, to: file), errno == ENOENT {
            try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            CacheRecordFile.write(writer.bytes, to: file)
        }
    }

    // MARK: Pages

    /// Whether the file at `path` in the old output can be reused for a page with this fingerprint.
    func canReuse(page path: String, fingerprint: ContentHash, oldFile: String) -> Bool {
        guard let entry = state.withLock({ $0.pages[path] }), entry.fingerprint == fingerprint.digest else { return false }
        guard let (size, modified) = Self.stamp(oldFile) else { return false }
        return size == entry.size && modified == entry.modified
    }

    /// The fingerprint of every output file the previous build stored, by path.
    func storedPageFingerprints() -> [String: ContentHash.Digest] {
        state.withLock { $0.pages.mapValues(\.fingerprint) }
    }

    func storePage(path: String, fingerprint: ContentHash, writtenFile: String) {
        guard folder != nil, let (size, modified) = Self.stamp(writtenFile) else { return }
        storePage(path: path, fingerprint: fingerprint, size: size, modified: modified)
    }

    /// The same, with the written file's size and modification time (ns) already known.
    func storePage(path: String, fingerprint: ContentHash, size: Int, modified: Int) {
        guard folder != nil else { return }
        let entry = PageEntry(fingerprint: fingerprint.digest, size: size, modified: modified)
        state.withLock { $0.newPages[path] = entry }
    }

    /// Size and `BuildManifest.changeStamp` of a file, following symbolic links.
    static func stamp(_ file: String) -> (size: Int, modified: Int)? {
        var info = stat()
        guard stat(file, &info) == 0 else { return nil }
        return (Int(info.st_size), BuildManifest.changeStamp(info))
    }

    // MARK: Saving

    /// Writes the records this build changed, removes those of articles that are gone, and rewrites `pages.rec`
    /// when a page changed; each file is replaced atomically. Failures are ignored — a cache is optional.
    public func save(jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        guard let folder else { return }
        let (dirty, seen, pages, newPages) = state.withLock { state -> ([(String, ArticleEntry)], Set<String>, [String: PageEntry], [String: PageEntry]) in
            let dirty = state.dirty.sorted().compactMap { path in state.articles[path]?.map { (path, $0) } }
            return (dirty, state.seen, state.pages, state.newPages)
        }
        let articleFolder = folder + "/" + Self.articleFolder
        try? FileManager.default.createDirectory(atPath: articleFolder, withIntermediateDirectories: true)
        _ = dirty.parallelMap(jobs: jobs) { (path, entry) -> Bool in
            writeRecord(path: path, entry)
            return true
        }
        state.withLock { state in
            state.written += state.dirty.count
            state.dirty = []
        }
        let kept = Set(seen.map { Self.recordName(forArticle: $0) })
        for name in (try? FileManager.default.contentsOfDirectory(atPath: articleFolder)) ?? [] where !kept.contains(name) {
            unlink(articleFolder + "/" + name)
        }
        if newPages != pages || !FileManager.default.fileExists(atPath: folder + "/" + Self.pagesFile) {
            var writer = BinaryWriter()
            writer.write(newPages.count)
            for path in newPages.keys.sorted() {
                let entry = newPages[path]!
                writer.write(path)
                writer.write(entry.fingerprint)
                writer.write(entry.size)
                writer.write(entry.modified)
            }
            _ = CacheRecordFile.write(writer.bytes, to: folder + "/" + Self.pagesFile)
        }
        // The single file of briefing 0.1.0's first cache format, replaced by these records.
        unlink(folder + "/cache.bin")
    }

    /// Keeps `map`, describing the `briefing.html` at output `path`, until the output is written.
    func keep(sectionMap map: SingleFileSectionMap, language: String, path: String) {
        guard folder != nil else { return }
        state.withLock { $0.sectionMaps[path] = (language, map) }
    }

    /// Saves each kept section map with the size and `BuildManifest.changeStamp` its file has in the output —
    /// the stamp a later build checks; the staging folder's stamp is no use, as moving a file changes its ctime —
    /// and removes the map of a file whose size no longer matches. `stamps`: output files by path.
    func saveSectionMaps(stamps: [String: BuildManifest.OutputFile]) {
        guard let folder else { return }
        for (path, kept) in state.withLock({ $0.sectionMaps }) {
            var map = kept.map
            if let stamp = stamps[path], stamp.size == map.fileSize {
                map.fileModified = stamp.modified
                map.save(folder: folder, language: kept.language)
            } else {
                SingleFileSectionMap.remove(folder: folder, language: kept.language)
            }
        }
    }

    /// How many article records this build wrote (for tests and `--verbose`).
    var writtenArticleCount: Int { state.withLock { $0.written } }
}
