import Foundation
import Yams

/// Reads `Content/site.yml`.
enum SiteConfigLoader {
    static let fields = ["title", "description", "base_url", "language", "taxonomies", "unsafe_html", "smart_punctuation"] + languageFields

    static func load(_ source: SourceText, diagnostics: inout Diagnostics) -> SiteConfig? {
        let text = String(decoding: source.bytes, as: UTF8.self)
        guard let document = YAMLDocument.parse(text, file: source.path, firstLine: 1, diagnostics: &diagnostics) else { return nil }
        guard let root = document.root else {
            diagnostics.append(.error("missing-field", file: source.path, "site.yml is empty; it needs at least 'title:'"))
            return nil
        }
        var reader = YAMLReader(document)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let mapping = reader.mapping(root, what: "site.yml") else { return nil }
        reader.rejectUnknownKeys(mapping, allowed: fields, what: "site.yml")

        let title = reader.string(mapping, "title", required: true, what: "site.yml")
        var config = SiteConfig(title: title ?? "")
        config.description = reader.string(mapping, "description", what: "site.yml") ?? ""
        if let baseURL = reader.string(mapping, "base_url", what: "site.yml") {
            if isAbsoluteWebURL(baseURL) {
                config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            } else if let node = mapping["base_url"] {
                reader.error("invalid-url", at: node, "base_url '\(baseURL)' must be an absolute http:// or https:// URL")
            }
        }
        if let language = reader.string(mapping, "language", what: "site.yml") {
            if isPlausibleLanguageTag(language) {
                config.language = language
            } else if let node = mapping["language"] {
                reader.error("invalid-language", at: node, "language '\(language)' is not a BCP 47 language tag such as 'en' or 'fr-CA'")
            }
        }
        loadLanguageSettings(mapping, into: &config, reader: &reader)
        config.unsafeHTML = reader.bool(mapping, "unsafe_html") ?? false
        config.smartPunctuation = reader.bool(mapping, "smart_punctuation") ?? false
        if let taxonomiesNode = mapping["taxonomies"], !reader.isNull(taxonomiesNode),
           let taxonomies = reader.mapping(taxonomiesNode, what: "'taxonomies'") {
            reader.rejectUnknownKeys(taxonomies, allowed: Taxonomy.allCases.map(\.rawValue), what: "'taxonomies'")
            config.impacts = terms(of: .impacts, in: taxonomies, reader: &reader)
            config.roles = terms(of: .roles, in: taxonomies, reader: &reader)
        }
        return title == nil ? nil : config
    }

    private static func terms(of taxonomy: Taxonomy, in taxonomies: YAMLMapping, reader: inout YAMLReader) -> [TaxonomyTerm] {
        guard let node = taxonomies[taxonomy.rawValue], !reader.isNull(node),
              let mapping = reader.mapping(node, what: "'taxonomies.\(taxonomy.rawValue)'") else { return [] }
        var terms: [TaxonomyTerm] = []
        for entry in mapping.entries {
            guard Identifier.isValidID(entry.key) else {
                reader.error("invalid-id", at: entry.keyNode, "'\(entry.key)' is not a valid \(taxonomy.singular) id; ids use lower-case letters, digits and '-' (e.g. '\(suggestedID(entry.key))')")
                continue
            }
            if case .scalar(let scalar) = entry.value {
                terms.append(TaxonomyTerm(taxonomy: taxonomy, id: entry.key, title: scalar.string.isEmpty ? entry.key : scalar.string, description: ""))
                continue
            }
            guard let term = reader.mapping(entry.value, what: "the \(taxonomy.singular) '\(entry.key)'") else { continue }
            reader.rejectUnknownKeys(term, allowed: ["title", "description"], what: "the \(taxonomy.singular) '\(entry.key)'")
            let title = reader.string(term, "title", required: true, what: "the \(taxonomy.singular) '\(entry.key)'") ?? entry.key
            let description = reader.string(term, "description", what: "") ?? ""
            terms.append(TaxonomyTerm(taxonomy: taxonomy, id: entry.key, title: title, description: description))
        }
        return terms
    }

    static func isAbsoluteWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty else { return false }
        return true
    }

    private static func isPlausibleLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// A valid id close to `text`, for error messages.
    static func suggestedID(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "my-id" : result
    }
}
