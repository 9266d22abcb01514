/// The "present" of a site's charts: the newest date in its data (article `date`/`updated`, alliance
/// `established`/`ended`, member `joined`/`left`), never the day of the build, so the same content gives the
/// same bytes (SPEC §6, §11). Nil for a site without any date.
public enum ChartPresent {
    public static func date(in site: Site) -> BriefingDate? {
        var newest: BriefingDate?
        func consider(_ date: BriefingDate?) {
            guard let date else { return }
            if newest.map({ $0 < date }) ?? true { newest = date }
        }
        for article in site.articles {
            consider(article.date)
            consider(article.updated)
        }
        for alliance in site.alliances {
            consider(alliance.established)
            consider(alliance.ended)
            for member in alliance.members {
                consider(member.joined)
                consider(member.left)
            }
        }
        return newest
    }
}
