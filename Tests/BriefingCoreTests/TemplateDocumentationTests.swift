import Foundation
import Testing

/// Keeps docs/templates.md true to the theme: every template file is listed, and every name a template uses
/// (variables, sections, blocks) is documented.
@Suite struct TemplateDocumentationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templatesFolder = packageRoot.appendingPathComponent("Templates")
    static let documentation = packageRoot.appendingPathComponent("docs/templates.md")

    /// One tag of a Mustache template.
    struct Tag: Equatable, CustomStringConvertible {
        enum Kind: Equatable { case variable, section, invertedSection, close, partial, parent, block, comment }
        var kind: Kind
        var name: String
        var line: Int
        var description: String { "\(kind) '\(name)' on line \(line)" }
    }

    struct ParseError: Error, CustomStringConvertible { var description: String }

    /// The tags of a template, in order. Only the default `{{ }}` delimiters are supported.
    static func tags(in template: String) throws -> [Tag] {
        var tags: [Tag] = []
        var rest = Substring(template)
        var line = 1
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].filter { $0 == "\n" }.count
            let triple = rest[open.upperBound...].hasPrefix("{")
            let closing = triple ? "}}}" : "}}"
            let bodyStart = triple ? rest.index(after: open.upperBound) : open.upperBound
            guard let close = rest[bodyStart...].range(of: closing) else { throw ParseError(description: "unclosed tag on line \(line)") }
            var body = rest[bodyStart..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            line += rest[open.lowerBound..<close.upperBound].filter { $0 == "\n" }.count
            rest = rest[close.upperBound...]
            var kind = Tag.Kind.variable
            if !triple, let sigil = body.first {
                switch sigil {
                case "#": kind = .section
                case "^": kind = .invertedSection
                case "/": kind = .close
                case ">": kind = .partial
                case "<": kind = .parent
                case "$": kind = .block
                case "!": kind = .comment
                case "&": kind = .variable
                case "=": throw ParseError(description: "set-delimiter tags are not supported by this check (line \(line))")
                default: break
                }
                if sigil == "#" || sigil == "^" || sigil == "/" || sigil == ">" || sigil == "<" || sigil == "$" || sigil == "!" || sigil == "&" {
                    body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
                }
            }
            tags.append(Tag(kind: kind, name: body, line: line))
        }
        return tags
    }

    /// The data names in a tag's name: `count(article.toc)` → `article`, `toc`; `.` → none.
    static func dataNames(in name: String) -> [String] {
        var inner = Substring(name)
        while let open = inner.firstIndex(of: "("), inner.hasSuffix(")") {
            inner = inner[inner.index(after: open)..<inner.index(before: inner.endIndex)]
        }
        return inner.split(separator: ".").map(String.init)
    }

    /// Names the documentation mentions in code spans (`name`, `{a, b}`, `a.b`), leaving out Mustache and HTML
    /// examples such as `<a href="{{root}}{{path}}">`.
    static func documentedNames(in markdown: String) -> Set<String> {
        var names = Set<String>()
        for (index, span) in markdown.components(separatedBy: "`").enumerated() where index % 2 == 1 {
            let code = span.replacingOccurrences(of: #"\{\{[^}]*\}\}"#, with: " ", options: .regularExpression)
                .replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
            var word = ""
            for character in code + " " {
                if character.isASCII && (character.isLowercase || character == "_" || (!word.isEmpty && character.isNumber)) {
                    word.append(character)
                } else {
                    if !word.isEmpty { names.insert(word) }
                    word = ""
                }
            }
        }
        return names
    }

    static func templateFiles() throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: templatesFolder.path))
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".mustache") && !$0.hasPrefix("static/") }.sorted()
    }

    @Test func everyTemplateFileIsListed() throws {
        let markdown = try String(contentsOf: Self.documentation, encoding: .utf8)
        for file in try Self.templateFiles() {
            let listed = file.hasPrefix("partials/") ? "| `partials/*.mustache` |" : "| `\(file)` |"
            #expect(markdown.contains(listed), "docs/templates.md does not list \(file) in its table of templates")
        }
    }

    @Test func everyNameATemplateUsesIsDocumented() throws {
        let markdown = try String(contentsOf: Self.documentation, encoding: .utf8)
        let documented = Self.documentedNames(in: markdown)
        var undocumented: [String] = []
        for file in try Self.templateFiles() {
            let text = try String(contentsOf: Self.templatesFolder.appendingPathComponent(file), encoding: .utf8)
            for tag in try Self.tags(in: text) {
                switch tag.kind {
                case .variable, .section, .invertedSection:
                    for name in Self.dataNames(in: tag.name) where !documented.contains(name) {
                        undocumented.append("Templates/\(file):\(tag.line): '\(name)' (in {{\(tag.name)}})")
                    }
                case .block:
                    if !markdown.contains("`{{$\(tag.name)}}`") {
                        undocumented.append("Templates/\(file):\(tag.line): block '\(tag.name)' (write it as `{{$\(tag.name)}}`)")
                    }
                case .partial, .parent:
                    let target = Self.templatesFolder.appendingPathComponent(tag.name + ".mustache").path
                    #expect(FileManager.default.fileExists(atPath: target), "Templates/\(file):\(tag.line) includes '\(tag.name)', which does not exist")
                case .close, .comment:
                    break
                }
            }
        }
        #expect(undocumented == [], "names used by templates but not documented in docs/templates.md:\n\(undocumented.joined(separator: "\n"))")
    }

    // The check itself.

    @Test func tagsAreReadWithTheirKindsAndLines() throws {
        let template = "{{! a\ncomment }}\n<p>{{title}} {{{body_html}}} {{& raw}}</p>\n{{#items}}{{.}}{{/items}}{{^empty(list)}}x{{/empty(list)}}\n{{> partials/x}}{{<base}}{{$content}}{{/content}}{{/base}}"
        let tags = try Self.tags(in: template)
        #expect(tags == [
            Tag(kind: .comment, name: "a\ncomment", line: 2),
            Tag(kind: .variable, name: "title", line: 3), Tag(kind: .variable, name: "body_html", line: 3), Tag(kind: .variable, name: "raw", line: 3),
            Tag(kind: .section, name: "items", line: 4), Tag(kind: .variable, name: ".", line: 4), Tag(kind: .close, name: "items", line: 4),
            Tag(kind: .invertedSection, name: "empty(list)", line: 4), Tag(kind: .close, name: "empty(list)", line: 4),
            Tag(kind: .partial, name: "partials/x", line: 5), Tag(kind: .parent, name: "base", line: 5), Tag(kind: .block, name: "content", line: 5),
            Tag(kind: .close, name: "content", line: 5), Tag(kind: .close, name: "base", line: 5),
        ])
        #expect(Self.dataNames(in: "count(article.toc)") == ["article", "toc"])
        #expect(Self.dataNames(in: ".") == [])
        #expect(Self.documentedNames(in: "`{slug, title}` and `<a href=\"{{root}}{{path}}\">` and `site.title`") == ["slug", "title", "site"])
    }
}
