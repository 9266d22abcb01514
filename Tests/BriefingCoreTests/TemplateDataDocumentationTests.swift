import Foundation
import Testing
@testable import BriefingCore

/// Every name the page builder gives a template is documented in docs/templates.md — the other half of
/// the check that every name a template uses is documented (TemplateDocumentationTests).
@Suite struct TemplateDataDocumentationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func keys(of value: Any, into keys: inout Set<String>) {
        if let object = value as? [String: Any] {
            for (key, child) in object {
                keys.insert(key)
                Self.keys(of: child, into: &keys)
            }
        } else if let list = value as? [Any] {
            for item in list { Self.keys(of: item, into: &keys) }
        }
    }

    @Test func everyNameGivenToATemplateIsDocumented() throws {
        let root = Self.packageRoot.appendingPathComponent("Tests/Fixtures/sites/valid/minimal").path
        var diagnostics = Diagnostics()
        let site = try SiteLoader.load(root: root, options: LoadOptions(jobs: 1), diagnostics: &diagnostics)
        let renderer = ArticleBodyRenderer(config: site.config, assets: Set(site.assets))
        let linked = ReferenceResolver.link(site, bodies: site.articles.map(renderer.render), diagnostics: &diagnostics)
        let theme = Theme.load(siteRoot: root, diagnostics: &diagnostics)
        var pages = PageBuilder(linked, theme: theme, jobs: 1).pages().map { $0() }
        pages.append(SingleFileBriefing(linked: linked, theme: theme, jobs: 1).page())
        var names: Set<String> = []
        for page in pages { Self.keys(of: page.data, into: &names) }
        #expect(names.count > 50)

        let docs = try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        let undocumented = names.filter { name in
            docs.range(of: "(?<![A-Za-z0-9_])\(name)(?![A-Za-z0-9_])", options: .regularExpression) == nil
        }
        #expect(undocumented.isEmpty, "not in docs/templates.md: \(undocumented.sorted())")
    }
}
