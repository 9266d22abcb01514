import Foundation
/// Builds the "who references whom" indexes of a `LinkedSite` in time linear in the references.
enum BacklinkIndexer {
    static let relatedLimit = 5

    static func index(_ site: Site, bodies: [ArticleBody], referencesOfArticle: [[ReferenceKind: [String]]], jobs: Int,
                      diagnostics: inout Diagnostics) -> LinkedSite {
        let newestFirst = site.articles.indices.sorted { newer(site.articles[$0], than: site.articles[$1]) }
        var articlesByAlliance: [String: [Int]] = [:]
        var articlesByCountry: [String: [Int]] = [:]
        var articlesByTerm: [Taxonomy: [String: [Int]]] = [.impacts: [:], .roles: [:]]
        for index in newestFirst {
            let references = referencesOfArticle[index]
            for id in references[.alliance] ?? [] { articlesByAlliance[id, default: []].append(index) }
            for code in references[.country] ?? [] { articlesByCountry[code, default: []].append(index) }
            for id in references[.impact] ?? [] { articlesByTerm[.impacts]![id, default: []].append(index) }
            for id in references[.role] ?? [] { articlesByTerm[.roles]![id, default: []].append(index) }
        }

        let alliancesByName = site.alliances.indices.sorted { byName(site.alliances[$0], site.alliances[$1]) }
        var alliancesByCountry: [String: [Int]] = [:]
        var alliancesByTerm: [Taxonomy: [String: [Int]]] = [.impacts: [:], .roles: [:]]
        for index in alliancesByName {
            let alliance = site.alliances[index]
            for code in Set(alliance.members.map(\.country.value)) { alliancesByCountry[code, default: []].append(index) }
            for role in Set(alliance.roles.map(\.value)) { alliancesByTerm[.roles]![role, default: []].append(index) }
            for impact in Set(alliance.impacts.map(\.value)) { alliancesByTerm[.impacts]![impact, default: []].append(index) }
        }

        var pageCodes = Set(alliancesByCountry.keys).union(articlesByCountry.keys)
        pageCodes = pageCodes.filter { site.countries[$0] != nil }
        let countryPages = pageCodes.sorted {
            let a = site.countries[$0]!.name, b = site.countries[$1]!.name
            return a == b ? $0 < $1 : a.localizedStandardCompare(b) == .orderedAscending
        }

        reportUnreferenced(site, articlesByAlliance: articlesByAlliance, articlesByCountry: articlesByCountry,
                           alliancesByCountry: alliancesByCountry, diagnostics: &diagnostics)

        var articleIndexBySlug: [String: Int] = [:]
        for (index, article) in site.articles.enumerated() { articleIndexBySlug[article.slug] = index }
        let related = relatedArticles(site: site, newestFirst: newestFirst, referencesOfArticle: referencesOfArticle,
                                      articleIndexBySlug: articleIndexBySlug, jobs: jobs,
                                      articlesByAlliance: articlesByAlliance, articlesByCountry: articlesByCountry)
        return LinkedSite(site: site, bodies: bodies, articlesNewestFirst: newestFirst,
                          articlesByAlliance: articlesByAlliance, articlesByCountry: articlesByCountry, articlesByTerm: articlesByTerm,
                          alliancesByCountry: alliancesByCountry, alliancesByTerm: alliancesByTerm,
                          alliancesByName: alliancesByName,
                          allianceIndexByID: Dictionary(uniqueKeysWithValues: site.alliances.enumerated().map { ($1.id, $0) }),
                          referencesOfArticle: referencesOfArticle, related: related, countryPages: countryPages)
    }

    static func newer(_ a: Article, than b: Article) -> Bool {
        a.date != b.date ? a.date > b.date : a.slug < b.slug
    }

    static func byName(_ a: Alliance, _ b: Alliance) -> Bool {
        let order = a.name.localizedStandardCompare(b.name)
        return order == .orderedSame ? a.id < b.id : order == .orderedAscending
    }

    /// For each article, the articles sharing the most alliances (weight 3), countries (weight 1) and direct
    /// links (weight 2); ties go to the newer. Scores live in one dense array per worker, reset through the
    /// list of entries touched, so the work is linear in the number of shared references.
    private static func relatedArticles(site: Site, newestFirst: [Int], referencesOfArticle: [[ReferenceKind: [String]]],
                                        articleIndexBySlug: [String: Int], jobs: Int,
                                        articlesByAlliance: [String: [Int]], articlesByCountry: [String: [Int]]) -> [[Int]] {
        let count = site.articles.count
        var rank = [Int](repeating: 0, count: count)
        for (position, index) in newestFirst.enumerated() { rank[index] = position }
        let chunkCount = max(1, min(count, 64))
        let chunks: [[[Int]]] = Array(0..<chunkCount).parallelMap(jobs: jobs) { chunk in
            var scores = [Int](repeating: 0, count: count)
            var touched: [Int] = []
            var results: [[Int]] = []
            for index in (chunk * count / chunkCount)..<((chunk + 1) * count / chunkCount) {
                let references = referencesOfArticle[index]
                func add(_ other: Int, _ weight: Int) {
                    guard other != index else { return }
                    if scores[other] == 0 { touched.append(other) }
                    scores[other] += weight
                }
                for id in references[.alliance] ?? [] { for other in articlesByAlliance[id] ?? [] { add(other, 3) } }
                for code in references[.country] ?? [] { for other in articlesByCountry[code] ?? [] { add(other, 1) } }
                for slug in references[.article] ?? [] { if let other = articleIndexBySlug[slug] { add(other, 2) } }
                var best: [Int] = []
                func ranksHigher(_ a: Int, _ b: Int) -> Bool { scores[a] != scores[b] ? scores[a] > scores[b] : rank[a] < rank[b] }
                for other in touched {
                    guard best.count < relatedLimit || ranksHigher(other, best[best.count - 1]) else { continue }
                    best.insert(other, at: best.firstIndex { ranksHigher(other, $0) } ?? best.count)
                    if best.count > relatedLimit { best.removeLast() }
                }
                for other in touched { scores[other] = 0 }
                touched.removeAll(keepingCapacity: true)
                results.append(best)
            }
            return results
        }
        return chunks.flatMap { $0 }
    }

    private static func reportUnreferenced(_ site: Site, articlesByAlliance: [String: [Int]], articlesByCountry: [String: [Int]],
                                           alliancesByCountry: [String: [Int]], diagnostics: inout Diagnostics) {
        guard !site.articles.isEmpty else { return }
        let allArticlesLoaded = site.brokenTargets[.article, default: []].isEmpty
        let allAlliancesLoaded = site.brokenTargets[.alliance, default: []].isEmpty
        for alliance in site.alliances where allArticlesLoaded && articlesByAlliance[alliance.id] == nil {
            diagnostics.append(.warning("unreferenced-alliance", file: alliance.file, at: alliance.location, "no article references the alliance '\(alliance.id)'"))
        }
        for code in articlesByCountry.keys.sorted() where allAlliancesLoaded && alliancesByCountry[code] == nil {
            if let country = site.countries[code] {
                diagnostics.append(.warning("country-without-alliances", file: "Content/countries.yml", at: country.location,
                                            "\(country.name) (\(code)) is referenced by articles but is a member of no alliance"))
            }
        }
        for article in site.articles where article.summary.isEmpty {
            diagnostics.append(.warning("missing-summary", file: article.file,
                                        at: FrontMatterPositions.summaryLocation(in: article.source, bodyFirstLine: article.bodyFirstLine),
                                        "the article has no 'summary'; add one to the front matter, it is shown in article lists and search results"))
        }
    }
}
