import Mustache
import Synchronization

/// `chrome`: a page's site header (skip link, title, main navigation, search form) and site footer, rendered
/// through `partials/site-header` and `partials/site-footer` once per page depth and main section instead of on
/// every page — they are most of the names a page looks up. The partials see only `root`, `site`, `nav` and `t`.
public struct ChromeView: TemplateView, FingerprintedOnce {
    public var headerHTML: HTML
    public var footerHTML: HTML
    /// Set once the value is final (`FingerprintedOnce`); not template data.
    var fingerprint: ContentHash.Digest?

    public static let empty = ChromeView(headerHTML: .empty, footerHTML: .empty)

    public init(headerHTML: HTML, footerHTML: HTML) {
        self.headerHTML = headerHTML
        self.footerHTML = footerHTML
    }

    public static let keys = ["header_html", "footer_html"]

    public func child(named name: String) -> Any? {
        switch name {
        case "header_html": return headerHTML
        case "footer_html": return footerHTML
        default: return nil
        }
    }
}

/// The `ChromeView`s of one language's pages, by root and main section; thread-safe.
final class ChromeCatalog: Sendable {
    private let library: MustacheLibrary
    private let chromes = Mutex<[String: ChromeView]>([:])

    init(library: MustacheLibrary) {
        self.library = library
    }

    /// The chrome of pages whose frame has this `root`, `site`, `nav` (its current entry marks the section) and `t`.
    func chrome(for frame: PageFrame, section: String?) -> ChromeView {
        let key = frame.root.markup + "\u{0}" + (section ?? "")
        if let known = chromes.withLock({ $0[key] }) { return known }
        let context = ChromeContext(root: frame.root, site: frame.site, nav: frame.nav, t: frame.t)
        var chrome = ChromeView(headerHTML: render("partials/site-header", context), footerHTML: render("partials/site-footer", context))
        chrome.fingerprint = ViewFingerprint.digest(chrome)
        chromes.withLock { $0[key] = chrome }
        return chrome
    }

    /// The partial's text without the newline that ends its file; empty when the theme lacks it.
    private func render(_ partial: String, _ context: ChromeContext) -> HTML {
        var html = library.render(view: context, withTemplate: partial) ?? ""
        if html.hasSuffix("\n") { html.removeLast() }
        return HTML(trusted: html)
    }
}

/// What the chrome partials see.
private struct ChromeContext: MustacheParent {
    let root: HTML
    let site: SiteInfoView
    let nav: [NavEntryView]
    let t: InterfaceTextView

    func child(named name: String) -> Any? {
        switch name {
        case "root": return root
        case "site": return site
        case "nav": return nav
        case "t": return t
        default: return nil
        }
    }
}
