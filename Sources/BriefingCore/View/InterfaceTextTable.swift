import Synchronization

/// The `t` strings of one interface language, escaped once per site title instead of on every lookup, with one
/// digest of them all for page fingerprints (`InterfaceTextView.encode(to:)`).
///
/// Held by `InterfaceLanguage`, which is built once per language of a build; thread-safe.
public final class InterfaceTextTable: Sendable {
    /// Template name (`nav_articles`) → escaped text, and the digest of the language tag and every text in key order.
    struct Texts: Sendable {
        let html: [String: HTML]
        let digest: ContentHash
    }

    private let bySiteTitle = Mutex<[String: Texts]>([:])

    public init() {}

    /// The texts of `strings` with `{site}` filled in with `siteTitle`, made on first request.
    func texts(_ strings: InterfaceStrings, siteTitle: String) -> Texts {
        if let known = bySiteTitle.withLock({ $0[siteTitle] }) { return known }
        var html: [String: HTML] = [:]
        var digest = ContentHash()
        digest.combine(strings.language)
        for name in InterfaceTextView.keys {
            let text = strings.text(InterfaceTextView.keyByName[name]!, ["site": siteTitle])
            digest.combine(text)
            html[name] = HTML(escaping: text)
        }
        let texts = Texts(html: html, digest: digest)
        bySiteTitle.withLock { $0[siteTitle] = texts }
        return texts
    }
}
