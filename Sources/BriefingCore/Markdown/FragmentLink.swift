/// A link with a `#fragment` to a page of the site, kept from the Markdown stage so the fragment can be checked
/// against the ids the rendered target page really has (`AnchorCheck`).
public struct FragmentLink: Sendable, Hashable {
    /// Output path of the target page (`articles/overview/index.html`).
    public var page: String
    /// The id named after `#`, percent-decoded.
    public var fragment: String
    /// The target in words, for the message: `article 'overview'`, `this page`.
    public var targetDescription: String
    public var file: String
    public var location: SourceLocation

    public init(page: String, fragment: String, targetDescription: String, file: String, location: SourceLocation) {
        self.page = page
        self.fragment = fragment
        self.targetDescription = targetDescription
        self.file = file
        self.location = location
    }
}
