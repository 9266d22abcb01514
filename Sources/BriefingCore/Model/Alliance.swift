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

/// One state's membership of an alliance.
public struct Membership: Sendable, Hashable {
    /// Upper-case country code, checked against `countries.yml` by the link stage.
    public var country: Located<String>
    public var joined: BriefingDate?
    public var left: BriefingDate?
    /// The file this membership was read from when it is not the alliance's own (a row of
    /// `Content/data/members.csv`); diagnostics about it go to `file ?? alliance.file`.
    public var file: String? = nil
    /// Where `joined` and `left` are written, for diagnostics about them.
    public var joinedLocation: SourceLocation?
    public var leftLocation: SourceLocation?

    public init(country: Located<String>, joined: BriefingDate? = nil, left: BriefingDate? = nil,
                joinedLocation: SourceLocation? = nil, leftLocation: SourceLocation? = nil, file: String? = nil) {
        self.country = country
        self.joined = joined
        self.left = left
        self.joinedLocation = joinedLocation
        self.leftLocation = leftLocation
        self.file = file
    }
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
    /// The `sources` entries as written: inline sources and `{ref: id}` references to `Content/sources.yml`.
    public var sourceEntries: [AllianceSourceEntry]
    /// The sources in the order written. The load stage fills in the inline ones; the link stage
    /// (`SourceLinker`) replaces the list with every entry resolved, references included.
    public var sources: [Source]
    /// Position of the `sources` key (or the top of the file when absent), for diagnostics about it.
    public var sourcesLocation: SourceLocation
    /// When the facts were last checked (`reviewed: YYYY-MM-DD`), with the position of the value.
    public var reviewed: Located<BriefingDate>?
    /// Where the alliance is defined in `file`: the top of its YAML file, or its row in `Content/data/alliances.csv`.
    public var location: SourceLocation = .start
    /// Position of the `name` value, for diagnostics about it.
    public var nameLocation: SourceLocation?
    /// Names by language tag from `names:`, e.g. `["ar": "مجلس التعاون الخليجي"]` (`LocalizedNames.alliance`).
    public var names: [String: String] = [:]
    /// Summaries by language tag from `summaries:`.
    public var summaries: [String: String] = [:]

    /// `short_name` when given, else `name`.
    public var displayName: String { shortName ?? name }

    /// Whether the alliance is in force: `status: active` and no `ended` date.
    public var isInForce: Bool { status == .active && ended == nil }

    /// Members that belong to the alliance now: no `left` date, and the alliance has not ended (status `active`).
    /// Empty for a historical alliance, whose members are all former members.
    public var currentMembers: [Membership] {
        guard isInForce else { return [] }
        return members.filter { $0.left == nil }
    }

    /// Members that no longer belong: every member with a `left` date, and every member of an alliance that has
    /// ended (or whose status is `historical`). `currentMembers` and `formerMembers` together are `members`.
    public var formerMembers: [Membership] {
        guard isInForce else { return members }
        return members.filter { $0.left != nil }
    }
}
