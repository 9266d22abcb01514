/// One entry of `languages`: this page in one language of the site, for `<link rel="alternate" hreflang>` and the
/// language switch. Only languages the page exists in are listed (an untranslated article has none but its own).
public struct LanguageLinkView: TemplateView {
    /// BCP 47 tag, for `hreflang` and `lang`.
    public var lang: HTML
    /// `ltr` or `rtl`, for `dir` on the switch's link.
    public var dir: HTML
    /// The language's name in itself (`English`, `العربية`), from CLDR.
    public var name: HTML
    /// Relative link from this page to that language's version of it.
    public var path: HTML
    /// True for the page's own language.
    public var current: Bool

    public static let keys = ["lang", "dir", "name", "path", "current"]

    public func child(named name: String) -> Any? {
        switch name {
        case "lang": return lang
        case "dir": return dir
        case "name": return self.name
        case "path": return path
        case "current": return current
        default: return nil
        }
    }
}
