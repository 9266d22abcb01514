/// `t`: the interface strings of the page's language (docs/i18n.md), one name per plain catalogue key with its dots
/// written as underscores (`nav.articles` → `t.nav_articles`). `{site}` is filled in with the site's title; other
/// placeholders and counted phrases are filled in by briefing and reach templates through the page's own names.
///
/// Held by reference: swift-mustache copies a value at every lookup through it, and a copy of a reference is one
/// retain where a copy of the language's strings and formatters was one per field.
public struct InterfaceTextView: TemplateView {
    private final class Storage: Sendable {
        let tag: String
        let texts: InterfaceTextTable.Texts

        init(tag: String, texts: InterfaceTextTable.Texts) {
            self.tag = tag
            self.texts = texts
        }
    }

    private let storage: Storage

    public init(_ interface: InterfaceLanguage, siteTitle: String) {
        storage = Storage(tag: interface.tag, texts: interface.textTable.texts(interface.strings, siteTitle: siteTitle))
    }

    /// The template name of each plain key of the English catalogue (`BuiltinCatalogues.plainKeys`).
    public static let keyByName: [String: String] = Dictionary(
        uniqueKeysWithValues: BuiltinCatalogues.plainKeys.map { ($0.replacingOccurrences(of: ".", with: "_"), $0) })

    public static let keys: [String] = BuiltinCatalogues.plainKeys.map { $0.replacingOccurrences(of: ".", with: "_") }

    public func child(named name: String) -> Any? {
        storage.texts.html[name]
    }

    public func encode(to encoder: any Encoder) throws {
        // Every text, through one digest made once per language (`InterfaceTextTable`).
        var container = encoder.unkeyedContainer()
        try container.encode(storage.tag)
        let words = storage.texts.digest.digest.words
        for word in [words.0, words.1, words.2, words.3] { try container.encode(word) }
    }
}
