/// `briefing.html` (template `briefing`): the whole briefing in one file; `root` is `""`, `nav` empty.
public struct BriefingPageView: PageView {
    public var frame: PageFrame
    @Shared public var briefing: BriefingView

    public static let keys = PageFrame.keys + ["briefing"]

    public func child(named name: String) -> Any? {
        switch name {
        case "briefing": return $briefing
        default: return frame.child(named: name)
        }
    }
}

/// `briefing` in `briefing.html`.
public struct BriefingView: TemplateView {
    /// The theme's `static/style.css`, safe inside `<style>`.
    public var stylesHTML: HTML
    public var articleCount: Int
    public var allianceCount: Int
    public var countryCount: Int
    public var firstDateDisplay: HTML
    public var lastDateDisplay: HTML
    /// Oldest first.
    public var articles: [BriefingArticleView]
    /// Every article's `contents_html`, joined.
    public var contentsHTML: HTML
    /// Every article's `section_html`, joined.
    public var sectionsHTML: HTML
    /// By name.
    public var alliances: [BriefingAllianceView]
    /// By name.
    public var countries: [BriefingCountryView]
    public var impacts: [BriefingTermView]
    public var roles: [BriefingTermView]
    /// As on the sources page: the entries of `Content/sources.yml` by id, then the distinct inline alliance sources.
    public var sources: [BriefingSourceView] = []

    /// `Articles from … to …, oldest first, …` in the file's language.
    public var rangeText: HTML = .empty

    public static let keys = ["styles_html", "article_count", "alliance_count", "country_count", "first_date_display", "last_date_display", "articles", "contents_html", "sections_html", "alliances", "countries", "impacts", "roles", "sources", "range_text"]

    public func child(named name: String) -> Any? {
        switch name {
        case "styles_html": return stylesHTML
        case "article_count": return articleCount
        case "alliance_count": return allianceCount
        case "country_count": return countryCount
        case "first_date_display": return firstDateDisplay
        case "last_date_display": return lastDateDisplay
        case "articles": return articles
        case "contents_html": return contentsHTML
        case "sections_html": return sectionsHTML
        case "alliances": return alliances
        case "countries": return countries
        case "impacts": return impacts
        case "roles": return roles
        case "sources": return sources
        case "range_text": return rangeText
        default: return nil
        }
    }
}

/// A source in the annex of `briefing.html`, where links to its entry on the sources page lead.
public struct BriefingSourceView: TemplateView {
    public var source: SourceView
    /// `source-<anchor on the sources page>`.
    public var anchor: HTML
    /// Articles citing or listing it, newest first.
    public var articles: [BriefingArticleLinkView]
    /// Alliances giving it, by name.
    public var alliances: [BriefingAllianceLinkView]

    /// `anchor` answers this entry's `anchor`, not the source's.
    public static let keys = SourceView.keys + ["articles", "alliances"]

    public func child(named name: String) -> Any? {
        switch name {
        case "anchor": return anchor
        case "articles": return articles
        case "alliances": return alliances
        default: return source.child(named: name)
        }
    }
}

/// One article of `briefing.html`.
public struct BriefingArticleView: TemplateView {
    public var anchor: HTML
    public var slug: HTML
    public var title: HTML
    public var date: HTML
    public var dateDisplay: HTML
    public var updated: HTML
    public var updatedDisplay: HTML
    public var summary: HTML
    /// The body rewritten for the single file; given only to `partials/briefing-article`.
    public var bodyHTML: HTML = .empty
    public var toc: [BriefingTocEntryView]
    public var hasToc: Bool
    public var alliances: [BriefingAllianceLinkView]
    public var countries: [BriefingCountryLinkView]
    public var impacts: [BriefingTermLinkView]
    public var roles: [BriefingTermLinkView]
    /// Through `partials/briefing-article`.
    public var sectionHTML: HTML = .empty
    /// Through `partials/briefing-contents-entry`.
    public var contentsHTML: HTML = .empty
    /// ISO date the facts were last checked (`reviewed`), empty when not given.
    public var reviewed: HTML = .empty
    public var reviewedDisplay: HTML = .empty

    public static let keys = ["anchor", "slug", "title", "date", "date_display", "updated", "updated_display", "summary", "body_html", "toc", "has_toc", "alliances", "countries", "impacts", "roles", "section_html", "contents_html", "reviewed", "reviewed_display"]

    public func child(named name: String) -> Any? {
        switch name {
        case "anchor": return anchor
        case "slug": return slug
        case "title": return title
        case "date": return date
        case "date_display": return dateDisplay
        case "updated": return updated
        case "updated_display": return updatedDisplay
        case "summary": return summary
        case "body_html": return bodyHTML
        case "toc": return toc
        case "has_toc": return hasToc
        case "alliances": return alliances
        case "countries": return countries
        case "impacts": return impacts
        case "roles": return roles
        case "section_html": return sectionHTML
        case "contents_html": return contentsHTML
        case "reviewed": return reviewed
        case "reviewed_display": return reviewedDisplay
        default: return nil
        }
    }
}

/// A `##` heading of a briefing article.
public struct BriefingTocEntryView: TemplateView {
    public var text: HTML
    public var anchor: HTML

    public static let keys = ["text", "anchor"]

    public func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "anchor": return anchor
        default: return nil
        }
    }
}

/// An alliance a briefing article references.
public struct BriefingAllianceLinkView: TemplateView {
    public var name: HTML
    public var displayName: HTML
    public var anchor: HTML

    public static let keys = ["name", "display_name", "anchor"]

    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "display_name": return displayName
        case "anchor": return anchor
        default: return nil
        }
    }
}

/// A country a briefing article references.
public struct BriefingCountryLinkView: TemplateView {
    public var code: HTML
    public var name: HTML
    public var anchor: HTML

    public static let keys = ["code", "name", "anchor"]

    public func child(named name: String) -> Any? {
        switch name {
        case "code": return code
        case "name": return self.name
        case "anchor": return anchor
        default: return nil
        }
    }
}

/// A term a briefing article or alliance carries.
public struct BriefingTermLinkView: TemplateView {
    public var id: HTML
    public var title: HTML
    public var anchor: HTML

    public static let keys = ["id", "title", "anchor"]

    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "anchor": return anchor
        default: return nil
        }
    }
}

/// An alliance in the annex of `briefing.html`.
public struct BriefingAllianceView: TemplateView {
    public var anchor: HTML
    public var id: HTML
    public var name: HTML
    public var shortName: HTML
    public var displayName: HTML
    public var kindDisplay: HTML
    public var status: HTML
    public var statusDisplay: HTML
    public var establishedDisplay: HTML
    public var endedDisplay: HTML
    public var headquarters: HTML
    public var summary: HTML
    public var membersNote: HTML
    public var memberCount: Int
    public var memberships: [BriefingMembershipView]
    public var roles: [BriefingTermLinkView]
    public var impacts: [BriefingTermLinkView]
    public var sources: [SourceView]
    public var articles: [BriefingArticleLinkView]
    /// ISO date the facts were last checked (`reviewed`), empty when not given.
    public var reviewed: HTML = .empty
    public var reviewedDisplay: HTML = .empty

    /// `Members (6)` in the file's language and digits.
    public var memberCountText: HTML = .empty

    public static let keys = ["anchor", "id", "name", "short_name", "display_name", "kind_display", "status", "status_display", "established_display", "ended_display", "headquarters", "summary", "members_note", "member_count", "memberships", "roles", "impacts", "sources", "articles", "reviewed", "reviewed_display", "member_count_text"]

    public func child(named name: String) -> Any? {
        switch name {
        case "anchor": return anchor
        case "id": return id
        case "name": return self.name
        case "short_name": return shortName
        case "display_name": return displayName
        case "kind_display": return kindDisplay
        case "status": return status
        case "status_display": return statusDisplay
        case "established_display": return establishedDisplay
        case "ended_display": return endedDisplay
        case "headquarters": return headquarters
        case "summary": return summary
        case "members_note": return membersNote
        case "member_count": return memberCount
        case "memberships": return memberships
        case "roles": return roles
        case "impacts": return impacts
        case "sources": return sources
        case "articles": return articles
        case "reviewed": return reviewed
        case "reviewed_display": return reviewedDisplay
        case "member_count_text": return memberCountText
        default: return nil
        }
    }
}

/// A member in the annex of `briefing.html`.
public struct BriefingMembershipView: TemplateView {
    public var code: HTML
    public var name: HTML
    public var anchor: HTML
    public var joinedDisplay: HTML
    public var leftDisplay: HTML
    public var isFormer: Bool

    /// `joined 1981, left 2017` (or only one of them) in the file's language; empty without dates.
    public var datesText: HTML = .empty

    public static let keys = ["code", "name", "anchor", "joined_display", "left_display", "is_former", "dates_text"]

    public func child(named name: String) -> Any? {
        switch name {
        case "code": return code
        case "name": return self.name
        case "anchor": return anchor
        case "joined_display": return joinedDisplay
        case "left_display": return leftDisplay
        case "is_former": return isFormer
        case "dates_text": return datesText
        default: return nil
        }
    }
}

/// An article that references an alliance, in the annex.
public struct BriefingArticleLinkView: TemplateView {
    public var title: HTML
    public var dateDisplay: HTML
    public var anchor: HTML

    public static let keys = ["title", "date_display", "anchor"]

    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "date_display": return dateDisplay
        case "anchor": return anchor
        default: return nil
        }
    }
}

/// A country in the annex of `briefing.html`.
public struct BriefingCountryView: TemplateView {
    public var code: HTML
    public var name: HTML
    public var anchor: HTML
    public var region: HTML
    public var alliances: [BriefingAllianceLinkView]

    public static let keys = ["code", "name", "anchor", "region", "alliances"]

    public func child(named name: String) -> Any? {
        switch name {
        case "code": return code
        case "name": return self.name
        case "anchor": return anchor
        case "region": return region
        case "alliances": return alliances
        default: return nil
        }
    }
}

/// A term in the annex of `briefing.html`.
public struct BriefingTermView: TemplateView {
    public var id: HTML
    public var title: HTML
    public var description: HTML
    public var anchor: HTML

    public static let keys = ["id", "title", "description", "anchor"]

    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "description": return description
        case "anchor": return anchor
        default: return nil
        }
    }
}
