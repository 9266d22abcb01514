/// A country from `Content/countries.yml`, keyed by its ISO 3166-1 alpha-2 code.
public struct Country: Sendable, Hashable {
    /// Upper-case ISO 3166-1 alpha-2 code, e.g. `PK`.
    public var code: String
    public var name: String
    public var region: String
    /// Where the entry stands in `countries.yml`.
    public var location: SourceLocation
    /// Names by language tag from `names:` (e.g. `["ar": "باكستان"]`); other languages use CLDR's name (`LocalizedNames`).
    public var names: [String: String] = [:]
}
