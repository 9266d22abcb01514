extension ViewBuilder {
    /// `sources/index.html`: the entries of `Content/sources.yml` by id, then the distinct inline alliance sources,
    /// each with the anchor pages link to (`SitePaths.source(_:)`) and the articles and alliances using it. Written
    /// for every site, so the footer link always works; a site without sources gets a page saying so.
    func sourceList() -> Page {
        let path = SitePaths.sources
        let values = catalog.level(for: path)
        let catalogued = site.sources.sources.map { source -> SourceEntryView in
            let uses = source.id.flatMap { linked.sourceUses[$0] } ?? SourceUses()
            return SourceEntryView(source: Self.source(source, in: linked), articles: values.articles(uses.articles),
                                   alliances: values.alliances(uses.alliances), isUsed: !uses.isEmpty)
        }
        let inline = linked.inlineSources.entries.map { entry in
            SourceEntryView(source: SourceView(entry.source, anchor: entry.anchor), articles: [],
                            alliances: values.alliances(entry.alliances), isUsed: true)
        }
        let view = SourceListPageView(
            frame: frame(path, kind: "source-list", title: text("title.sources"),
                         description: text("description.sources", ["site": site.config.title]), section: nil),
            sources: catalogued, inlineSources: inline, sourceCount: catalogued.count + inline.count)
        return Page(path: output(path), template: "source-list", view: view)
    }
}
