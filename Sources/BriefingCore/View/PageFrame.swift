/// The names every page has (docs/templates.md, "Data on every page"): `root`, `site`, `page`, `nav`.
/// Each page view holds one and answers these names through it.
public struct PageFrame: TemplateView {
    /// Relative prefix from the page to the site root (`""`, `"../"`, …), or `base_url` on the not-found page.
    public var root: HTML
    public var site: SiteInfoView
    public var page: PageInfoView
    public var nav: [NavEntryView]
    /// The page's language (`<html lang>`) and direction (`<html dir>`: `ltr` or `rtl`, an article's `direction:` first).
    public var lang: HTML = HTML(escaping: "en")
    public var dir: HTML = HTML(escaping: "ltr")
    /// The interface strings of the page's language.
    public var t: InterfaceTextView
    /// The page in each language it exists in, the page's own included; empty on a one-language site.
    public var languages: [LanguageLinkView] = []
    /// Link to the page in the site's first language, for `hreflang="x-default"`; empty on a one-language site.
    public var xDefault: HTML = .empty
    /// The site header and footer for the page's depth and section (`ChromeCatalog`).
    public var chrome: ChromeView = .empty

    public static let keys = ["root", "site", "page", "nav", "lang", "dir", "t", "languages", "x_default", "chrome"]

    public func child(named name: String) -> Any? {
        switch name {
        case "root": return root
        case "site": return site
        case "page": return page
        case "nav": return nav
        case "lang": return lang
        case "dir": return dir
        case "t": return t
        case "languages": return languages
        case "x_default": return xDefault
        case "chrome": return chrome
        default: return nil
        }
    }
}

/// `site`: the site's settings from `site.yml`.
public struct SiteInfoView: TemplateView {
    public var title: HTML
    public var description: HTML
    public var language: HTML
    /// `briefing.html` is written (`single_file:` is not `false`; SPEC §12): link to it only then.
    public var hasSingleFile: Bool = true

    public static let keys = ["title", "description", "language", "has_single_file"]

    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "description": return description
        case "language": return language
        case "has_single_file": return hasSingleFile
        default: return nil
        }
    }
}

/// `page`: what the page is.
public struct PageInfoView: TemplateView {
    public var title: HTML
    public var description: HTML
    /// One of the kinds listed in docs/templates.md (`home`, `article`, …, `briefing`).
    public var kind: HTML
    /// Output path relative to the site root.
    public var path: HTML

    public static let keys = ["title", "description", "kind", "path"]

    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "description": return description
        case "kind": return kind
        case "path": return path
        default: return nil
        }
    }
}

/// One entry of `nav`, the main sections.
public struct NavEntryView: TemplateView {
    public var title: HTML
    public var path: HTML
    /// True on the pages of that section.
    public var current: Bool

    public static let keys = ["title", "path", "current"]

    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "path": return path
        case "current": return current
        default: return nil
        }
    }
}
