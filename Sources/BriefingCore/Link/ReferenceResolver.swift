/// The link stage: checks every reference against the site's ids and builds the backlink indexes.
public enum ReferenceResolver {
    /// `jobs`: how many threads may compute related articles (the `--jobs` of the run; 1 runs everything on the caller's).
    public static func link(_ site: Site, bodies: [ArticleBody], jobs: Int = 1, diagnostics: inout Diagnostics) -> LinkedSite {
        let targets = Targets(site)
        for alliance in site.alliances {
            for member in alliance.members {
                targets.check(Reference(kind: .country, id: member.country.value, file: member.file ?? alliance.file, location: member.country.location, isInline: false),
                              field: member.file == nil ? "members" : "country", diagnostics: &diagnostics)
            }
            for (kind, list, field) in [(ReferenceKind.role, alliance.roles, "roles"), (.impact, alliance.impacts, "impacts")] {
                for item in list {
                    targets.check(Reference(kind: kind, id: item.value, file: alliance.file, location: item.location, isInline: false),
                                  field: field, diagnostics: &diagnostics)
                }
            }
        }

        var referencesOfArticle: [[ReferenceKind: [String]]] = []
        referencesOfArticle.reserveCapacity(site.articles.count)
        for (index, article) in site.articles.enumerated() {
            var references = frontMatterReferences(article)
            references.append(contentsOf: bodies[index].crossLinks.map {
                Targets.withoutInvisibleCharacters($0, source: article.source, diagnostics: &diagnostics)
            })
            var resolved: [ReferenceKind: [String]] = [:]
            var seen: Set<Reference.Key> = []
            for reference in references {
                let field = reference.isInline ? nil : reference.kind.frontMatterField
                guard targets.check(reference, field: field, diagnostics: &diagnostics) else { continue }
                if reference.kind == .article && reference.id == article.slug { continue }
                if seen.insert(reference.key).inserted {
                    resolved[reference.kind, default: []].append(reference.id)
                }
            }
            referencesOfArticle.append(resolved)
            diagnostics.append(contentsOf: bodies[index].diagnostics)
        }
        var linked = BacklinkIndexer.index(site, bodies: bodies, referencesOfArticle: referencesOfArticle, jobs: jobs, diagnostics: &diagnostics)
        SourceLinker.link(&linked, diagnostics: &diagnostics)
        return linked
    }

    static func frontMatterReferences(_ article: Article) -> [Reference] {
        var references: [Reference] = []
        for (kind, list) in [(ReferenceKind.alliance, article.alliances), (.country, article.countries), (.impact, article.impacts), (.role, article.roles)] {
            for item in list {
                references.append(Reference(kind: kind, id: item.value, file: article.file, location: item.location, isInline: false))
            }
        }
        return references
    }
}

extension Reference {
    struct Key: Hashable {
        let kind: ReferenceKind
        let id: String
    }

    var key: Key { Key(kind: kind, id: id) }
}

extension ReferenceKind {
    /// The front matter list that names targets of this kind.
    var frontMatterField: String {
        switch self {
        case .alliance: return "alliances"
        case .country: return "countries"
        case .article: return "articles"
        case .impact: return "impacts"
        case .role: return "roles"
        }
    }
}
