import Foundation

/// One language's build of the site (SPEC §10): its interface, the folder it is written under, and the site as
/// that language sees it — the first language's articles at the root, each other language's translations (and
/// articles written only in it) under `<lang>/`, with every alliance, country and term page in each.
public struct LanguageEdition: Sendable {
    public let interface: InterfaceLanguage
    /// `""` for the site's first language, `"<lang>/"` for each other one.
    public let prefix: String
    /// The site with `articles` replaced by this language's articles, linked again; for a language other than the
    /// first, `config.language` is its tag and `config.baseURL` (when set) ends in `<lang>/`.
    public let linked: LinkedSite
    /// Every language of the site in order (the first at the root), for the language switch.
    public let languages: [InterfaceLanguage]
    public let translations: TranslationIndex

    /// The editions of `linked.site`, one per language of `site.yml`, the first language's first.
    /// The other languages' articles are linked again with their bodies (`LinkedSite.translationBodies`); their
    /// reference problems were reported by `TranslationReferences.check`, so the diagnostics of that linking are dropped.
    public static func all(_ linked: LinkedSite, jobs: Int = 1) -> [LanguageEdition] {
        let interfaces = InterfaceLanguage.all(for: linked.site)
        let index = TranslationIndex(linked.site)
        guard interfaces.count > 1 else {
            let interface = interfaces.first ?? InterfaceLanguage(tag: linked.site.config.language, siteDirection: linked.site.config.direction,
                                                                   calendars: linked.site.config.calendars)
            return [LanguageEdition(interface: interface, prefix: "", linked: linked, languages: [], translations: index)]
        }
        var bodyByFile: [String: ArticleBody] = [:]
        for (article, body) in zip(linked.site.translations, linked.translationBodies) { bodyByFile[article.file] = body }
        return interfaces.enumerated().map { position, interface in
            guard position > 0 else {
                return LanguageEdition(interface: interface, prefix: "", linked: linked, languages: interfaces, translations: index)
            }
            var site = linked.site
            site.articles = index.articles(in: interface.tag)
            // The folder is this language's site: its feed, single file and 404 page are addressed under it.
            site.config.language = interface.tag
            site.config.baseURL = site.config.baseURL.map { $0 + interface.tag + "/" }
            let own = Set(site.articles.map(\.slug))
            let elsewhere = linked.site.articles.map(\.slug).filter { !own.contains($0) }
            let bodies = site.articles.map { article in
                var body = bodyByFile[article.file] ?? ArticleBody(html: "", toc: [], plainText: "", crossLinks: [], diagnostics: [])
                body.html = Self.linkingUp(body.html, to: elsewhere, prefix: interface.tag + "/")
                return body
            }
            var ignored = Diagnostics()
            let edition = ReferenceResolver.link(site, bodies: bodies, jobs: jobs, diagnostics: &ignored)
            return LanguageEdition(interface: interface, prefix: interface.tag + "/", linked: edition, languages: interfaces, translations: index)
        }
    }

    /// The first language's edition alone (the site as linked, at the root), without linking the other languages.
    public static func primary(_ linked: LinkedSite) -> LanguageEdition {
        let interfaces = InterfaceLanguage.all(for: linked.site)
        let interface = interfaces.first ?? InterfaceLanguage(tag: linked.site.config.language, siteDirection: linked.site.config.direction,
                                                               calendars: linked.site.config.calendars)
        return LanguageEdition(interface: interface, prefix: "", linked: linked, languages: interfaces.count > 1 ? interfaces : [],
                               translations: TranslationIndex(linked.site))
    }

    /// `html` of an article page under `prefix` with its links to the articles `slugs` (which have no version in
    /// this language) leading to the first language's pages: `../../articles/<slug>/` → `../../../articles/<slug>/`.
    static func linkingUp(_ html: String, to slugs: [String], prefix: String) -> String {
        guard !slugs.isEmpty, html.contains("href=\"../../articles/") else { return html }
        let up = SitePaths.root(from: prefix)
        var html = html
        for slug in slugs {
            html = html.replacingOccurrences(of: "href=\"../../articles/\(slug)/", with: "href=\"../../\(up)articles/\(slug)/")
        }
        return html
    }

    /// The language's name in itself (`English`, `العربية`, `اردو`), from CLDR; the tag when CLDR has none.
    public static func autonym(_ tag: String) -> String {
        let locale = Locale(identifier: tag)
        guard let name = locale.localizedString(forIdentifier: tag), !name.isEmpty else { return tag }
        return name.prefix(1).uppercased(with: locale) + name.dropFirst()
    }
}
