import Foundation
import Testing

/// Hostile content: script injection through every YAML field and through Markdown, path traversal
/// through slugs, ids and symbolic links. Nothing executable from content may reach the output,
/// and nothing may be written outside the output folder.
@Suite struct MaliciousSiteTests {
    static let site = BriefingBinary.packageRoot.appendingPathComponent("Tests/Fixtures/sites/valid/malicious")

    /// The names of a start tag's attributes (outside quoted values).
    static func attributeNames(of tag: String) -> [String] {
        var names: [String] = []
        var current = ""
        var quote: Character?
        var inValue = false
        for character in tag.dropFirst(tag.prefix { !$0.isWhitespace }.count) {
            if let open = quote {
                if character == open { quote = nil; inValue = false }
                continue
            }
            switch character {
            case "\"", "'": if inValue { quote = character }
            case "=": if !current.isEmpty { names.append(current.lowercased()); current = "" }; inValue = true
            case _ where character.isWhitespace || character == "/":
                if !current.isEmpty && !inValue { names.append(current.lowercased()) }
                current = ""
                inValue = false
            default: if !inValue { current.append(character) }
            }
        }
        if !current.isEmpty && !inValue { names.append(current.lowercased()) }
        return names
    }

    /// How the chart module opens an `<svg>`; the rest of the tag is its size and accessible name.
    static let chartSVGStart = "svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-"
    /// The elements a chart's SVG is made of.
    static let chartElements: Set<String> = ["title", "desc", "g", "rect", "line", "path", "text"]

    /// Every start tag in the HTML, as written (text is escaped, so a `<` here is always markup); with
    /// `closingSVG`, `</svg>` too, as `/svg`.
    static func tags(in html: String, closingSVG: Bool = false) -> [String] {
        var tags: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if closingSVG, rest.hasPrefix("/svg>") { tags.append("/svg"); continue }
            guard let first = rest.first, first.isLetter, let close = rest.firstIndex(of: ">") else { continue }
            tags.append(String(rest[..<close]))
            rest = rest[close...]
        }
        return tags
    }

    @Test func injectedScriptsNeverReachTheOutput() throws {
        let scratch = try TemporaryFolder()
        let output = scratch.url.appendingPathComponent("out")
        let run = try BriefingBinary.run(["build", "--root", Self.site.path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let files = FileTree(output).files
        #expect(files["articles/attack/index.html"] != nil)
        var charts = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            var insideChart = false
            for tag in Self.tags(in: html, closingSVG: true) {
                if tag == "/svg" { insideChart = false; continue }
                let lower = tag.lowercased()
                if lower.hasPrefix("script") {
                    #expect(lower.contains(" src=\""), "\(path): inline script <\(tag)>")
                }
                let name = String(lower.prefix { !$0.isWhitespace && $0 != "/" })
                if insideChart {
                    #expect(Self.chartElements.contains(name), "\(path): <\(tag)> inside a chart")
                }
                // Only the charts briefing draws may be SVG (docs/charts.md); nothing from content is.
                let chart = name == "svg" && !insideChart && tag.hasPrefix(Self.chartSVGStart)
                if chart { insideChart = true; charts += 1 }
                let allowedStyle = name == "style" && (path == "briefing.html" || path == "404.html")
                #expect(!["iframe", "object", "embed", "style", "svg", "base"].contains(name) || allowedStyle || chart, "\(path): <\(tag)>")
                #expect(!Self.attributeNames(of: tag).contains { $0.hasPrefix("on") }, "\(path): event handler in <\(tag)>")
                for scheme in ["javascript:", "vbscript:", "data:text", "file:"] {
                    #expect(!lower.contains("href=\"\(scheme)") && !lower.contains("src=\"\(scheme)"), "\(path): \(scheme) in <\(tag)>")
                }
            }
            #expect(!html.contains("<script>"), "\(path) has an inline script")
        }
        #expect(charts > 0, "the alliance pages have their charts")
        let attack = String(decoding: files["articles/attack/index.html"]!, as: UTF8.self)
        #expect(attack.contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"image\" />"))
        #expect(attack.contains("&lt;script&gt;alert('in code, escaped')&lt;/script&gt;"))
    }

    @Test func traversalAndSymlinksCannotWriteOutsideTheOutput() throws {
        let scratch = try TemporaryFolder()
        let site = try scratch.copy(Self.site, as: "site")
        let articles = site.appendingPathComponent("Content/articles")
        try Data("---\ntitle: Escape\ndate: 2025-01-01\nslug: ../../escape\n---\nx\n".utf8)
            .write(to: articles.appendingPathComponent("escape.md"))
        try Data("---\ntitle: Id\ndate: 2025-01-01\n---\n[up](article:../../../etc)\n".utf8)
            .write(to: articles.appendingPathComponent("ids.md"))
        let outsideFile = scratch.url.appendingPathComponent("secret.md")
        try Data("---\ntitle: Secret\ndate: 2025-01-01\n---\nsecret\n".utf8).write(to: outsideFile)
        try FileManager.default.createSymbolicLink(at: articles.appendingPathComponent("linked.md"), withDestinationURL: outsideFile)
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("Content/alliances/outside.yml"),
                                                   withDestinationURL: URL(fileURLWithPath: "/etc/hostname"))

        let before = FileTree(scratch.url)
        let run = try BriefingBinary.run(["build", "--root", site.path, "--output", scratch.url.appendingPathComponent("out").path])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(lines.contains { $0.hasPrefix("Content/articles/escape.md:4:7: error: slug '../../escape' is not a valid id") })
        #expect(lines.contains { $0.hasPrefix("Content/articles/ids.md:5:1: error: unknown article '../../../etc'") })
        #expect(lines.contains { $0.hasPrefix("Content/articles/linked.md:1:1: error: this is a symbolic link to a place outside the site folder") })
        #expect(lines.contains { $0.hasPrefix("Content/alliances/outside.yml:1:1: error: this is a symbolic link to a place outside the site folder") })
        #expect(FileTree(scratch.url) == before)
    }
}
