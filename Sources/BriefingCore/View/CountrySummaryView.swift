/// The country summary shape (docs/templates.md).
public struct CountrySummaryView: TemplateView, FingerprintedOnce {
    /// ISO 3166-1 alpha-2, upper case.
    public var code: HTML
    public var name: HTML
    public var region: HTML
    public var path: HTML
    /// Through `partials/country-chip` at the page's depth.
    public var chipHTML: HTML = .empty

    /// Set by `ViewCatalog` once the value is final (`FingerprintedOnce`); not template data.
    var fingerprint: ContentHash.Digest?

    public static let keys = ["code", "name", "region", "path", "chip_html"]

    public func child(named name: String) -> Any? {
        switch name {
        case "code": return code
        case "name": return self.name
        case "region": return region
        case "path": return path
        case "chip_html": return chipHTML
        default: return nil
        }
    }
}
