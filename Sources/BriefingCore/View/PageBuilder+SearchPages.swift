/// The search page and the not-found page (SPEC §4), with the data docs/templates.md gives them.
extension PageBuilder {
    /// `search/index.html`: the search form, the script that searches `search/search-index.js`, and links to the
    /// full lists for readers without JavaScript.
    func search() -> Page {
        let browse: [[String: Any]] = [
            ["title": "All articles", "path": SitePaths.articles, "count": site.articles.count],
            ["title": "Alliances", "path": SitePaths.alliances, "count": site.alliances.count],
            ["title": "Countries", "path": SitePaths.countries, "count": linked.countryPages.count],
            ["title": Taxonomy.impacts.title, "path": SitePaths.taxonomy(.impacts), "count": site.config.impacts.count],
            ["title": Taxonomy.roles.title, "path": SitePaths.taxonomy(.roles), "count": site.config.roles.count],
        ]
        return page(SitePaths.search, template: "search", kind: "search", title: "Search",
                    description: "Search the articles, alliances and countries of \(site.config.title).", section: nil, [
            "search": ["index_path": SitePaths.searchIndex, "browse": browse] as [String: Any],
        ])
    }

    /// `404.html`, which a web server shows for any missing address, at any depth: with `base_url` its links are
    /// absolute under it (`root` is the base URL), so they work wherever it is shown; without, they are relative
    /// to the site root, where the file lies.
    func notFound() -> Page {
        var notFound = page(SitePaths.notFound, template: "404", kind: "not-found", title: "Page not found",
                            description: "There is no page at this address.", section: nil, [:])
        if let baseURL = site.config.baseURL { notFound.data["root"] = baseURL }
        return notFound
    }
}
