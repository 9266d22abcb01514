/// Which articles exist in which language, for per-language page sets, `hreflang` links and the
/// language switch (SPEC §10).
public struct TranslationIndex: Sendable {
    /// One language version of an article.
    public struct Version: Sendable {
        /// The language tag (the site's first language for `Site.articles`).
        public let language: String
        public let article: Article
    }

    /// The site's languages, the first built at the root.
    public let languages: [String]
    private let byKey: [String: [Version]]
    private let byLanguage: [String: [Article]]

    public init(_ site: Site) {
        let languages = site.config.siteLanguages
        self.languages = languages
        var byKey: [String: [Version]] = [:]
        var byLanguage: [String: [Article]] = [:]
        let primary = languages.first ?? site.config.language
        for article in site.articles + site.translations {
            let language = article.language ?? primary
            byKey[article.translationKey.isEmpty ? article.slug : article.translationKey, default: []].append(Version(language: language, article: article))
            byLanguage[language, default: []].append(article)
        }
        for key in byKey.keys {
            byKey[key]!.sort { (languages.firstIndex(of: $0.language) ?? .max) < (languages.firstIndex(of: $1.language) ?? .max) }
        }
        self.byKey = byKey
        self.byLanguage = byLanguage
    }

    /// Every language version of `article`, itself included, in the order of `languages`.
    public func versions(of article: Article) -> [Version] {
        byKey[article.translationKey.isEmpty ? article.slug : article.translationKey] ?? []
    }

    /// The articles of one language's page set, in file order: an article without a translation
    /// appears only in its own language.
    public func articles(in language: String) -> [Article] {
        byLanguage[language] ?? []
    }
}
