import Mustache

/// A view held by reference, for the detail views pages are made of (`article` on an article page, …).
///
/// swift-mustache copies a value each time it looks a name up through it — a dynamic cast to `MustacheParent`
/// copies the value out of its `Any` box — and a view struct is copied field by field, one retain per string.
/// Through `$name` (the projected value) a view hands out this reference instead, copied with one retain: an
/// article page's template took a fifth less time when its `article` was shared.
///
/// Setting `wrappedValue` makes a new reference, so a `Shared` value is never changed through another copy.
/// Encodes as the view itself, so page fingerprints do not change.
@propertyWrapper
public struct Shared<Value: Sendable>: Sendable {
    private final class Box: Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    private var box: Box

    public init(wrappedValue: Value) {
        box = Box(wrappedValue)
    }

    public var wrappedValue: Value {
        get { box.value }
        set { box = Box(newValue) }
    }

    public var projectedValue: Shared<Value> { self }
}

extension Shared: MustacheParent where Value: MustacheParent {
    public func child(named name: String) -> Any? {
        box.value.child(named: name)
    }
}

extension Shared: Encodable where Value: Encodable {
    public func encode(to encoder: any Encoder) throws {
        try box.value.encode(to: encoder)
    }
}
