/// The kinds of thing content can refer to, and the cross-link scheme for each.
public enum ReferenceKind: String, Sendable, CaseIterable, Hashable {
    case alliance
    case country
    case article
    case impact
    case role

    /// `alliance:gcc` → (.alliance, "gcc"); nil when the destination is not a cross-link.
    public static func parseCrossLink(_ destination: String) -> (ReferenceKind, String)? {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        guard let kind = ReferenceKind(rawValue: String(destination[..<colon])) else { return nil }
        return (kind, String(destination[destination.index(after: colon)...]))
    }

    public var taxonomy: Taxonomy? {
        switch self {
        case .impact: return .impacts
        case .role: return .roles
        default: return nil
        }
    }
}

/// A reference from content to a target id, with the place it was made.
public struct Reference: Sendable, Hashable {
    public var kind: ReferenceKind
    public var id: String
    public var file: String
    public var location: SourceLocation
    /// Written as an inline cross-link in the body rather than in front matter or data.
    public var isInline: Bool

    public init(kind: ReferenceKind, id: String, file: String, location: SourceLocation, isInline: Bool) {
        self.kind = kind
        self.id = id
        self.file = file
        self.location = location
        self.isInline = isInline
    }
}
