/// What a ```` ```chart ```` block asks for, checked against the site (SPEC §11):
///
/// ```yaml
/// type: timeline            # timeline | membership-matrix
/// alliances: [gcc, imctc]   # or countries: [PK, TR]
/// from: 1945                # optional, whole years
/// to: 2000                  # optional
/// title: …                  # optional, replaces the generated title
/// ```
public struct ChartBlockSpec: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case timeline
        case membershipMatrix = "membership-matrix"
    }

    /// Which things the chart is about; ids and codes are known to exist in the site.
    public enum Subject: Sendable, Hashable {
        case alliances([String])
        case countries([String])
    }

    public var kind: Kind
    public var subject: Subject
    public var from: Int?
    public var to: Int?
    public var title: String?
}
