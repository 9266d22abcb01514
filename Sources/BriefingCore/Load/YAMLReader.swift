import Foundation
import Yams

/// A YAML mapping whose keys have been read as strings, in document order.
struct YAMLMapping {
    struct Entry {
        let key: String
        let keyNode: Node
        let value: Node
    }

    let node: Node
    let entries: [Entry]

    subscript(key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }

    func keyNode(_ key: String) -> Node? {
        entries.first { $0.key == key }?.keyNode
    }
}

/// Reads typed values out of a YAML document, reporting each problem as a positioned diagnostic.
struct YAMLReader {
    let document: YAMLDocument
    var diagnostics = Diagnostics()
    /// Keys already offered as "did you mean" for a misspelt key, so their absence is not reported twice.
    private var suggestedKeys: Set<String> = []

    init(_ document: YAMLDocument) {
        self.document = document
    }

    var file: String { document.file }

    func location(_ node: Node) -> SourceLocation { document.location(of: node) }

    mutating func error(_ code: String, at node: Node, _ message: String) {
        diagnostics.append(.error(code, file: file, at: location(node), message))
    }

    mutating func warning(_ code: String, at node: Node, _ message: String) {
        diagnostics.append(.warning(code, file: file, at: location(node), message))
    }

    /// The node as a mapping with string keys; `what` names it in the error ("the alliance file").
    mutating func mapping(_ node: Node, what: String) -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            error("yaml-type", at: node, "\(what) must be a mapping of keys to values, found \(describe(node))")
            return nil
        }
        var entries: [YAMLMapping.Entry] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error("yaml-type", at: key, "keys in \(what) must be plain text, found \(describe(key))")
                continue
            }
            entries.append(.init(key: scalar.string, keyNode: key, value: value))
        }
        return YAMLMapping(node: node, entries: entries)
    }

    /// Reports every key of `mapping` not in `allowed`, suggesting the closest allowed key.
    mutating func rejectUnknownKeys(_ mapping: YAMLMapping, allowed: [String], what: String) {
        for entry in mapping.entries where !allowed.contains(entry.key) {
            let hint = Suggestion.hint(for: entry.key, in: allowed)
            if let suggested = Suggestion.closest(to: entry.key, in: allowed) { suggestedKeys.insert(suggested) }
            error("unknown-field", at: entry.keyNode,
                  "unknown field '\(entry.key)' in \(what)\(hint.isEmpty ? "; allowed fields: \(allowed.joined(separator: ", "))" : hint)")
        }
    }

    /// A text scalar. Numbers, booleans and dates are returned as written.
    mutating func string(_ mapping: YAMLMapping, _ key: String, required: Bool = false, what: String) -> String? {
        guard let node = mapping[key], !isNull(node) else {
            if required { missing(key, in: mapping, what: what) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            error("yaml-type", at: node, "'\(key)' must be text, found \(describe(node))")
            return nil
        }
        let text = scalar.string
        if required && text.trimmingCharacters(in: .whitespaces).isEmpty {
            error("empty-field", at: node, "'\(key)' must not be empty")
            return nil
        }
        return text
    }

    mutating func bool(_ mapping: YAMLMapping, _ key: String) -> Bool? {
        guard let node = mapping[key], !isNull(node) else { return nil }
        switch node.scalar?.string {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default:
            error("yaml-type", at: node, "'\(key)' must be true or false, found \(describe(node))")
            return nil
        }
    }

    /// A list of text scalars; a single scalar counts as a list of one.
    mutating func stringList(_ mapping: YAMLMapping, _ key: String) -> [Located<String>] {
        guard let node = mapping[key], !isNull(node) else { return [] }
        return stringList(node, key: key)
    }

    mutating func stringList(_ node: Node, key: String) -> [Located<String>] {
        switch node {
        case .scalar(let scalar):
            return [Located(scalar.string, at: location(node))]
        case .sequence(let sequence):
            var items: [Located<String>] = []
            for item in sequence {
                guard case .scalar(let scalar) = item, !isNull(item) else {
                    error("yaml-type", at: item, "each entry of '\(key)' must be text, found \(describe(item))")
                    continue
                }
                items.append(Located(scalar.string, at: location(item)))
            }
            return items
        default:
            error("yaml-type", at: node, "'\(key)' must be a list, found \(describe(node))")
            return []
        }
    }

    mutating func date(_ mapping: YAMLMapping, _ key: String, required: Bool = false, requireDay: Bool, what: String) -> BriefingDate? {
        guard let node = mapping[key], !isNull(node) else {
            if required { missing(key, in: mapping, what: what) }
            return nil
        }
        return date(node, key: key, requireDay: requireDay)
    }

    mutating func date(_ node: Node, key: String, requireDay: Bool) -> BriefingDate? {
        guard case .scalar(let scalar) = node else {
            error("yaml-type", at: node, "'\(key)' must be a date, found \(describe(node))")
            return nil
        }
        do {
            return try BriefingDate.parse(scalar.string.trimmingCharacters(in: .whitespaces), requireDay: requireDay)
        } catch {
            self.error("invalid-date", at: node, error.message(for: scalar.string, field: key))
            return nil
        }
    }

    mutating func missing(_ key: String, in mapping: YAMLMapping, what: String) {
        if let present = mapping.keyNode(key) {
            error("empty-field", at: present, "'\(key)' must not be empty")
        } else if !suggestedKeys.contains(key) {
            error("missing-field", at: mapping.node, "\(what) is missing the required field '\(key)'")
        }
    }

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return isNull(node) ? "nothing" : "'\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
