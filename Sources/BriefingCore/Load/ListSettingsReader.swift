import Yams

/// Reads the list settings of `site.yml` (SPEC §12): `paginate` and `single_file`, each problem at its value.
enum ListSettingsReader {
    static let singleFileForms = ["articles", "latest", "impacts"]

    /// Sets `config.paginate` and `config.singleFile` from `mapping`; taxonomies must already be in `config`.
    static func read(_ mapping: YAMLMapping, into config: inout SiteConfig, reader: inout YAMLReader) {
        if let node = mapping["paginate"], !reader.isNull(node) {
            if let count = positiveInteger(node) {
                config.paginate = count
            } else {
                reader.error("invalid-value", at: node, "'paginate' must be a positive whole number of articles per page (default 50), found \(reader.describe(node))")
            }
        }
        if let node = mapping["single_file"], !reader.isNull(node), let selection = singleFile(node, config: config, reader: &reader) {
            config.singleFile = selection
        }
    }

    private static func singleFile(_ node: Node, config: SiteConfig, reader: inout YAMLReader) -> SingleFileSelection? {
        let usage = "write 'single_file: false', or one of 'articles: all', 'latest: N', 'impacts: [id, …]' under 'single_file:'"
        if case .scalar = node {
            switch node.scalar?.string {
            case "false", "False", "FALSE", "no", "off": return .off
            case "true", "True", "TRUE", "yes", "on": return .all
            default:
                reader.error("invalid-value", at: node, "'single_file' cannot be \(reader.describe(node)); \(usage)")
                return nil
            }
        }
        guard let fields = reader.mapping(node, what: "'single_file'") else { return nil }
        reader.rejectUnknownKeys(fields, allowed: singleFileForms, what: "'single_file'")
        let given = fields.entries.filter { singleFileForms.contains($0.key) }
        guard let entry = given.first else {
            if fields.entries.isEmpty { reader.error("invalid-value", at: node, "'single_file' says nothing to include; \(usage)") }
            return nil
        }
        if given.count > 1 {
            reader.error("invalid-value", at: given[1].keyNode, "'single_file' takes one of 'articles', 'latest' and 'impacts', not several")
            return nil
        }
        switch entry.key {
        case "articles":
            guard entry.value.scalar?.string == "all" else {
                reader.error("invalid-value", at: entry.value, "'articles' under 'single_file' can only be 'all', found \(reader.describe(entry.value)); use 'latest: N' for the newest N")
                return nil
            }
            return .all
        case "latest":
            guard let count = positiveInteger(entry.value) else {
                reader.error("invalid-value", at: entry.value, "'latest' under 'single_file' must be a positive whole number of articles, found \(reader.describe(entry.value))")
                return nil
            }
            return .latest(count)
        default:
            let items = reader.stringList(entry.value, key: "impacts")
            let known = config.impacts.map(\.id)
            var ids: [String] = []
            var unknown = false
            for item in items {
                guard known.contains(item.value) else {
                    unknown = true
                    let hint = Suggestion.hint(for: item.value, in: known)
                    reader.diagnostics.append(.error("unknown-reference", file: reader.file, at: item.location,
                        "unknown impact '\(item.value)' in 'single_file'\(hint.isEmpty ? "; declare it under taxonomies.impacts" : hint)"))
                    continue
                }
                if !ids.contains(item.value) { ids.append(item.value) }
            }
            if items.isEmpty {
                reader.error("invalid-value", at: entry.value, "'impacts' under 'single_file' must list at least one impact id")
                return nil
            }
            return unknown ? nil : .impacts(ids)
        }
    }

    private static func positiveInteger(_ node: Node) -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string), value > 0 else { return nil }
        return value
    }
}
