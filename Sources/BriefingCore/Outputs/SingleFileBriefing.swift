import Foundation

/// The data of `briefing.html` (template `briefing`): the whole briefing in one self-contained file — the theme's
/// stylesheet inlined, every article oldest first with a table of contents, then an annex with the alliances,
/// the countries and the two vocabularies. Bodies are the already-rendered ones, rewritten by
/// `SingleFileLinkRewriter` so that cross-links point into the file. See docs/templates.md and docs/offline.md.
struct SingleFileBriefing {
    let linked: LinkedSite
    let theme: Theme
    let jobs: Int

    var site: Site { linked.site }

    func page() -> Page {
        let rewriter = SingleFileLinkRewriter(targets: targets(), baseURL: site.config.baseURL, embeddedImages: embeddedImages())
        let chronological = linked.articlesNewestFirst.reversed().map { $0 }
        let articles: [[String: Any]] = chronological.parallelMap(jobs: jobs) { index in
            var value = article(index, body: rewriter.rewrite(linked.bodies[index].html, slug: site.articles[index].slug))
            value["section_html"] = theme.library.render(value, withTemplate: "partials/briefing-article") ?? ""
            value["contents_html"] = (theme.library.render(value, withTemplate: "partials/briefing-contents-entry") ?? "")
                .trimmingCharacters(in: .newlines)
            value["body_html"] = nil
            return value
        }
        let dates = chronological.map { site.articles[$0].date }
        let briefing: [String: Any] = [
            "styles_html": stylesheet(),
            "article_count": site.articles.count,
            "alliance_count": site.alliances.count,
            "country_count": linked.countryPages.count,
            "first_date_display": dates.first?.display ?? "",
            "last_date_display": dates.last?.display ?? "",
            "articles": articles,
            "contents_html": articles.map { $0["contents_html"] as? String ?? "" }.joined(separator: "\n    "),
            "sections_html": articles.map { $0["section_html"] as? String ?? "" }.joined(separator: "\n"),
            "alliances": linked.alliancesByName.map(alliance),
            "countries": linked.countryPages.map(country),
            "impacts": terms(.impacts),
            "roles": terms(.roles),
        ]
        let title = site.config.title
        let data: [String: Any] = [
            "root": "",
            "site": ["title": html(title), "description": html(site.config.description), "language": html(site.config.language)] as [String: Any],
            "page": ["title": html(title), "description": html(site.config.description), "kind": "briefing", "path": SitePaths.singleFile] as [String: Any],
            "nav": [] as [Any],
            "briefing": briefing,
        ]
        return Page(path: SitePaths.singleFile, template: "briefing", data: data)
    }

    /// Every page the single file has a section for.
    func targets() -> [String: SingleFileLinkRewriter.Target] {
        typealias Rewriter = SingleFileLinkRewriter
        var targets: [String: Rewriter.Target] = [
            SitePaths.home: .anchor("top"),
            SitePaths.articles: .anchor("contents"),
            SitePaths.alliances: .anchor("annex-alliances"),
            SitePaths.countries: .anchor("annex-countries"),
        ]
        for article in site.articles { targets[SitePaths.article(article.slug)] = .article(slug: article.slug) }
        for alliance in site.alliances { targets[SitePaths.alliance(alliance.id)] = .anchor(Rewriter.allianceAnchor(alliance.id)) }
        for code in linked.countryPages { targets[SitePaths.country(code)] = .anchor(Rewriter.countryAnchor(code)) }
        for taxonomy in Taxonomy.allCases {
            targets[SitePaths.taxonomy(taxonomy)] = .anchor("annex-" + taxonomy.rawValue)
            for term in site.config.terms(of: taxonomy) {
                targets[SitePaths.term(taxonomy, term.id)] = .anchor(Rewriter.termAnchor(taxonomy, term.id))
            }
        }
        return targets
    }

    static let imageTypes = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
                             "webp": "image/webp", "svg": "image/svg+xml", "avif": "image/avif"]

    /// `data:` URLs for the images under `Content/assets/` (only those an article shows end up in the file).
    func embeddedImages() -> [String: String] {
        var images: [String: String] = [:]
        for asset in site.assets {
            let type = Self.imageTypes[(asset as NSString).pathExtension.lowercased()]
            guard let type, let data = FileManager.default.contents(atPath: site.root + "/Content/assets/" + asset) else { continue }
            images[asset] = "data:\(type);base64," + data.base64EncodedString()
        }
        return images
    }

    /// The theme's `static/style.css`, safe to place inside `<style>`.
    func stylesheet() -> String {
        var css = ""
        for file in theme.staticFiles where file.path == "style.css" {
            switch file {
            case .builtin(_, let text): css = text
            case .site(_, let source): css = (try? String(contentsOfFile: source, encoding: .utf8)) ?? ""
            }
        }
        return css.replacingOccurrences(of: "</", with: "<\\/")
    }

    private func article(_ index: Int, body: String) -> [String: Any] {
        typealias Rewriter = SingleFileLinkRewriter
        let article = site.articles[index]
        let references = linked.referencesOfArticle[index]
        let toc = linked.bodies[index].toc.filter { $0.level == 2 }.map { heading -> [String: Any] in
            ["text": html(heading.text), "anchor": html(Rewriter.headingAnchor(article.slug, heading.id))]
        }
        let alliances = (references[.alliance] ?? []).compactMap { linked.allianceIndexByID[$0].map { site.alliances[$0] } }
        return [
            "anchor": Rewriter.articleAnchor(article.slug), "slug": article.slug, "title": html(article.title),
            "date": article.date.iso, "date_display": article.date.display,
            "updated": article.updated?.iso ?? "", "updated_display": article.updated?.display ?? "",
            "summary": html(article.summary), "body_html": body, "toc": toc, "has_toc": !toc.isEmpty,
            "alliances": alliances.map { ["name": html($0.name), "display_name": html($0.displayName), "anchor": Rewriter.allianceAnchor($0.id)] as [String: Any] },
            "countries": (references[.country] ?? []).compactMap(countryLink),
            "impacts": termLinks(.impacts, references[.impact] ?? []),
            "roles": termLinks(.roles, references[.role] ?? []),
        ]
    }

    private func alliance(_ index: Int) -> [String: Any] {
        typealias Rewriter = SingleFileLinkRewriter
        let alliance = site.alliances[index]
        let memberships = alliance.members.compactMap { member -> [String: Any]? in
            guard var value = countryLink(member.country.value) else { return nil }
            value["joined_display"] = member.joined?.display ?? ""
            value["left_display"] = member.left?.display ?? ""
            value["is_former"] = member.left != nil
            return value
        }
        return [
            "anchor": Rewriter.allianceAnchor(alliance.id), "id": alliance.id, "name": html(alliance.name),
            "short_name": html(alliance.shortName ?? ""), "display_name": html(alliance.displayName),
            "kind_display": alliance.kind.map { $0.rawValue.capitalized } ?? "",
            "status": alliance.status.rawValue, "status_display": alliance.status.rawValue.capitalized,
            "established_display": alliance.established.display, "ended_display": alliance.ended?.display ?? "",
            "headquarters": html(alliance.headquarters ?? ""), "summary": html(alliance.summary), "members_note": html(alliance.membersNote ?? ""),
            "member_count": alliance.members.count, "memberships": memberships,
            "roles": termLinks(.roles, alliance.roles.map(\.value)),
            "impacts": termLinks(.impacts, alliance.impacts.map(\.value)),
            "sources": alliance.sources.map { ["title": html($0.title), "url": html($0.url ?? ""), "has_url": $0.url != nil] as [String: Any] },
            "articles": (linked.articlesByAlliance[alliance.id] ?? []).map(articleLink),
        ]
    }

    private func country(_ code: String) -> [String: Any] {
        var value = countryLink(code) ?? [:]
        value["region"] = html(site.countries[code]?.region ?? "")
        value["alliances"] = (linked.alliancesByCountry[code] ?? []).map { index -> [String: Any] in
            let alliance = site.alliances[index]
            return ["name": html(alliance.name), "display_name": html(alliance.displayName), "anchor": SingleFileLinkRewriter.allianceAnchor(alliance.id)]
        }
        return value
    }

    private func terms(_ taxonomy: Taxonomy) -> [[String: Any]] {
        site.config.terms(of: taxonomy).map { term in
            ["id": term.id, "title": html(term.title), "description": html(term.description),
             "anchor": SingleFileLinkRewriter.termAnchor(taxonomy, term.id)]
        }
    }

    private func countryLink(_ code: String) -> [String: Any]? {
        guard let country = site.countries[code] else { return nil }
        return ["code": code, "name": html(country.name), "anchor": SingleFileLinkRewriter.countryAnchor(code)]
    }

    private func termLinks(_ taxonomy: Taxonomy, _ ids: [String]) -> [[String: Any]] {
        let terms = site.config.terms(of: taxonomy)
        return ids.compactMap { id in
            terms.first { $0.id == id }.map { ["id": $0.id, "title": html($0.title), "anchor": SingleFileLinkRewriter.termAnchor(taxonomy, $0.id)] }
        }
    }

    /// Every text value is HTML-escaped here, once; `briefing.mustache` prints values with triple braces.
    private func html(_ text: String) -> String { Escaping.xml(text) }

    private func articleLink(_ index: Int) -> [String: Any] {
        let article = site.articles[index]
        return ["title": html(article.title), "date_display": article.date.display, "anchor": SingleFileLinkRewriter.articleAnchor(article.slug)]
    }
}
