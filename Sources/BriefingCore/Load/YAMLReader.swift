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

    mutating func error(_ code: DiagnosticCode, at node: Node, _ message: String) {
        diagnostics.append(.error(code, file: file, at: location(node), message))
    }

    mutating func warning(_ code: DiagnosticCode, at node: Node, _ message: String) {
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
            entries.append(.init(key: token(scalar.string, node: key, noun: "key"), keyNode: key, value: value))
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

    /// A scalar. Numbers, booleans and dates are returned as written. With `text`, the value is prose (a title, a
    /// summary, a name): a ` #` comment that cut it, invisible and control characters in it are warned about. Without,
    /// it is a token (a code, a URL, a keyword): invisible characters in it are errors and are left out of the value.
    mutating func string(_ mapping: YAMLMapping, _ key: String, required: Bool = false, what: String, text isText: Bool = false) -> String? {
        guard let node = mapping[key], !isNull(node) else {
            if required { missing(key, in: mapping, what: what) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            error("yaml-type", at: node, "'\(key)' must be text, found \(describe(node))")
            return nil
        }
        let text = isText ? checkedText(scalar.string, node: node, key: key) : token(scalar.string, node: node, noun: Self.noun(forKey: key))
        if required && text.trimmingCharacters(in: .whitespaces).isEmpty {
            error("empty-field", at: node, "'\(key)' must not be empty")
            return nil
        }
        return text
    }

    /// What a value of `key` is called in messages about characters in it.
    static func noun(forKey key: String) -> String {
        switch key {
        case "alliances": return "alliance id"
        case "countries", "members", "country": return "country code"
        case "impacts": return "impact id"
        case "roles": return "role id"
        case "slug": return "slug"
        default: return "value of '\(key)'"
        }
    }

    /// `value` without its invisible and control characters, each reported (`invisible-character`) at its column.
    mutating func token(_ value: String, node: Node, noun: String) -> String {
        let scalars = Array(value.unicodeScalars)
        guard scalars.contains(where: UnicodeCharacterName.isStrippedFromToken) else { return value }
        for (index, scalar) in scalars.enumerated() where UnicodeCharacterName.isStrippedFromToken(scalar) {
            let location = document.location(ofScalar: index, in: node)
            diagnostics.append(.error("invisible-character", file: file, at: location,
                UnicodeCharacterName.tokenMessage(noun: noun, token: scalars, index: index, column: location.column)))
        }
        return String(String.UnicodeScalarView(scalars.filter { !UnicodeCharacterName.isStrippedFromToken($0) }))
    }

    /// Prose as written, with warnings for what a reader would not see: a YAML comment that cut it
    /// (`yaml-comment-in-value`), invisible characters (`invisible-character-in-text`) and control characters from
    /// escapes such as `"\a"` (`control-character`), which are left out of the value.
    mutating func checkedText(_ value: String, node: Node, key: String) -> String {
        if let comment = document.commentAfterPlainScalar(node) {
            diagnostics.append(.warning("yaml-comment-in-value", file: file, at: comment.location,
                "the \(key) ends where '\(comment.dropped)' starts a YAML comment, which is dropped; put the \(key) in quotes if that text is part of it"))
        }
        for (index, scalar) in value.unicodeScalars.enumerated() {
            if UnicodeCharacterName.isControl(scalar) {
                let location = document.location(ofScalar: index, in: node)
                diagnostics.append(.warning("control-character", file: file, at: location,
                    "the \(key) holds a control character \(UnicodeCharacterName.describe(scalar)) at column \(location.column), which is left out of the pages; delete it"))
            } else if UnicodeCharacterName.isInvisibleInText(scalar) {
                let location = document.location(ofScalar: index, in: node)
                diagnostics.append(.warning("invisible-character-in-text", file: file, at: location,
                    "the \(key) holds an invisible character \(UnicodeCharacterName.describe(scalar)) at column \(location.column); delete it unless it is meant"))
            }
        }
        guard value.unicodeScalars.contains(where: UnicodeCharacterName.isControl) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.filter { !UnicodeCharacterName.isControl($0) }))
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
            return [Located(token(scalar.string, node: node, noun: Self.noun(forKey: key)), at: location(node))]
        case .sequence(let sequence):
            var items: [Located<String>] = []
            for item in sequence {
                guard case .scalar(let scalar) = item, !isNull(item) else {
                    error("yaml-type", at: item, "each entry of '\(key)' must be text, found \(describe(item))")
                    continue
                }
                items.append(Located(token(scalar.string, node: item, noun: Self.noun(forKey: key)), at: location(item)))
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
        let text = token(scalar.string, node: node, noun: "'\(key)' date")
        do {
            return try BriefingDate.parse(text.trimmingCharacters(in: .whitespaces), requireDay: requireDay)
        } catch {
            self.error("invalid-date", at: node, error.message(for: text, field: key, requireDay: requireDay))
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
