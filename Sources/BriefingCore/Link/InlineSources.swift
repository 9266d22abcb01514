/// The distinct sources written inline in alliance files (SPEC §9), each with its entry on the sources page and the
/// alliances giving it. Two inline sources are the same when every field a reader sees is equal.
public struct InlineSources: Sendable {
    /// One distinct inline source.
    public struct Entry: Sendable {
        public var source: Source
        /// `alliance-<id>.<n>`: the first alliance (by name) giving it and its 1-based position in that alliance's
        /// `sources`. The `.` keeps it apart from every id of `Content/sources.yml`, which cannot contain one.
        public var anchor: String
        /// Indices into `site.alliances`, by name.
        public var alliances: [Int]
    }

    /// In order of first appearance, alliances by name.
    public private(set) var entries: [Entry] = []
    private var indexByKey: [Key: Int] = [:]

    public init() {}

    struct Key: Hashable {
        var texts: [String]

        init(_ source: Source) {
            texts = [source.title, source.url ?? "", source.publisher ?? "", source.published?.iso ?? "",
                     source.accessed?.iso ?? "", source.archiveURL ?? ""]
        }
    }

    /// Records `source`, at 1-based `position` in the `sources` of the alliance `allianceIndex` (id `allianceID`).
    mutating func add(_ source: Source, alliance allianceIndex: Int, allianceID: String, position: Int) {
        let key = Key(source)
        if let index = indexByKey[key] {
            if entries[index].alliances.last != allianceIndex { entries[index].alliances.append(allianceIndex) }
            return
        }
        indexByKey[key] = entries.count
        entries.append(Entry(source: source, anchor: "alliance-\(allianceID).\(position)", alliances: [allianceIndex]))
    }

    /// The anchor of `source` on the sources page: its id for an entry of `Content/sources.yml`, else the anchor of
    /// the matching inline entry (empty when there is none).
    public func anchor(of source: Source) -> String {
        if let id = source.id { return id }
        return indexByKey[Key(source)].map { entries[$0].anchor } ?? ""
    }
}
