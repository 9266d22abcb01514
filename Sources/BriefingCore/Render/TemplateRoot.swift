import Mustache

/// The object a template is rendered with, holding its context by reference: swift-mustache copies the object at
/// the bottom of its context stack at nearly every lookup (a dynamic cast out of `Any`), and a view copied field by
/// field cost about a microsecond a lookup (see `Shared`). Every render goes through `render(view:withTemplate:)`.
final class TemplateRoot: MustacheParent {
    let view: any MustacheParent

    init(_ view: any MustacheParent) {
        self.view = view
    }

    func child(named name: String) -> Any? {
        view.child(named: name)
    }
}

extension MustacheLibrary {
    /// `name` rendered with `context` held by reference (`TemplateRoot`); nil when the library has no such template.
    func render(view context: any MustacheParent, withTemplate name: String) -> String? {
        render(TemplateRoot(context), withTemplate: name)
    }
}
