import Foundation

/// What the last successful build read and wrote (`build.rec` in the cache folder), so that a build whose inputs
/// did not change at all skips loading, rendering and writing: the output folder already holds its result.
///
/// The inputs are the stamps (path, size, modification and status-change times, inode) of every file under
/// `Content/` and `Templates/` (and the names of its folders and of links that cannot be followed), the day of
/// the build, the options that shape the output, the version of briefing and the stamp of the
/// running executable. A write to a file changes its status-change time (ctime), which no tool can set back, so
/// an edited file is always noticed — the same rule git's index uses. The output counts as intact when every file
/// in it has the size and modification time recorded after the write, and no file was added or removed.
struct BuildManifest: Equatable, Sendable {
    /// A file of the output folder as written: path relative to it, size in bytes, `changeStamp` of its times.
    struct OutputFile: Equatable, Sendable {
        var path: String
        var size: Int
        var modified: Int
    }

    /// What the last build knew of one article file, to tell a body-only edit (`BodyOnlyEdit`) from any other.
    struct ArticleState: Equatable, Sendable {
        /// `Article.contentHash`: the file's bytes.
        var content: ContentHash.Digest
        /// `BodyOnlyEdit.linkDigest`: everything of the article the other pages can read.
        var links: ContentHash.Digest
    }

    /// The stamps of every input (`inputs(of:)`), and of every input but the article Markdown files' contents.
    struct InputDigests: Equatable, Sendable {
        var all: ContentHash.Digest
        var other: ContentHash.Digest
    }

    var inputs: ContentHash.Digest
    var outputs: [OutputFile]
    var diagnostics: [Diagnostic]
    var pageCount: Int
    /// `InputDigests.other` of the build.
    var otherInputs: ContentHash.Digest
    /// Article file (`Article.file`) → its state, for every article of the build.
    var articles: [String: ArticleState] = [:]

    static let fileName = "build.rec"

    /// The digest of every input stamp and output-shaping option of `options`, and the same without the stamps of
    /// the article Markdown files (`Content/articles/**.md`; their paths stay in it, so adding or removing one
    /// changes it).
    static func inputs(of options: BuildOptions) -> InputDigests {
        var all = ContentHash()
        all.combine(BriefingVersion.current)
        all.combine(OutputFolderGuard.canonical(options.root))
        all.combine(options.includeDrafts ? 1 : 0)
        all.combine(options.strict ? 1 : 0)
        all.combine(options.baseURL ?? "\u{0}")
        all.combine(options.output.map(OutputFolderGuard.canonical) ?? "")
        var executable = stat()
        if stat("/proc/self/exe", &executable) == 0 {
            for number in [Int(executable.st_size), Int(executable.st_ino), Self.nanoseconds(executable.st_mtim)] { all.combine(number) }
        }
        var other = all
        // Every entry counts: a folder or a link that cannot be followed where a file is expected is an error.
        // Folders count by name only: an editor's save through a temporary file changes its folder's times.
        for folder in ["Content", "Templates"] {
            FileWalk.entries(under: options.root + "/" + folder) { path, info, kind in
                let relative = folder + "/" + path
                let name = relative + (kind == .folder ? "/" : kind == .unfollowableLink ? "\u{0}link" : "")
                all.combine(name)
                other.combine(name)
                guard kind != .folder else { return }
                let isArticle = kind == .file && relative.hasPrefix("Content/articles/") && relative.hasSuffix(".md")
                for number in [Int(info.st_size), Self.nanoseconds(info.st_mtim), Self.nanoseconds(info.st_ctim), Int(info.st_ino)] {
                    all.combine(number)
                    if !isArticle { other.combine(number) }
                }
            }
        }
        // `review_after` warns by the date of the build: another day may warn where this one did not.
        all.combine(options.today?.iso ?? "")
        return InputDigests(all: all.digest, other: other.digest)
    }

    /// The files just written into `folder` (paths relative to it), stamped, sorted by path: what `outputs(of:)`
    /// finds there as long as nothing else touched the folder, without reading its folders again.
    static func outputs(of folder: String, written paths: [String]) -> [OutputFile] {
        paths.sorted().compactMap { path in
            BuildCache.stamp(folder + "/" + path).map { OutputFile(path: path, size: $0.size, modified: $0.modified) }
        }
    }

    /// Every file of the output folder, sorted by path.
    static func outputs(of folder: String) -> [OutputFile] {
        var files: [OutputFile] = []
        FileWalk.files(under: folder) { path, info in
            files.append(OutputFile(path: path, size: Int(info.st_size), modified: changeStamp(info)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The modification and status-change times of a file (ns) in one number, for equality only: a write sets
    /// both, and a tool that sets the modification time back (`touch -r`) still moves the status-change time.
    static func changeStamp(_ info: stat) -> Int {
        nanoseconds(info.st_mtim) &* 1_000_003 &+ nanoseconds(info.st_ctim)
    }

    static func nanoseconds(_ time: timespec) -> Int {
        Int(time.tv_sec) &* 1_000_000_000 &+ Int(time.tv_nsec)
    }

    /// The manifest in `folder`, or nil when there is none or it cannot be trusted.
    static func load(folder: String) -> BuildManifest? {
        guard case .payload(let payload) = CacheRecordFile.read(folder + "/" + fileName) else { return nil }
        var reader = BinaryReader(payload)
        guard let manifest = try? reader.readManifest(), reader.isAtEnd else { return nil }
        return manifest
    }

    func save(folder: String) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var writer = BinaryWriter()
        writer.write(self)
        CacheRecordFile.write(writer.bytes, to: folder + "/" + Self.fileName)
    }

    static func remove(folder: String) {
        unlink(folder + "/" + fileName)
    }
}

extension BinaryWriter {
    mutating func write(_ manifest: BuildManifest) {
        write(manifest.inputs)
        write(manifest.otherInputs)
        write(manifest.pageCount)
        write(manifest.diagnostics)
        write(manifest.outputs.count)
        for file in manifest.outputs {
            write(file.path)
            write(file.size)
            write(file.modified)
        }
        write(manifest.articles.count)
        for path in manifest.articles.keys.sorted() {
            write(path)
            write(manifest.articles[path]!.content)
            write(manifest.articles[path]!.links)
        }
    }
}

extension BinaryReader {
    mutating func readManifest() throws -> BuildManifest {
        let inputs = try readDigest()
        let otherInputs = try readDigest()
        let pageCount = try readInt()
        let diagnostics = try readDiagnostics()
        let outputs = try (0..<readCount()).map { _ in
            BuildManifest.OutputFile(path: try readString(), size: try readInt(), modified: try readInt())
        }
        var articles: [String: BuildManifest.ArticleState] = [:]
        for _ in 0..<(try readCount()) {
            let path = try readString()
            articles[path] = BuildManifest.ArticleState(content: try readDigest(), links: try readDigest())
        }
        return BuildManifest(inputs: inputs, outputs: outputs, diagnostics: diagnostics, pageCount: pageCount,
                             otherInputs: otherInputs, articles: articles)
    }
}
