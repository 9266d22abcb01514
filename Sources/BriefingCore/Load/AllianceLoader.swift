import Foundation
import Yams

/// Reads one `Content/alliances/<id>.yml`.
enum AllianceLoader {
    static let fields = ["name", "short_name", "kind", "members", "members_note", "established", "ended", "status",
                         "roles", "impacts", "summary", "sources", "headquarters", "reviewed", "names", "summaries"]

    static func load(_ source: SourceText, id: String, diagnostics: inout Diagnostics) -> Alliance? {
        let text = String(decoding: source.bytes, as: UTF8.self)
        if let mixed = LineEndings.loneCarriageReturn(in: source) { diagnostics.append(mixed) }
        guard let document = YAMLDocument.parse(text, file: source.path, firstLine: 1, diagnostics: &diagnostics) else { return nil }
        guard let root = document.root else {
            diagnostics.append(.error("empty-file", file: source.path, "the alliance file is empty; it needs at least name, members and established"))
            return nil
        }
        var reader = YAMLReader(document)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        let what = "the alliance '\(id)'"
        guard let mapping = reader.mapping(root, what: "the alliance file") else { return nil }
        reader.rejectUnknownKeys(mapping, allowed: fields, what: what)

        let name = reader.string(mapping, "name", required: true, what: what, text: true)
        let members = memberships(mapping, reader: &reader, what: what)
        let established = reader.date(mapping, "established", required: true, requireDay: false, what: what)
        let ended = reader.date(mapping, "ended", requireDay: false, what: what)
        if let established, let ended, ended < established, let node = mapping["ended"] {
            reader.error("date-order", at: node, "'ended' (\(ended.iso)) is before 'established' (\(established.iso))")
        }
        var kind: AllianceKind?
        if let text = reader.string(mapping, "kind", what: what), let node = mapping["kind"] {
            kind = AllianceKind(rawValue: text)
            if kind == nil {
                reader.error("invalid-value", at: node, "kind '\(text)' must be 'bilateral' or 'multilateral'\(Suggestion.hint(for: text, in: AllianceKind.allCases.map(\.rawValue)))")
            } else if kind == .bilateral, Set(members.map(\.country.value)).count > 2 {
                reader.warning("bilateral-members", at: node, "a bilateral alliance has two members, this one lists \(Set(members.map(\.country.value)).count)")
            }
        }
        var status: AllianceStatus = ended == nil ? .active : .historical
        if let text = reader.string(mapping, "status", what: what), let node = mapping["status"] {
            if let given = AllianceStatus(rawValue: text) {
                if given == .active, let ended {
                    reader.error("status-conflict", at: node, "status is 'active' but the alliance ended in \(ended.iso); remove 'ended' or set status to 'historical'")
                }
                status = given
            } else {
                reader.error("invalid-value", at: node, "status '\(text)' must be 'active' or 'historical'\(Suggestion.hint(for: text, in: AllianceStatus.allCases.map(\.rawValue)))")
            }
        }
        if let established {
            checkPeriods(members, established: established, ended: ended, reader: &reader)
        }
        let sourceEntries = self.sources(mapping, reader: &reader)
        let reviewed = reader.date(mapping, "reviewed", requireDay: true, what: what).flatMap { date in
            mapping["reviewed"].map { Located(date, at: reader.location($0)) }
        }
        let names = reader.languageMap(mapping, "names", what: what)
        let summaries = reader.languageMap(mapping, "summaries", what: what)
        guard let name, let established, Set(members.map(\.country.value)).count >= 2 else { return nil }
        var alliance = Alliance(
            id: id, file: source.path, name: name,
            shortName: reader.string(mapping, "short_name", what: what, text: true),
            kind: kind, members: members, established: established, ended: ended, status: status,
            roles: reader.stringList(mapping, "roles"), impacts: reader.stringList(mapping, "impacts"),
            summary: reader.string(mapping, "summary", what: what, text: true) ?? "",
            membersNote: reader.string(mapping, "members_note", what: what, text: true),
            headquarters: reader.string(mapping, "headquarters", what: what, text: true),
            sourceEntries: sourceEntries,
            sources: sourceEntries.compactMap { entry in
                if case .inline(let source) = entry { return source }
                return nil
            },
            sourcesLocation: mapping.keyNode("sources").map(reader.location) ?? reader.location(mapping.node),
            reviewed: reviewed,
            nameLocation: mapping["name"].map(reader.location))
        alliance.names = names
        alliance.summaries = summaries
        return alliance
    }

    private static func memberships(_ mapping: YAMLMapping, reader: inout YAMLReader, what: String) -> [Membership] {
        guard let node = mapping["members"], !reader.isNull(node) else {
            reader.missing("members", in: mapping, what: what)
            return []
        }
        guard case .sequence(let sequence) = node else {
            reader.error("yaml-type", at: node, "'members' must be a list of country codes, found \(reader.describe(node))")
            return []
        }
        var members: [Membership] = []
        for item in sequence {
            var membership: Membership?
            switch item {
            case .scalar(let scalar):
                membership = Membership(country: Located(reader.token(scalar.string, node: item, noun: "country code"), at: reader.location(item)))
            case .mapping:
                guard let fields = reader.mapping(item, what: "a member") else { continue }
                reader.rejectUnknownKeys(fields, allowed: ["country", "joined", "left"], what: "a member")
                guard let code = reader.string(fields, "country", required: true, what: "a member"), let codeNode = fields["country"] else { continue }
                membership = Membership(country: Located(code, at: reader.location(codeNode)),
                                        joined: reader.date(fields, "joined", requireDay: false, what: "a member"),
                                        left: reader.date(fields, "left", requireDay: false, what: "a member"),
                                        joinedLocation: fields["joined"].map(reader.location),
                                        leftLocation: fields["left"].map(reader.location))
            default:
                reader.error("yaml-type", at: item, "each member must be a country code or a mapping with 'country', found \(reader.describe(item))")
            }
            guard let membership else { continue }
            if members.contains(where: { $0.country.value == membership.country.value && $0.overlaps(membership) }) {
                let dated = membership.joined != nil || membership.left != nil
                reader.error("duplicate-member", at: item, "'\(membership.country.value)' is listed twice in 'members'"
                             + (dated ? " with overlapping periods; a state that left and rejoined is listed once per period, with 'joined' and 'left'" : ""))
                continue
            }
            members.append(membership)
        }
        if Set(members.map(\.country.value)).count < 2 {
            reader.error("too-few-members", at: node, "an alliance needs at least two members, 'members' lists \(Set(members.map(\.country.value)).count)")
        }
        return members
    }

    /// Each member's `joined` not before `established` (nor after `ended`), `left` not after `ended` and not before its `joined`
    /// (`membership-period`, at the offending date). Dates compare at the precision both give: `1949` is not
    /// before `1949-04-04`.
    static func checkPeriods(_ members: [Membership], established: BriefingDate, ended: BriefingDate?, reader: inout YAMLReader) {
        reader.diagnostics.append(contentsOf: periodProblems(members, established: established, ended: ended, file: reader.file))
    }

    /// The `membership-period` errors of `members` (see `checkPeriods`), each in the member's own file
    /// (`Content/data/members.csv` for a CSV row) or else `file`.
    static func periodProblems(_ members: [Membership], established: BriefingDate, ended: BriefingDate?, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for member in members {
            let code = member.country.value
            let file = member.file ?? file
            if let joined = member.joined, let at = member.joinedLocation, joined.isBefore(established) {
                problems.append(.error("membership-period", file: file, at: at,
                    "\(code) joined (\(joined.iso)) before the alliance was established (\(established.iso))"))
            }
            if let joined = member.joined, let at = member.joinedLocation, let ended, ended.isBefore(joined) {
                problems.append(.error("membership-period", file: file, at: at,
                    "\(code) joined (\(joined.iso)) after the alliance ended (\(ended.iso))"))
            }
            if let left = member.left, let at = member.leftLocation {
                if let ended, ended.isBefore(left) {
                    problems.append(.error("membership-period", file: file, at: at,
                        "\(code) left (\(left.iso)) after the alliance ended (\(ended.iso))"))
                }
                if let joined = member.joined, left.isBefore(joined) {
                    problems.append(.error("membership-period", file: file, at: at,
                        "\(code) left (\(left.iso)) before it joined (\(joined.iso))"))
                }
            }
        }
        return problems
    }

    private static func sources(_ mapping: YAMLMapping, reader: inout YAMLReader) -> [AllianceSourceEntry] {
        guard let node = mapping["sources"], !reader.isNull(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            reader.error("yaml-type", at: node, "'sources' must be a list of {title, url} or {ref: <id>}, found \(reader.describe(node))")
            return []
        }
        var sources: [AllianceSourceEntry] = []
        for item in sequence {
            if case .scalar(let scalar) = item {
                let url = SiteConfigLoader.isAbsoluteWebURL(scalar.string) ? scalar.string : nil
                sources.append(.inline(Source(title: scalar.string, url: url, file: reader.file, location: reader.location(item))))
                continue
            }
            guard let fields = reader.mapping(item, what: "a source") else { continue }
            if let refNode = fields["ref"] {
                reader.rejectUnknownKeys(fields, allowed: ["ref"], what: "a source reference")
                guard case .scalar(let scalar) = refNode, !reader.isNull(refNode) else {
                    reader.error("yaml-type", at: refNode, "'ref' must be the id of a source in Content/sources.yml, found \(reader.describe(refNode))")
                    continue
                }
                sources.append(.reference(Located(scalar.string, at: reader.location(refNode))))
                continue
            }
            guard let source = SourceLoader.read(fields, reader: &reader, what: "a source") else { continue }
            sources.append(.inline(source))
        }
        return sources
    }
}
