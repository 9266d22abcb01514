import Yams

extension YAMLReader {
    /// A map from language tags to text, such as `names: {ar: باكستان, fa: پاکستان}` (SPEC §10);
    /// empty when absent. A key that is not a language tag is an `invalid-language` error.
    mutating func languageMap(_ mapping: YAMLMapping, _ key: String, what: String) -> [String: String] {
        guard let node = mapping[key], !isNull(node), let entries = self.mapping(node, what: "'\(key)' of \(what)") else { return [:] }
        var result: [String: String] = [:]
        for entry in entries.entries {
            guard LanguageTag(entry.key) != nil else {
                error("invalid-language", at: entry.keyNode, "'\(entry.key)' in '\(key)' is not a BCP 47 language tag such as 'ar' or 'fa'")
                continue
            }
            guard case .scalar(let scalar) = entry.value, !isNull(entry.value) else {
                error("yaml-type", at: entry.value, "'\(key).\(entry.key)' must be text, found \(describe(entry.value))")
                continue
            }
            result[entry.key] = scalar.string
        }
        return result
    }
}
