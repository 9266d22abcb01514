/// The language part of an article's file name: `overview.ar.md` is the `ar` translation of `overview.md` (SPEC §10).
struct ArticleFileName {
    /// The name without language and extension: `overview`.
    let base: String
    /// The language tag after the last dot of the stem, when it has the shape of one: `ar`, `pt-BR`.
    let language: String?

    /// Splits a file name without its extension. Only a lower-case 2–3 letter language with optional
    /// script and region subtags counts as a language (`ar`, `zh-Hant`, `pt-BR`), so `notes.v2` is not split.
    init(stem: String) {
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex {
            let suffix = String(stem[stem.index(after: dot)...])
            let primary = suffix.split(separator: "-", omittingEmptySubsequences: false).first ?? ""
            if (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLowercase }), LanguageTag(suffix) != nil {
                base = String(stem[..<dot])
                language = suffix
                return
            }
        }
        base = stem
        language = nil
    }
}

/// Places loaded articles into the site's languages.
enum ArticleLanguage {
    /// Sets `language` (nil for the first language) and `translationKey` of `article` loaded from a
    /// file named `name`; nil, with warning `unlisted-language`, when its language is not one of `languages`.
    static func assign(_ article: Article, name: ArticleFileName, languages: [String], diagnostics: inout Diagnostics) -> Article? {
        var article = article
        article.translationKey = name.base
        guard let language = name.language, language != languages.first else {
            article.language = nil
            return article
        }
        guard languages.contains(language) else {
            let listed = languages.map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.append(.warning("unlisted-language", file: article.file,
                "this is the '\(language)' translation of '\(name.base)', but site.yml does not list '\(language)' (the site's languages: \(listed)); it is not built. Add it to 'languages:' in site.yml, or rename the file"))
            return nil
        }
        article.language = language
        return article
    }
}
