import Foundation
import Synchronization

/// The on-disk build cache: what loading and rendering produced last time, keyed by content hashes, so an
/// unchanged article is neither parsed nor rendered again and an unchanged page is not rendered or rewritten.
///
/// One file, `cache.bin`, in the cache folder. It starts with a magic number, the format version and a hash
/// of everything after the header; a file that is missing, from another version of briefing, truncated or
/// altered is detected and ignored (the build then starts from nothing). Keys are content hashes, so a
/// stale entry is simply never matched.
public final class BuildCache: Sendable {
    /// What happened when the cache was opened, for `--verbose`.
    public enum Status: Equatable, Sendable {
        case disabled
        case empty
        case loaded(articles: Int, pages: Int)
        case ignored(reason: String)

        public var summary: String {
            switch self {
            case .disabled: return "off"
            case .empty: return "empty"
            case .loaded(let articles, let pages): return "\(articles) articles, \(pages) files"
            case .ignored(let reason): return "ignored, \(reason)"
            }
        }
    }

    struct ArticleEntry {
        var fileHash: ContentHash
        /// Front matter as loaded, or nil when loading failed (then `loadDiagnostics` holds why).
        var article: (record: [UInt8], slug: String)?
        var loadDiagnostics: [Diagnostic]
        var bodyKey: ContentHash?
        var body: [UInt8]?
    }

    /// An output file as last written: the hash of what produced it, and its size and modification time,
    /// so a file changed by hand since is never reused.
    struct PageEntry {
        var fingerprint: ContentHash
        var size: Int
        var modified: Int
    }

    static let magic: [UInt8] = Array("BRIEFING-CACHE\n".utf8)
    static let formatVersion = 2

    public let folder: String?
    public let status: Status
    private let store: Mutex<Store>

    /// What the cache holds: the entries read from the old cache, and those this build records.
    struct Store {
        var articles: [String: ArticleEntry] = [:]
        var pages: [String: PageEntry] = [:]
        var newArticles: [String: ArticleEntry] = [:]
        var newPages: [String: PageEntry] = [:]
        /// Whether this build recorded anything the old cache does not hold; if not, saving is skipped.
        var changed = false
    }

    /// The default place: `$XDG_CACHE_HOME/briefing/<hash of the output path>` (`~/.cache/…` when unset).
    /// Not beside the output: briefing writes nothing next to a site or its output folder, and a cache
    /// has no business being published with the site.
    public static func defaultFolder(forOutput output: String) -> String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.cache" }
            ?? FileManager.default.temporaryDirectory.path
        return base + "/briefing/" + ContentHash(Array(OutputFolderGuard.canonical(output).utf8)).description
    }

    /// A cache that remembers nothing (`briefing check`, or `--no-cache`).
    public static func disabled() -> BuildCache { BuildCache(folder: nil, status: .disabled) }

    private init(folder: String?, status: Status, store: Store = Store()) {
        self.folder = folder
        self.status = status
        self.store = Mutex(store)
    }

    /// Opens the cache in `folder`; never fails — an unusable cache is reported in `status` and ignored.
    public static func open(folder: String) -> BuildCache {
        let path = folder + "/cache.bin"
        guard let data = FileManager.default.contents(atPath: path) else { return BuildCache(folder: folder, status: .empty) }
        do {
            let store = try decode([UInt8](data))
            return BuildCache(folder: folder, status: .loaded(articles: store.articles.count, pages: store.pages.count), store: store)
        } catch let error as Rejected {
            return BuildCache(folder: folder, status: .ignored(reason: error.reason))
        } catch {
            return BuildCache(folder: folder, status: .ignored(reason: "it is damaged"))
        }
    }

    struct Rejected: Error {
        var reason: String
    }

    private static func decode(_ bytes: [UInt8]) throws -> Store {
        var store = Store()
        guard bytes.count > magic.count + 16, Array(bytes.prefix(Self.magic.count)) == Self.magic else {
            throw Rejected(reason: "it is not a briefing cache")
        }
        var header = BinaryReader(bytes, offset: Self.magic.count)
        guard try header.readInt() == Self.formatVersion, try header.readString() == BriefingVersion.current else {
            throw Rejected(reason: "it was written by another version of briefing")
        }
        let expected = try header.readUInt64()
        let payloadStart = bytes.count - (try header.readCount())
        let payload = Array(bytes[payloadStart...])
        guard ContentHash(payload).value == expected else { throw Rejected(reason: "it is damaged (checksum mismatch)") }
        var reader = BinaryReader(payload)
        for _ in 0..<(try reader.readCount()) {
            let path = try reader.readString()
            let fileHash = ContentHash(raw: try reader.readUInt64())
            var entry = ArticleEntry(fileHash: fileHash, article: nil, loadDiagnostics: [], bodyKey: nil, body: nil)
            if try reader.readBool() {
                let slug = try reader.readString()
                entry.article = (try reader.readBytes(), slug)
            }
            entry.loadDiagnostics = try reader.readDiagnostics()
            if try reader.readBool() {
                entry.bodyKey = ContentHash(raw: try reader.readUInt64())
                entry.body = try reader.readBytes()
            }
            store.articles[path] = entry
        }
        for _ in 0..<(try reader.readCount()) {
            let path = try reader.readString()
            store.pages[path] = PageEntry(fingerprint: ContentHash(raw: try reader.readUInt64()), size: try reader.readInt(), modified: try reader.readInt())
        }
        guard reader.isAtEnd else { throw Rejected(reason: "it is damaged (trailing bytes)") }
        return store
    }

    // MARK: Articles

    /// Whether the last build read a file at `path` with exactly these bytes.
    func hasArticle(path: String, hash: ContentHash) -> Bool {
        locked { $0.articles[path]?.fileHash == hash }
    }

    /// The article loaded last time from a file with exactly these bytes, with the diagnostics loading gave.
    func cachedArticle(path: String, source: SourceText, hash: ContentHash) -> (Article?, [Diagnostic])? {
        guard let entry = locked({ $0.articles[path] }), entry.fileHash == hash else { return nil }
        guard let (record, _) = entry.article else { return (nil, entry.loadDiagnostics) }
        var reader = BinaryReader(record)
        guard let article = try? reader.readArticle(file: path, source: source) else { return nil }
        return (article, entry.loadDiagnostics)
    }

    /// Carries the entry read from the old cache (article and body) over to the cache being written.
    func keepArticle(path: String) {
        guard folder != nil else { return }
        locked { $0.newArticles[path] = $0.articles[path] }
    }

    func storeArticle(path: String, hash: ContentHash, article: Article?, diagnostics: [Diagnostic]) {
        guard folder != nil else { return }
        var record: ([UInt8], String)?
        if let article {
            var writer = BinaryWriter()
            writer.write(article)
            record = (writer.bytes, article.slug)
        }
        locked { store in
            store.newArticles[path] = ArticleEntry(fileHash: hash, article: record, loadDiagnostics: diagnostics, bodyKey: nil, body: nil)
            store.changed = true
        }
    }

    /// The rendered body cached for this article file and rendering key.
    func cachedBody(path: String, key: ContentHash) -> ArticleBody? {
        guard let entry = locked({ $0.articles[path] }), entry.bodyKey == key, let body = entry.body else { return nil }
        var reader = BinaryReader(body)
        return try? reader.readArticleBody(file: path)
    }

    func storeBody(path: String, key: ContentHash, body: ArticleBody) {
        guard folder != nil else { return }
        var writer = BinaryWriter()
        writer.write(body)
        let bytes = writer.bytes
        locked { store in
            store.newArticles[path]?.bodyKey = key
            store.newArticles[path]?.body = bytes
            store.changed = true
        }
    }

    // MARK: Pages

    /// Whether the file at `path` in the old output can be reused for a page with this fingerprint.
    func canReuse(page path: String, fingerprint: ContentHash, oldFile: String) -> Bool {
        guard let entry = locked({ $0.pages[path] }), entry.fingerprint == fingerprint else { return false }
        var info = stat()
        guard stat(oldFile, &info) == 0 else { return false }
        return Int(info.st_size) == entry.size && Self.modificationTime(info) == entry.modified
    }

    func storePage(path: String, fingerprint: ContentHash, writtenFile: String) {
        guard folder != nil else { return }
        var info = stat()
        guard stat(writtenFile, &info) == 0 else { return }
        let entry = PageEntry(fingerprint: fingerprint, size: Int(info.st_size), modified: Self.modificationTime(info))
        locked { store in
            store.newPages[path] = entry
            if let old = store.pages[path], old.fingerprint == entry.fingerprint, old.size == entry.size, old.modified == entry.modified { return }
            store.changed = true
        }
    }

    static func modificationTime(_ info: stat) -> Int {
        Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec)
    }

    // MARK: Saving

    /// Writes what this build recorded (replacing the old cache) atomically; failures are ignored — a cache is optional.
    public func save() {
        guard let folder else { return }
        let snapshot = locked { $0 }
        let newArticles = snapshot.newArticles, newPages = snapshot.newPages
        let unchanged = !snapshot.changed && newArticles.count == snapshot.articles.count && newPages.count == snapshot.pages.count
        if unchanged, FileManager.default.fileExists(atPath: folder + "/cache.bin") { return }
        var payload = BinaryWriter()
        let articlePaths = newArticles.keys.sorted()
        payload.write(articlePaths.count)
        for path in articlePaths {
            let entry = newArticles[path]!
            payload.write(path)
            payload.write(entry.fileHash.value)
            payload.write(entry.article != nil)
            if let (record, slug) = entry.article {
                payload.write(slug)
                payload.write(record)
            }
            payload.write(entry.loadDiagnostics)
            payload.write(entry.body != nil)
            if let body = entry.body, let key = entry.bodyKey {
                payload.write(key.value)
                payload.write(body)
            }
        }
        let pagePaths = newPages.keys.sorted()
        payload.write(pagePaths.count)
        for path in pagePaths {
            let entry = newPages[path]!
            payload.write(path)
            payload.write(entry.fingerprint.value)
            payload.write(entry.size)
            payload.write(entry.modified)
        }
        var file = BinaryWriter()
        file.write(Self.formatVersion)
        file.write(BriefingVersion.current)
        file.write(ContentHash(payload.bytes).value)
        file.write(payload.bytes.count)
        let bytes = Self.magic + file.bytes + payload.bytes
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/cache.bin.\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, folder + "/cache.bin") != 0 { unlink(temporary) }
    }

    private func locked<T>(_ body: (inout Store) -> T) -> T {
        store.withLock { body(&$0) }
    }
}
