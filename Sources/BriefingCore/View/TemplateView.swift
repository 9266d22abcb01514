import Mustache

/// A value a template reads: a fixed set of names (`keys`, the names docs/templates.md documents for it), each
/// answered by `child(named:)` with an `HTML`, an `Int`, a `Bool`, another `TemplateView` or an array of them —
/// never a `String`, so no unescaped text reaches a template.
///
/// `child(named:)` is a `switch`, not reflection: swift-mustache calls it for every name a template looks up.
/// It returns nil for a name the view does not have, so Mustache looks further down its context stack.
public protocol TemplateView: MustacheParent, Sendable, Encodable {
    /// Every name `child(named:)` answers, in the order docs/templates.md lists them.
    static var keys: [String] { get }
}

/// The view of one whole page: the names every page has (`PageFrame`) and those of its kind.
public protocol PageView: TemplateView {}
