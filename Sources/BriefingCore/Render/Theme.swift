import Foundation
import Mustache

/// The Mustache templates and static files that give a site its look: the built-in default theme,
/// with any file of the site's own `Templates/` folder replacing the built-in file of the same name.
public struct Theme: Sendable {
    public var library: MustacheLibrary
    /// Static files to write into `static/`: built-in ones as text, the site's own copied from disk.
    public var staticFiles: [StaticFile]
    /// Hash of every template's text: pages rendered with equal data and equal fingerprints are equal.
    public var fingerprint = ContentHash()
    /// The text of `static/style.css` (the site's own when it has one), for the pages that inline it
    /// (`briefing.html`, `404.html`); empty when the theme has none.
    public var stylesheet = ""
    /// The text of `static/charts.css` (the site's own when it has one), inlined into `briefing.html` after
    /// `stylesheet`; empty when the theme has none.
    public var chartsStylesheet = ""

    public enum StaticFile: Sendable {
        case builtin(path: String, text: String)
        case site(path: String, source: String)

        /// Path relative to `static/`.
        public var path: String {
            switch self {
            case .builtin(let path, _), .site(let path, _): return path
            }
        }
    }

    /// Templates every theme must provide.
    public static let requiredTemplates = ["home", "article", "article-list", "alliance", "alliance-list",
                                           "country", "country-list", "term", "term-list"]

    public static func load(siteRoot: String, diagnostics: inout Diagnostics) -> Theme {
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        var staticFiles: [String: StaticFile] = [:]
        for (path, text) in BuiltinTheme.files {
            if let name = templateName(path) {
                sources[name] = text
                register(text, name: name, file: "(built-in theme)/" + path, in: &library, diagnostics: &diagnostics)
            } else if path.hasPrefix("static/") {
                let relative = String(path.dropFirst("static/".count))
                staticFiles[relative] = .builtin(path: relative, text: text)
            }
        }
        let files = ContentFiles(root: siteRoot)
        for path in files.isDirectory("Templates") ? files.walk("Templates") : [] {
            let file = "Templates/" + path
            guard files.staysInsideRoot(file) else {
                diagnostics.append(.error("outside-site", file: file, "this is a symbolic link to a place outside the site folder; briefing does not follow it: copy the file or folder into the site instead"))
                continue
            }
            if path.hasPrefix("static/") {
                guard files.staysInsideRoot(file) else {
                    diagnostics.append(.error("outside-site", file: file, "this is a symbolic link to a place outside the site folder; briefing does not follow it: copy the file or folder into the site instead"))
                    continue
                }
                let relative = String(path.dropFirst("static/".count))
                staticFiles[relative] = .site(path: relative, source: files.path(file))
                continue
            }
            guard let name = templateName(path) else { continue }
            switch files.read(file) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let source):
                let text = String(decoding: source.bytes, as: UTF8.self)
                sources[name] = text
                register(text, name: name, file: file, in: &library, diagnostics: &diagnostics)
            }
        }
        for name in requiredTemplates where library.getTemplate(named: name) == nil {
            diagnostics.append(.error("missing-template", file: "Templates/\(name).mustache", "the theme has no template '\(name).mustache'"))
        }
        let stylesheet = inlineText("style.css", staticFiles: staticFiles, files: files, diagnostics: &diagnostics)
        let chartsStylesheet = inlineText("charts.css", staticFiles: staticFiles, files: files, diagnostics: &diagnostics)
        var fingerprint = ContentHash()
        fingerprint.combine(BriefingVersion.current)
        for name in sources.keys.sorted() {
            fingerprint.combine(name)
            fingerprint.combine(sources[name]!)
        }
        fingerprint.combine(stylesheet)
        fingerprint.combine(chartsStylesheet)
        return Theme(library: library, staticFiles: staticFiles.keys.sorted().map { staticFiles[$0]! }, fingerprint: fingerprint,
                     stylesheet: stylesheet, chartsStylesheet: chartsStylesheet)
    }

    /// The text of the static file `name` for inlining: the built-in one, or the site's own read like any site
    /// file (a failure names the file and the reason instead of inlining nothing); empty when there is none.
    private static func inlineText(_ name: String, staticFiles: [String: StaticFile], files: ContentFiles,
                                   diagnostics: inout Diagnostics) -> String {
        switch staticFiles[name] {
        case .builtin(_, let text):
            return text
        case .site:
            switch files.read("Templates/static/" + name) {
            case .success(let source): return String(decoding: source.bytes, as: UTF8.self)
            case .failure(let diagnostic): diagnostics.append(diagnostic); return ""
            }
        case nil:
            return ""
        }
    }

    private static func templateName(_ path: String) -> String? {
        guard path.hasSuffix(".mustache"), !path.hasPrefix("static/") else { return nil }
        return String(path.dropLast(".mustache".count))
    }

    /// Put before every template: every string a template gets is an `HTML` value, escaped already, so Mustache
    /// must not escape it again. `{{name}}` and `{{{name}}}` therefore print the same safe markup.
    /// On a line of its own, so Mustache's standalone-tag rule removes it without trace from the output.
    static let textMode = "{{%CONTENT_TYPE:TEXT}}\n"

    private static func register(_ text: String, name: String, file: String, in library: inout MustacheLibrary, diagnostics: inout Diagnostics) {
        do {
            library.register(try MustacheTemplate(string: textMode + text), named: name)
        } catch let error as MustacheTemplate.ParserError {
            diagnostics.append(.error("template-syntax", file: file,
                at: SourceLocation(line: max(1, error.context.lineNumber - 1), column: max(1, error.context.columnNumber)),
                "template error: \(describe(error.error))"))
        } catch {
            diagnostics.append(.error("template-syntax", file: file, "template error: \(error)"))
        }
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

    /// Renders one page; nil when the theme has no template of that name.
    public func render(_ page: Page) -> String? {
        library.render(view: page.view, withTemplate: page.template)
    }
}
