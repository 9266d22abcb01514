/// Whether an alliance binds two states or more.
public enum AllianceKind: String, Sendable, CaseIterable {
    case bilateral
    case multilateral
}

/// Whether an alliance is in force.
public enum AllianceStatus: String, Sendable, CaseIterable {
    case active
    case historical
}

/// A source backing an alliance's data.
public struct Source: Sendable, Hashable {
    public var title: String
    public var url: String?
}

/// One state's membership of an alliance.
public struct Membership: Sendable, Hashable {
    /// Upper-case country code, checked against `countries.yml` by the link stage.
    public var country: Located<String>
    public var joined: BriefingDate?
    public var left: BriefingDate?
}

/// An alliance from `Content/alliances/<id>.yml`.
public struct Alliance: Sendable {
    public var id: String
    /// Path of the data file relative to the site root.
    public var file: String
    public var name: String
    public var shortName: String?
    public var kind: AllianceKind?
    public var members: [Membership]
    public var established: BriefingDate
    public var ended: BriefingDate?
    public var status: AllianceStatus
    public var roles: [Located<String>]
    public var impacts: [Located<String>]
    public var summary: String
    public var membersNote: String?
    public var headquarters: String?
    public var sources: [Source]
    /// Position of the `sources` key (or the top of the file when absent), for diagnostics about it.
    public var sourcesLocation: SourceLocation
    /// Names by language tag from `names:`, e.g. `["ar": "مجلس التعاون الخليجي"]` (`LocalizedNames.alliance`).
    public var names: [String: String] = [:]
    /// Summaries by language tag from `summaries:`.
    public var summaries: [String: String] = [:]

    /// `short_name` when given, else `name`.
    public var displayName: String { shortName ?? name }
}
