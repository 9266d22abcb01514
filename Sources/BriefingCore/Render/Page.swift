/// One page to render: where it goes, which template renders it, and the template's typed view.
public struct Page: Sendable {
    /// Output path relative to the output root, e.g. `alliances/gcc/index.html`.
    public var path: String
    public var template: String
    public var view: any PageView

    public init(path: String, template: String, view: any PageView) {
        self.path = path
        self.template = template
        self.view = view
    }

    /// What the page is made of, for the build cache: the view, the template's name and the theme.
    func fingerprint(theme: ContentHash) -> ContentHash {
        ViewFingerprint.fingerprint(view, template: template, theme: theme)
    }
}

/// A rendered file, ready to write.
public struct RenderedFile: Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// Set when the previous build's file is still right: it is linked into the new output instead of written.
    public var reusedFrom: String?
    /// What produced the file, for the build cache.
    public var fingerprint: ContentHash?

    public init(path: String, bytes: [UInt8], reusedFrom: String? = nil, fingerprint: ContentHash? = nil) {
        self.path = path
        self.bytes = bytes
        self.reusedFrom = reusedFrom
        self.fingerprint = fingerprint
    }
}
