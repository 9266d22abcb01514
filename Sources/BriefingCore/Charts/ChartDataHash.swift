/// Hash of everything a chart block's output depends on besides the block itself: every alliance's id, names,
/// status, dates and members with their periods, every country's code and name, and the present. An article
/// body with a chart block must be cached under this too (`ArticleBodyRenderer.cacheKey`), or a changed
/// alliance file would leave a stale chart in the cached body.
public enum ChartDataHash {
    public static func of(_ site: Site, present: BriefingDate?) -> ContentHash {
        var hash = ContentHash()
        func combine(_ date: BriefingDate?) {
            hash.combine(date?.iso ?? "-")
        }
        combine(present)
        hash.combine(site.alliances.count)
        for alliance in site.alliances {
            hash.combine(alliance.id)
            hash.combine(alliance.name)
            hash.combine(alliance.shortName ?? "\u{0}")
            hash.combine(alliance.status.rawValue)
            combine(alliance.established)
            combine(alliance.ended)
            hash.combine(alliance.members.count)
            for member in alliance.members {
                hash.combine(member.country.value)
                combine(member.joined)
                combine(member.left)
            }
        }
        for code in site.countries.keys.sorted() {
            hash.combine(code)
            hash.combine(site.countries[code]?.name ?? "")
        }
        return hash
    }
}
