/// The sources of `Content/sources.yml`, by id (SPEC §9). Empty when the file does not exist.
public struct SourceCatalog: Sendable {
    /// In id order.
    public private(set) var sources: [Source] = []
    private var indexByID: [String: Int] = [:]
    /// Ids of entries that are in the file but failed to load, and whether the file as a whole could not be read:
    /// references to those are not reported again.
    public var brokenIDs: Set<String> = []
    public var fileFailed = false

    public static let empty = SourceCatalog()

    /// Whether a reference to `id` must not be reported, as its entry was already reported as broken.
    public func isBroken(_ id: String) -> Bool { fileFailed || brokenIDs.contains(id) }

    public init(_ sources: [Source] = []) {
        self.sources = sources.sorted { ($0.id ?? "") < ($1.id ?? "") }
        for (index, source) in self.sources.enumerated() {
            if let id = source.id { indexByID[id] = index }
        }
    }

    public subscript(id: String) -> Source? {
        indexByID[id].map { sources[$0] }
    }

    public var ids: [String] { sources.compactMap(\.id) }

    public var isEmpty: Bool { sources.isEmpty }

    /// Hash of every field of every source, for caches of output that shows them.
    public var fingerprint: ContentHash {
        var hash = ContentHash()
        for source in sources {
            for text in [source.id ?? "", source.title, source.url ?? "", source.publisher ?? "",
                         source.published?.iso ?? "", source.accessed?.iso ?? "", source.archiveURL ?? ""] {
                hash.combine(text)
            }
        }
        return hash
    }
}
