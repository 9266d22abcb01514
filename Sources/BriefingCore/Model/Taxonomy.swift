/// The two controlled vocabularies of a site.
public enum Taxonomy: String, Sendable, CaseIterable, Hashable {
    /// What an alliance does for a nation.
    case impacts
    /// What allies do together.
    case roles

    /// The cross-link scheme and singular noun: `impact`, `role`.
    public var singular: String {
        switch self {
        case .impacts: return "impact"
        case .roles: return "role"
        }
    }

    public var title: String {
        switch self {
        case .impacts: return "Impacts"
        case .roles: return "Roles"
        }
    }
}

/// One term of a taxonomy, e.g. the impact `counter-terrorism`.
public struct TaxonomyTerm: Sendable, Hashable {
    public var taxonomy: Taxonomy
    public var id: String
    public var title: String
    public var description: String
}
