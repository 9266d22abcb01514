/// One entry of an alliance's `sources` list: a source written inline (`{title, url}`) or a reference
/// (`{ref: <id>}`) to an entry of `Content/sources.yml`, resolved by the link stage (SPEC §9).
public enum AllianceSourceEntry: Sendable, Hashable {
    case inline(Source)
    /// The id, at the position of its value in the alliance file.
    case reference(Located<String>)
}
