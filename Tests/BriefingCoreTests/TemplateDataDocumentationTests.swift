import Foundation
import Testing
@testable import BriefingCore

/// docs/templates.md documents every typed view exactly: for each type of `TemplateViewRegistry.all` there is a
/// heading naming the type and a table whose names are exactly the type's `keys` (a row `all of \`OtherView\``
/// stands for all of that type's names; page views get `PageFrame`'s names without listing them). The other half,
/// that every name a template uses is documented, is TemplateDocumentationTests.
@Suite struct TemplateDataDocumentationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Type name → the names its table documents (with `all of` rows expanded one level, by type name).
    static func documentedTables() throws -> [String: (names: [String], includes: [String])] {
        let docs = try String(contentsOf: packageRoot.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        var tables: [String: (names: [String], includes: [String])] = [:]
        var current: String?
        for line in docs.components(separatedBy: "\n") {
            if line.hasPrefix("#") {
                current = nil
                if let match = line.firstMatch(of: /`([A-Za-z]+(?:View|Frame))`\s*$/) { current = String(match.1) }
                if let current { tables[current] = tables[current] ?? ([], []) }
                continue
            }
            guard let type = current, line.hasPrefix("| ") else { continue }
            let cell = line.dropFirst(2).prefix { $0 != "|" }.trimmingCharacters(in: .whitespaces)
            if let include = cell.firstMatch(of: /^all of `([A-Za-z]+)`$/) {
                tables[type]!.includes.append(String(include.1))
            } else if let name = cell.firstMatch(of: /^`([a-z_]+)`$/) {
                tables[type]!.names.append(String(name.1))
            }
        }
        return tables
    }

    @Test func everyViewTypeIsDocumentedExactly() throws {
        let tables = try Self.documentedTables()
        let types = Dictionary(uniqueKeysWithValues: TemplateViewRegistry.all.map { ("\($0)", $0) })
        #expect(Set(tables.keys) == Set(types.keys), "documented but not a view: \(Set(tables.keys).subtracting(types.keys).sorted()); a view without a table: \(Set(types.keys).subtracting(tables.keys).sorted())")
        for (name, type) in types.sorted(by: { $0.key < $1.key }) {
            guard let table = tables[name] else { continue }
            var documented = table.names
            for include in table.includes { documented += tables[include]?.names ?? ["<unknown \(include)>"] }
            var expected = type.keys
            if type is any PageView.Type { expected.removeAll { PageFrame.keys.contains($0) } }
            #expect(Set(documented) == Set(expected), "\(name): documented \(documented.sorted()), the view has \(expected.sorted())")
            #expect(documented.count == Set(documented).count, "\(name) documents a name twice")
        }
    }

    @Test func everyKeyOfEveryViewAnswers() throws {
        let root = Self.packageRoot.appendingPathComponent("Tests/Fixtures/sites/valid/minimal").path
        var diagnostics = Diagnostics()
        let site = try SiteLoader.load(root: root, options: LoadOptions(jobs: 1), diagnostics: &diagnostics)
        let renderer = ArticleBodyRenderer(config: site.config, assets: Set(site.assets))
        let linked = ReferenceResolver.link(site, bodies: site.articles.map(renderer.render), diagnostics: &diagnostics)
        let theme = Theme.load(siteRoot: root, diagnostics: &diagnostics)
        var pages = ViewBuilder(linked, theme: theme).pages().map { $0() }
        pages.append(SingleFileBriefing(linked: linked, theme: theme, jobs: 1).page())
        var seen: Set<String> = []
        func visit(_ value: Any) {
            if let list = value as? [Any] {
                list.forEach(visit)
                return
            }
            guard let view = value as? any TemplateView else { return }
            let type = type(of: view)
            seen.insert("\(type)")
            for key in type.keys {
                let child = view.child(named: key)
                #expect(child != nil, "\(type).\(key) is listed but not answered")
                // No raw text reaches a template: strings are `HTML`.
                #expect(!(child is String), "\(type).\(key) is a String, not HTML")
                if let child { visit(child) }
            }
            #expect(view.child(named: "no_such_name") == nil)
        }
        for page in pages { visit(page.view) }
        #expect(seen.count > 30, "\(seen.sorted())")
    }
}
