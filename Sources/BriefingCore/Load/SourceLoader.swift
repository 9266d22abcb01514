import Yams

/// Reads `Content/sources.yml` (a map from source id to `{title, url, publisher, published, accessed, archive_url}`)
/// and the source fields of an inline alliance source (SPEC §9). Every bad field is an error at its value.
enum SourceLoader {
    static let fields = ["title", "url", "publisher", "published", "accessed", "archive_url"]

    static func load(_ source: SourceText, diagnostics: inout Diagnostics) -> SourceCatalog {
        let text = String(decoding: source.bytes, as: UTF8.self)
        var failed = SourceCatalog.empty
        failed.fileFailed = true
        guard let document = YAMLDocument.parse(text, file: source.path, firstLine: 1, diagnostics: &diagnostics) else { return failed }
        guard let root = document.root else { return .empty }
        var reader = YAMLReader(document)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let mapping = reader.mapping(root, what: "sources.yml") else { return failed }
        var sources: [Source] = []
        var broken: Set<String> = []
        for entry in mapping.entries {
            broken.insert(entry.key)
            guard Identifier.isValidID(entry.key) else {
                reader.error("invalid-id", at: entry.keyNode,
                             "'\(entry.key)' is not a valid source id; ids use lower-case letters, digits and '-' (e.g. '\(SiteConfigLoader.suggestedID(entry.key))')")
                continue
            }
            let what = "the source '\(entry.key)'"
            guard let fields = reader.mapping(entry.value, what: what) else { continue }
            guard var source = read(fields, reader: &reader, what: what) else { continue }
            source.id = entry.key
            source.location = reader.location(entry.keyNode)
            sources.append(source)
            broken.remove(entry.key)
        }
        var catalog = SourceCatalog(sources)
        catalog.brokenIDs = broken
        return catalog
    }

    /// The source described by `fields`; nil (with an error) when it has no title.
    static func read(_ fields: YAMLMapping, reader: inout YAMLReader, what: String) -> Source? {
        reader.rejectUnknownKeys(fields, allowed: Self.fields, what: what)
        let title = reader.string(fields, "title", required: true, what: what, text: true)
        let url = self.url(fields, "url", reader: &reader, title: title)
        let archiveURL = self.url(fields, "archive_url", reader: &reader, title: title)
        let publisher = reader.string(fields, "publisher", what: what)
        let published = reader.date(fields, "published", requireDay: false, what: what)
        let accessed = reader.date(fields, "accessed", requireDay: false, what: what)
        if let published, let accessed, accessed < published, let node = fields["accessed"] {
            reader.error("date-order", at: node, "'accessed' (\(accessed.iso)) is before 'published' (\(published.iso))")
        }
        guard let title else { return nil }
        return Source(title: title, url: url, publisher: publisher, published: published, accessed: accessed,
                      archiveURL: archiveURL, file: reader.file, location: reader.location(fields.node))
    }

    private static func url(_ fields: YAMLMapping, _ key: String, reader: inout YAMLReader, title: String?) -> String? {
        guard let given = reader.string(fields, key, what: "a source"), let node = fields[key] else { return nil }
        if given.trimmingCharacters(in: .whitespaces).isEmpty {
            reader.warning("empty-url", at: node, "the source '\(title ?? "")' has an empty \(key); remove '\(key)' or fill it in")
            return nil
        }
        guard SiteConfigLoader.isAbsoluteWebURL(given) else {
            reader.error("invalid-url", at: node, "source \(key) '\(given)' must be an absolute http:// or https:// URL")
            return nil
        }
        return given
    }
}
