import Foundation

/// What `static/search.js` needs to speak the page's language: the `data-messages` and
/// `data-digits` attributes of `<form id="search-form">` (see search.js `messages`).
public struct SearchMessages: Sendable {
    /// JSON object of every `search.*` key of the catalogue (all plural categories), keys sorted,
    /// English where the language lacks a key. Escape it as an attribute value.
    public let json: String
    /// The ten digits of the language's numbering system, `0` to `9` (`٠١٢٣٤٥٦٧٨٩` in Arabic).
    public let digits: String

    public init(_ strings: InterfaceStrings) {
        var messages: [String: String] = [:]
        for key in BuiltinCatalogues.english.keys where key.hasPrefix("search.") { messages[key] = strings.text(key) }
        for (key, value) in strings.entries where key.hasPrefix("search.") { messages[key] = value }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        json = (try? encoder.encode(messages)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        digits = (0...9).map { strings.number($0) }.joined()
    }
}
