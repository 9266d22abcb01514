import Yams

/// Reads `Content/i18n/<language>.yml`: a flat YAML map from dotted keys to strings that overrides
/// and extends the built-in interface catalogue of that language (SPEC §10).
enum InterfaceCatalogueLoader {
    /// Loads the override file of every site language that has one and reports languages whose
    /// catalogue is incomplete (`missing-translation`). Files for other languages are ignored with a warning.
    static func loadAll(_ files: ContentFiles, languages: [String], fingerprint: inout ContentHash,
                        diagnostics: inout Diagnostics) -> [String: [String: String]] {
        var overrides: [String: [String: String]] = [:]
        var present: Set<String> = []
        var names: [String] = []
        switch files.listFolder("Content/i18n") {
        case .success(let listed): names = listed
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        case nil: break
        }
        for name in names where !name.hasPrefix(".") {
            let path = "Content/i18n/" + name
            guard let dot = name.lastIndex(of: "."), ["yml", "yaml"].contains(String(name[name.index(after: dot)...])) else {
                if !files.isDirectory(path) {
                    diagnostics.append(.warning("ignored-file", file: path, "ignored: interface catalogues are files named <language>.yml, e.g. ar.yml"))
                }
                continue
            }
            let language = String(name[..<dot])
            guard languages.contains(language) else {
                diagnostics.append(.warning("ignored-file", file: path,
                    "ignored: '\(language)' is not a language of this site (site.yml lists \(languages.map { "'\($0)'" }.joined(separator: ", ")))"))
                continue
            }
            switch files.read(path) {
            case .success(let source):
                fingerprint.combine(path)
                fingerprint.combine(source.bytes)
                present.insert(language)
                overrides[language] = load(source, diagnostics: &diagnostics)
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        for language in languages {
            let missing = InterfaceStrings(language: language, overrides: overrides[language] ?? [:]).missingKeys
            guard !missing.isEmpty else { continue }
            let file = present.contains(language) ? "Content/i18n/\(language).yml" : "Content/site.yml"
            let shown = missing.prefix(5).joined(separator: ", ") + (missing.count > 5 ? ", … (\(missing.count - 5) more)" : "")
            let builtin = BuiltinCatalogues.byLanguage[LanguageTag(language)?.language ?? ""] != nil
            diagnostics.append(.warning("missing-translation", file: file,
                "\(missing.count) interface \(missing.count == 1 ? "string has" : "strings have") no '\(language)' translation and \(missing.count == 1 ? "is" : "are") shown in English: \(shown). "
                + (builtin ? "Add \(missing.count == 1 ? "it" : "them") to Content/i18n/\(language).yml" : "briefing has no built-in '\(language)' catalogue; write Content/i18n/\(language).yml")
                + " (docs/i18n.md lists every key)"))
        }
        return overrides
    }

    /// The entries of one catalogue file; unknown keys are reported (`unknown-translation-key`) and dropped.
    static func load(_ source: SourceText, diagnostics: inout Diagnostics) -> [String: String] {
        let text = String(decoding: source.bytes, as: UTF8.self)
        guard let document = YAMLDocument.parse(text, file: source.path, firstLine: 1, diagnostics: &diagnostics),
              let root = document.root else { return [:] }
        var reader = YAMLReader(document)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard !reader.isNull(root), let mapping = reader.mapping(root, what: "an interface catalogue") else { return [:] }
        var entries: [String: String] = [:]
        let known = BuiltinCatalogues.english.keys
        for entry in mapping.entries {
            guard BuiltinCatalogues.isKnownKey(entry.key) else {
                reader.warning("unknown-translation-key", at: entry.keyNode,
                    "'\(entry.key)' is not an interface string key\(Suggestion.hint(for: entry.key, in: known)); docs/i18n.md lists every key")
                continue
            }
            guard case .scalar(let scalar) = entry.value, !reader.isNull(entry.value) else {
                reader.error("yaml-type", at: entry.value, "the translation of '\(entry.key)' must be text, found \(reader.describe(entry.value))")
                continue
            }
            entries[entry.key] = scalar.string
        }
        return entries
    }
}
