/// The link stage for sources (SPEC §9): resolves alliances' `{ref: id}` sources against `Content/sources.yml`,
/// records which articles and alliances use each source (and the distinct inline sources), and warns about sources nothing uses.
enum SourceLinker {
    /// Replaces `linked.site.alliances[i].sources` with every entry resolved, in the order written, and fills
    /// `linked.sourceUses`. An unknown `ref` is error `unknown-source` at its value; a source of `sources.yml` used by
    /// no article and no alliance is warning `unused-source` at its id.
    static func link(_ linked: inout LinkedSite, diagnostics: inout Diagnostics) {
        let catalog = linked.site.sources
        var uses: [String: SourceUses] = [:]
        for index in linked.alliancesByName {
            let alliance = linked.site.alliances[index]
            var resolved: [Source] = []
            for (position, entry) in alliance.sourceEntries.enumerated() {
                switch entry {
                case .inline(let source):
                    resolved.append(source)
                    linked.inlineSources.add(source, alliance: index, allianceID: alliance.id, position: position + 1)
                case .reference(let id):
                    guard let source = catalog[id.value] else {
                        if let problem = CitationRenderer.unknownSource(id.value, catalog: catalog, file: alliance.file, at: id.location, what: "in 'ref'") {
                            diagnostics.append(problem)
                        }
                        continue
                    }
                    resolved.append(source)
                    if uses[id.value, default: SourceUses()].alliances.last != index {
                        uses[id.value, default: SourceUses()].alliances.append(index)
                    }
                }
            }
            linked.site.alliances[index].sources = resolved
        }
        for index in linked.articlesNewestFirst {
            var ids = linked.bodies[index].citedSources
            for item in linked.site.articles[index].furtherReading where catalog[item.value] != nil && !ids.contains(item.value) {
                ids.append(item.value)
            }
            for id in ids { uses[id, default: SourceUses()].articles.append(index) }
        }
        linked.sourceUses = uses
        for source in catalog.sources {
            guard let id = source.id, uses[id] == nil, !linked.site.sourcesUsedByDrafts.contains(id) else { continue }
            diagnostics.append(.warning("unused-source", file: source.file, at: source.location,
                "no article cites the source '\(id)' and no alliance refers to it; cite it with [text](cite:\(id)), list it in an article's 'sources', or remove it"))
        }
    }
}
