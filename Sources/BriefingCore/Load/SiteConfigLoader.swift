import Foundation
import Yams

/// Reads `Content/site.yml`.
enum SiteConfigLoader {
    static let fields = ["title", "description", "base_url", "language", "taxonomies", "unsafe_html", "smart_punctuation",
                         "review_after", "paginate", "single_file", "diagnostics"] + languageFields

    static func load(_ source: SourceText, diagnostics: inout Diagnostics) -> SiteConfig? {
        let text = String(decoding: source.bytes, as: UTF8.self)
        if let mixed = LineEndings.loneCarriageReturn(in: source) { diagnostics.append(mixed) }
        guard let document = YAMLDocument.parse(text, file: source.path, firstLine: 1, diagnostics: &diagnostics) else { return nil }
        guard let root = document.root else {
            diagnostics.append(.error("missing-field", file: source.path, "site.yml is empty; it needs at least 'title:'"))
            return nil
        }
        var reader = YAMLReader(document)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let mapping = reader.mapping(root, what: "site.yml") else { return nil }
        reader.rejectUnknownKeys(mapping, allowed: fields, what: "site.yml")

        let title = reader.string(mapping, "title", required: true, what: "site.yml", text: true)
        var config = SiteConfig(title: title ?? "")
        config.description = reader.string(mapping, "description", what: "site.yml", text: true) ?? ""
        if let node = mapping["base_url"], case .scalar(let scalar) = node, !reader.isNull(node) {
            switch BaseURL.validate(scalar.string) {
            case .success(let url): config.baseURL = url
            case .failure(let problem):
                let at = problem.index.map { reader.document.location(ofScalar: $0, in: node) } ?? reader.location(node)
                reader.diagnostics.append(.error("invalid-base-url", file: reader.file, at: at, "base_url '\(scalar.string)' \(problem.reason)"))
            }
        } else if let node = mapping["base_url"], !reader.isNull(node) {
            reader.error("invalid-base-url", at: node, "base_url must be a URL such as https://example.org/briefing/, found \(reader.describe(node))")
        }
        if let node = mapping["diagnostics"], !reader.isNull(node) {
            config.diagnosticLevels = DiagnosticLevel.read(node, reader: &reader)
        }
        if let language = reader.string(mapping, "language", what: "site.yml") {
            if isPlausibleLanguageTag(language) {
                config.language = language
            } else if let node = mapping["language"] {
                let hint = language.contains("_") ? "; write '\(language.replacingOccurrences(of: "_", with: "-"))'" : ""
                reader.error("invalid-language", at: node, "language '\(language)' is not a BCP 47 language tag such as 'en' or 'fr-CA'\(hint)")
            }
        }
        loadLanguageSettings(mapping, into: &config, reader: &reader)
        config.unsafeHTML = reader.bool(mapping, "unsafe_html") ?? false
        config.smartPunctuation = reader.bool(mapping, "smart_punctuation") ?? false
        if let node = mapping["review_after"], !reader.isNull(node) {
            if case .scalar(let scalar) = node, let days = Int(scalar.string), days > 0 {
                config.reviewAfterDays = days
            } else {
                reader.error("invalid-value", at: node, "review_after must be a whole number of days greater than zero, such as 365, found \(reader.describe(node))")
            }
        }
        if let taxonomiesNode = mapping["taxonomies"], !reader.isNull(taxonomiesNode),
           let taxonomies = reader.mapping(taxonomiesNode, what: "'taxonomies'") {
            reader.rejectUnknownKeys(taxonomies, allowed: Taxonomy.allCases.map(\.rawValue), what: "'taxonomies'")
            config.impacts = terms(of: .impacts, in: taxonomies, reader: &reader)
            config.roles = terms(of: .roles, in: taxonomies, reader: &reader)
        }
        ListSettingsReader.read(mapping, into: &config, reader: &reader)
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
                let title = reader.checkedText(scalar.string, node: entry.value, key: "title")
                terms.append(TaxonomyTerm(taxonomy: taxonomy, id: entry.key, title: title.isEmpty ? entry.key : title, description: ""))
                continue
            }
            guard let term = reader.mapping(entry.value, what: "the \(taxonomy.singular) '\(entry.key)'") else { continue }
            reader.rejectUnknownKeys(term, allowed: ["title", "description"], what: "the \(taxonomy.singular) '\(entry.key)'")
            let title = reader.string(term, "title", required: true, what: "the \(taxonomy.singular) '\(entry.key)'", text: true) ?? entry.key
            let description = reader.string(term, "description", what: "", text: true) ?? ""
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

    /// A valid id close to `text`, for error messages: `Slug.make(from:)`, the rule `briefing new` names files by
    /// (`Türkiye` → `turkiye`), or `my-id` when nothing of `text` can be written in ASCII.
    static func suggestedID(_ text: String) -> String {
        let slug = Slug.make(from: text)
        return slug.isEmpty ? "my-id" : slug
    }
}
