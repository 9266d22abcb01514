import Mustache

/// The object a template is rendered with, holding the page's view by reference: swift-mustache copies the
/// object at the bottom of its context stack at nearly every lookup (a dynamic cast out of `Any`), and a page
/// view copied field by field cost about a microsecond a lookup (see `Shared`).
final class TemplateRoot: MustacheParent {
    let view: any MustacheParent

    init(_ view: any MustacheParent) {
        self.view = view
    }

    func child(named name: String) -> Any? {
        view.child(named: name)
    }
}
