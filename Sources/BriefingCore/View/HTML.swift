import BriefingMarkdown
import Mustache

/// Markup that is safe to place in a page: either text escaped by `init(escaping:)` (the one HTML escaper,
/// `HTMLEscaping.escape`), or markup briefing made itself (`init(trusted:)`, internal: the rendered Markdown body,
/// the cached list fragments, the inlined stylesheet).
///
/// Every string a template receives is an `HTML`, so `{{name}}` and `{{{name}}}` print the same safe markup:
/// templates run in Mustache's `TEXT` content type (see `Theme.textMode`), and a template cannot be given raw
/// content text. Transforms: `empty(name)` is true for empty markup.
public struct HTML: Sendable, Hashable, Encodable, CustomStringConvertible, MustacheCustomRenderable, MustacheTransformable {
    /// The markup, as it is written into the page.
    public let markup: String

    /// `text` escaped for element content and for single- or double-quoted attribute values.
    public init(escaping text: String) {
        markup = HTMLEscaping.escape(text)
    }

    /// Markup briefing produced itself and vouches for; not for content text.
    init(trusted markup: String) {
        self.markup = markup
    }

    public static let empty = HTML(trusted: "")

    public var isEmpty: Bool { markup.isEmpty }
    public var description: String { markup }
    public var renderText: String { markup }
    /// Never null: an empty value still opens a section, as a Mustache string does (the theme tests `empty(.)`).
    public var isNull: Bool { false }

    public func transform(_ name: String) -> Any? {
        name == "empty" ? markup.isEmpty : nil
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(markup)
    }
}

extension HTML {
    /// An integer as text (for ids built from numbers); digits need no escaping.
    init(_ number: Int) {
        markup = String(number)
    }
}
