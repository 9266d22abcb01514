import Foundation

/// The selections the list-bearing pages make (SPEC §12), independent of how a page shows them. Alliance
/// results are indices into `linked.site.alliances`, article results indices into `linked.site.articles`.
public enum SiteLists {
    /// Most alliances the home page shows.
    public static let homeAllianceLimit = 12
    /// Most full alliance cards in an article's sidebar; the rest go to a compact list.
    public static let sidebarCardLimit = 5

    /// The home page's alliances: at most `limit`, the most referenced first (by number of referencing articles,
    /// ties in name order, then by id); when fewer than `limit` alliances are referenced, unreferenced ones follow
    /// in name order, so a young site still shows its alliances.
    public static func mostReferencedAlliances(_ linked: LinkedSite, limit: Int = homeAllianceLimit) -> [Int] {
        var rank = [Int](repeating: 0, count: linked.site.alliances.count)
        for (position, index) in linked.alliancesByName.enumerated() { rank[index] = position }
        func references(_ index: Int) -> Int { linked.articlesByAlliance[linked.site.alliances[index].id]?.count ?? 0 }
        let ordered = linked.alliancesByName.sorted { a, b in
            let (ra, rb) = (references(a), references(b))
            return ra != rb ? ra > rb : rank[a] < rank[b]
        }
        return Array(ordered.prefix(max(0, limit)))
    }

    /// The alliance list split by `status`, each part in name order.
    public static func alliancesByStatus(_ linked: LinkedSite) -> (active: [Int], historical: [Int]) {
        let all = linked.alliancesByName
        return (all.filter { linked.site.alliances[$0].status == .active },
                all.filter { linked.site.alliances[$0].status == .historical })
    }

    /// A country's alliances for its page: active first, then historical; within each, the most recently
    /// established first (a year-only date counts as its start), ties in name order.
    public static func alliances(ofCountry code: String, in linked: LinkedSite) -> [Int] {
        var rank = [Int](repeating: 0, count: linked.site.alliances.count)
        for (position, index) in linked.alliancesByName.enumerated() { rank[index] = position }
        return (linked.alliancesByCountry[code] ?? []).sorted { a, b in
            let (x, y) = (linked.site.alliances[a], linked.site.alliances[b])
            if x.status != y.status { return x.status == .active }
            if x.established != y.established { return x.established > y.established }
            return rank[a] < rank[b]
        }
    }

    /// A state that shares at least one alliance with a country, and those alliances.
    public struct Partner: Sendable, Hashable {
        /// The partner's code (its full name is `site.countries[code].name`).
        public var code: String
        /// Indices into `site.alliances` of the alliances both belong to (any period), each once, in the
        /// country page's order (`alliances(ofCountry:in:)`).
        public var alliances: [Int]
    }

    /// The states that share an alliance with `code` (any period), ordered by their full name from
    /// `countries.yml` (then by code); codes missing from `countries.yml` are left out (the link stage reports them).
    public static func partners(ofCountry code: String, in linked: LinkedSite) -> [Partner] {
        var shared: [String: [Int]] = [:]
        for index in alliances(ofCountry: code, in: linked) {
            for partner in Set(linked.site.alliances[index].members.map(\.country.value)) where partner != code {
                shared[partner, default: []].append(index)
            }
        }
        // Every partner is a member of an alliance, so it has a country page: `countryPages` is already in name order
        // (ICU collation through `localizedStandardCompare`, which cost a second per site of 200 countries here).
        var rank: [String: Int] = [:]
        for (position, country) in linked.countryPages.enumerated() { rank[country] = position }
        return shared.keys.compactMap { code in rank[code].map { (code, $0) } }
            .sorted { $0.1 < $1.1 }
            .map { Partner(code: $0.0, alliances: shared[$0.0]!) }
    }

    /// Member states counted apart (SPEC §8, §12): current = the states of `Alliance.currentMembers` (a period
    /// without `left` in an alliance in force); former = every other member state, all of whose periods have ended
    /// (all of them when the alliance has ended). A state that left and rejoined counts once, as current.
    public static func memberCounts(_ alliance: Alliance) -> (current: Int, former: Int) {
        let states = MemberStates(alliance)
        return (states.current.count, states.former.count)
    }

    /// An article's sidebar: the first `cardLimit` alliances it references (in first-mention order) as full
    /// cards, the rest as a compact list.
    public static func sidebar(_ allianceIDs: [String], cardLimit: Int = sidebarCardLimit) -> (cards: [String], compact: [String]) {
        let limit = max(0, cardLimit)
        return (Array(allianceIDs.prefix(limit)), Array(allianceIDs.dropFirst(limit)))
    }

    /// The articles `briefing.html` holds under `selection`, oldest first (the file's order): all; the newest N;
    /// those referencing (front matter or inline link) at least one of the impacts; or none when off.
    public static func singleFileArticles(_ linked: LinkedSite, selection: SingleFileSelection) -> [Int] {
        let newestFirst = linked.articlesNewestFirst
        switch selection {
        case .all:
            return newestFirst.reversed()
        case .latest(let count):
            return newestFirst.prefix(max(0, count)).reversed()
        case .impacts(let ids):
            let wanted = Set(ids)
            return newestFirst.reversed().filter { index in
                (linked.referencesOfArticle[index][.impact] ?? []).contains { wanted.contains($0) }
            }
        case .off:
            return []
        }
    }

    /// The alliances the selected articles reference, in name order: the annex of a `briefing.html` that does not
    /// hold every article (with `.all`, the annex keeps every alliance).
    public static func alliances(referencedBy articles: [Int], in linked: LinkedSite) -> [Int] {
        var ids: Set<String> = []
        for index in articles { ids.formUnion(linked.referencesOfArticle[index][.alliance] ?? []) }
        return linked.alliancesByName.filter { ids.contains(linked.site.alliances[$0].id) }
    }
}
