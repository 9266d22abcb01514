import Foundation
import Mustache

/// The Mustache templates and static files that give a site its look.
public struct Theme: Sendable {
    public var library: MustacheLibrary
    /// Absolute path of the folder `static/` files are copied from, if any.
    public var staticFolder: String?
    /// Files under the static folder, relative to it.
    public var staticFiles: [String]

    /// Templates every theme must provide.
    public static let requiredTemplates = ["home", "article", "article-list", "alliance", "alliance-list",
                                           "country", "country-list", "term", "term-list"]

    /// Loads every `*.mustache` under `Templates/` of the site root; parse errors become diagnostics.
    public static func load(siteRoot: String, diagnostics: inout Diagnostics) -> Theme {
        let files = ContentFiles(root: siteRoot)
        var library = MustacheLibrary()
        var found: Set<String> = []
        for path in files.walk("Templates") where path.hasSuffix(".mustache") && !path.hasPrefix("static/") {
            let file = "Templates/" + path
            let name = String(path.dropLast(".mustache".count))
            switch files.read(file) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let source):
                do {
                    library.register(try MustacheTemplate(string: String(decoding: source.bytes, as: UTF8.self)), named: name)
                    found.insert(name)
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.append(.error("template-syntax", file: file,
                        at: SourceLocation(line: error.context.lineNumber, column: max(1, error.context.columnNumber)),
                        "template error: \(describe(error.error))"))
                    found.insert(name)
                } catch {
                    diagnostics.append(.error("template-syntax", file: file, "template error: \(error)"))
                    found.insert(name)
                }
            }
        }
        for name in requiredTemplates where !found.contains(name) {
            diagnostics.append(.error("missing-template", file: "Templates/\(name).mustache", "the theme has no template '\(name).mustache'"))
        }
        let staticFolder = files.isDirectory("Templates/static") ? files.url("Templates/static").path : nil
        let staticFiles = staticFolder == nil ? [] : files.walk("Templates/static").filter { files.staysInsideRoot("Templates/static/" + $0) }
        return Theme(library: library, staticFolder: staticFolder, staticFiles: staticFiles)
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag {{/…}} does not match the section it closes"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section {{#…}} is never closed with {{/…}}"
        case .invalidSetDelimiter: return "badly formed set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only blocks {{$…}} may stand inside an inherited partial {{<…}}"
        default: return "\(error)"
        }
    }

    /// Renders one page.
    public func render(_ page: Page) -> String? {
        library.render(page.data, withTemplate: page.template)
    }
}
