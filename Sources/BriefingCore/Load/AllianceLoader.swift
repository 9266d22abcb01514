import Foundation
import Yams

/// Reads one `Content/alliances/<id>.yml`.
enum AllianceLoader {
    static let fields = ["name", "short_name", "kind", "members", "members_note", "established", "ended", "status",
                         "roles", "impacts", "summary", "sources", "headquarters", "names", "summaries"]

    static func load(_ source: SourceText, id: String, diagnostics: inout Diagnostics) -> Alliance? {
        let text = String(decoding: source.bytes, as: UTF8.self)
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

        let name = reader.string(mapping, "name", required: true, what: what)
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
            } else if kind == .bilateral, members.count > 2 {
                reader.warning("bilateral-members", at: node, "a bilateral alliance has two members, this one lists \(members.count)")
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
        let sources = self.sources(mapping, reader: &reader)
        let names = reader.languageMap(mapping, "names", what: what)
        let summaries = reader.languageMap(mapping, "summaries", what: what)
        guard let name, let established, members.count >= 2 else { return nil }
        var alliance = Alliance(
            id: id, file: source.path, name: name,
            shortName: reader.string(mapping, "short_name", what: what),
            kind: kind, members: members, established: established, ended: ended, status: status,
            roles: reader.stringList(mapping, "roles"), impacts: reader.stringList(mapping, "impacts"),
            summary: reader.string(mapping, "summary", what: what) ?? "",
            membersNote: reader.string(mapping, "members_note", what: what),
            headquarters: reader.string(mapping, "headquarters", what: what),
            sources: sources,
            sourcesLocation: mapping.keyNode("sources").map(reader.location) ?? reader.location(mapping.node))
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
        var seen: Set<String> = []
        for item in sequence {
            var membership: Membership?
            switch item {
            case .scalar(let scalar):
                membership = Membership(country: Located(scalar.string, at: reader.location(item)))
            case .mapping:
                guard let fields = reader.mapping(item, what: "a member") else { continue }
                reader.rejectUnknownKeys(fields, allowed: ["country", "joined", "left"], what: "a member")
                guard let code = reader.string(fields, "country", required: true, what: "a member"), let codeNode = fields["country"] else { continue }
                membership = Membership(country: Located(code, at: reader.location(codeNode)),
                                        joined: reader.date(fields, "joined", requireDay: false, what: "a member"),
                                        left: reader.date(fields, "left", requireDay: false, what: "a member"))
            default:
                reader.error("yaml-type", at: item, "each member must be a country code or a mapping with 'country', found \(reader.describe(item))")
            }
            guard let membership else { continue }
            if !seen.insert(membership.country.value).inserted {
                reader.error("duplicate-member", at: item, "'\(membership.country.value)' is listed twice in 'members'")
                continue
            }
            members.append(membership)
        }
        if members.count < 2 {
            reader.error("too-few-members", at: node, "an alliance needs at least two members, 'members' lists \(members.count)")
        }
        return members
    }

    private static func sources(_ mapping: YAMLMapping, reader: inout YAMLReader) -> [Source] {
        guard let node = mapping["sources"], !reader.isNull(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            reader.error("yaml-type", at: node, "'sources' must be a list of {title, url}, found \(reader.describe(node))")
            return []
        }
        var sources: [Source] = []
        for item in sequence {
            if case .scalar(let scalar) = item {
                if SiteConfigLoader.isAbsoluteWebURL(scalar.string) {
                    sources.append(Source(title: scalar.string, url: scalar.string))
                } else {
                    sources.append(Source(title: scalar.string, url: nil))
                }
                continue
            }
            guard let fields = reader.mapping(item, what: "a source") else { continue }
            reader.rejectUnknownKeys(fields, allowed: ["title", "url"], what: "a source")
            guard let title = reader.string(fields, "title", required: true, what: "a source") else { continue }
            var url = reader.string(fields, "url", what: "a source")
            if let given = url, let urlNode = fields["url"] {
                if given.trimmingCharacters(in: .whitespaces).isEmpty {
                    reader.warning("empty-url", at: urlNode, "the source '\(title)' has an empty url; remove 'url' or fill it in")
                    url = nil
                } else if !SiteConfigLoader.isAbsoluteWebURL(given) {
                    reader.error("invalid-url", at: urlNode, "source url '\(given)' must be an absolute http:// or https:// URL")
                    url = nil
                }
            }
            sources.append(Source(title: title, url: url))
        }
        return sources
    }
}
