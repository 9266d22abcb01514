extension ViewBuilder {
    /// The pages of `builder`'s language from `linked`, a linked site that differs from `builder`'s only in article
    /// bodies (`ArticleRefresh`): the shapes, list fragments and charts, which read no body, are kept rather than
    /// built again.
    init(_ builder: ViewBuilder, bodiesFrom linked: LinkedSite) {
        edition = LanguageEdition(interface: builder.edition.interface, prefix: builder.edition.prefix, linked: linked,
                                  languages: builder.edition.languages, translations: builder.edition.translations)
        self.linked = linked
        catalog = builder.catalog
        chromes = builder.chromes
        stylesheet = builder.stylesheet
        charts = builder.charts
    }
}
