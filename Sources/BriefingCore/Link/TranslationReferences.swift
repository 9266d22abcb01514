/// Checks the references of articles in the site's other languages (`Site.translations`), which the
/// link stage proper does not see yet: their front matter ids and `alliance:`/`country:`/… links must
/// name things that exist, exactly as in the first language (SPEC §10).
public enum TranslationReferences {
    /// Reports unknown references and Markdown problems of every translation; returns their bodies,
    /// in the order of `site.translations`, for the per-language pages.
    @discardableResult
    public static func check(_ site: Site, renderer: ArticleBodyRenderer, diagnostics: inout Diagnostics) -> [ArticleBody] {
        guard !site.translations.isEmpty else { return [] }
        let targets = Targets(site)
        var bodies: [ArticleBody] = []
        let interfaces = Dictionary(InterfaceLanguage.all(for: site).map { ($0.tag, $0) }, uniquingKeysWith: { first, _ in first })
        for article in site.translations {
            // The Sources list of a translation speaks its language.
            var renderer = renderer
            if let language = article.language, let interface = interfaces[language] { renderer.sourcesStrings = SourcesListStrings(interface) }
            let body = renderer.render(article)
            for reference in ReferenceResolver.frontMatterReferences(article) + body.crossLinks {
                _ = targets.check(reference, field: reference.isInline ? nil : reference.kind.frontMatterField, diagnostics: &diagnostics)
            }
            diagnostics.append(contentsOf: body.diagnostics)
            bodies.append(body)
        }
        return bodies
    }
}
