/// What a rendered article body gives the rest of the site besides its own page: the things it links to, in order
/// (`alliance:`, `country:`, `article:`, `impact:`, `role:` links), the sources it cites, its `#fragment` links and,
/// when some body links to a fragment of its page, the ids it defines. Two bodies with equal references leave the
/// linked site, the anchor check and every other page the same; only the article's own page differs. Positions
/// are left out: they only place diagnostics.
struct BodyReferences: Equatable {
    struct CrossLink: Equatable {
        var kind: ReferenceKind
        var id: String
        var isInline: Bool
    }

    struct Fragment: Equatable {
        var page: String
        var fragment: String
        var targetDescription: String
    }

    var crossLinks: [CrossLink]
    var citedSources: [String]
    var fragments: [Fragment]
    /// Values of the body's `id="…"` attributes (headings, footnotes, citations, charts); nil when not asked for.
    var ids: Set<String>?

    /// `withIDs`: whether the body's page is the target of a `#fragment` link, so that its ids matter.
    init(_ body: ArticleBody, withIDs: Bool) {
        crossLinks = body.crossLinks.map { CrossLink(kind: $0.kind, id: $0.id, isInline: $0.isInline) }
        citedSources = body.citedSources
        fragments = body.fragmentLinks.map { Fragment(page: $0.page, fragment: $0.fragment, targetDescription: $0.targetDescription) }
        ids = withIDs ? AnchorCheck.ids(in: Array(body.html.utf8)) : nil
    }

    /// Adds the references (without `ids`) to `hash`, each list with its length, for a digest kept between builds.
    func combine(into hash: inout ContentHash) {
        hash.combine(crossLinks.count)
        for link in crossLinks {
            hash.combine(link.kind.rawValue)
            hash.combine(link.id)
            hash.combine(link.isInline ? 1 : 0)
        }
        hash.combine(citedSources.count)
        for source in citedSources { hash.combine(source) }
        hash.combine(fragments.count)
        for fragment in fragments {
            hash.combine(fragment.page)
            hash.combine(fragment.fragment)
            hash.combine(fragment.targetDescription)
        }
    }
}
