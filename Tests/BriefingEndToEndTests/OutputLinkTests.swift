import Foundation
import Testing

/// Builds the repository's example site and resolves every `href` and `src` of every page against the
/// output folder, as a browser opening the files from disk would: no link may point at a missing file or anchor.
@Suite struct OutputLinkTests {
    @Test func exampleSiteHasNoBrokenInternalLinks() throws {
        try Self.checkLinks(root: BriefingBinary.packageRoot.path, minimumPages: 90, minimumLinks: 1000)
    }

    /// The real-documents corpus: links between Markdown files, assets with spaces and fragments, tables, anchors.
    @Test func realDocumentsCorpusHasNoBrokenInternalLinks() throws {
        let root = BriefingBinary.packageRoot.appendingPathComponent("Tests/Fixtures/sites/real-documents-corpus")
        // The one dead anchor the corpus has on purpose; the build reports it as broken-anchor.
        try Self.checkLinks(root: root.path, minimumPages: 15, minimumLinks: 200, reported: [
            "articles/design/index.html: ../../articles/readme/index.html#instalation → no id 'instalation' in articles/readme/index.html",
            "briefing.html: #article-readme.instalation → no id 'article-readme.instalation' in briefing.html",
        ])
    }

    /// Every href/src of every page, fragments included, resolves to a file and an element id of the output.
    /// `reported`: broken links the build reports itself (as they would appear in the list of broken links).
    static func checkLinks(root: String, minimumPages: Int, minimumLinks: Int, reported: [String] = []) throws {
        let scratch = try TemporaryFolder()
        let output = scratch.url.appendingPathComponent("Output")
        let run = try BriefingBinary.run(["build", "--root", root, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")

        let pages = FileTree(output).files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > minimumPages)
        var broken: [String] = []
        var checked = 0
        for (page, data) in pages.sorted(by: { $0.key < $1.key }) {
            let html = String(decoding: data, as: UTF8.self)
            for reference in LinkExtractor.references(in: html) {
                guard let target = LinkExtractor.resolve(reference, from: page) else { continue }
                checked += 1
                guard let targetData = pages[target.path] ?? FileTree.read(output, target.path) else {
                    broken.append("\(page): \(reference) → missing \(target.path)")
                    continue
                }
                if target.path.hasSuffix(".html"), let fragment = target.fragment.map({ $0.removingPercentEncoding ?? $0 }), !fragment.isEmpty,
                   !String(decoding: targetData, as: UTF8.self).contains("id=\"\(fragment)\"") {
                    broken.append("\(page): \(reference) → no id '\(fragment)' in \(target.path)")
                }
            }
        }
        #expect(checked > minimumLinks)
        #expect(broken == reported, "\(broken.count) broken links:\n\(broken.prefix(20).joined(separator: "\n"))")
    }

    @Test func srcsetCandidatesAreChecked() {
        let html = "<img src=\"a.png\" srcset=\"a-1x.png 1x, ../b/a-2x.png 2x,c.png  480w\" alt=\"\"><form action=\"search/index.html\"></form>"
        #expect(LinkExtractor.references(in: html) == ["a.png", "search/index.html", "a-1x.png", "../b/a-2x.png", "c.png"])
    }

    @Test func offlinePagesAndFilesAreWrittenAndLinkedFromEveryPage() throws {
        let scratch = try TemporaryFolder()
        let output = scratch.url.appendingPathComponent("Output")
        let run = try BriefingBinary.run(["build", "--root", BriefingBinary.packageRoot.path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let files = FileTree(output).files
        for path in ["search/index.html", "search/search-index.js", "static/search.js", "feed.xml", "sitemap.xml", "404.html", "briefing.html"] {
            #expect(files[path] != nil, "no \(path)")
        }
        // Each language's pages link that language's search page, feed and single file (SPEC §10: `ar/…` for Arabic).
        for (page, data) in files where page.hasSuffix(".html") && !page.hasSuffix("briefing.html") {
            let references = Set(LinkExtractor.references(in: String(decoding: data, as: UTF8.self)))
                .compactMap { LinkExtractor.resolve($0, from: page)?.path }
            let folder = page.hasPrefix("ar/") ? "ar/" : ""
            for target in ["search/index.html", "feed.xml", "briefing.html"] {
                #expect(references.contains(folder + target), "\(page) does not link to \(folder + target)")
            }
        }
        let search = String(decoding: files["search/index.html"] ?? Data(), as: UTF8.self)
        #expect(search.contains("<script src=\"search-index.js\"></script>") || search.contains("<script src=\"../search/search-index.js\"></script>"))
        let briefing = String(decoding: files["briefing.html"] ?? Data(), as: UTF8.self)
        let external = LinkExtractor.references(in: briefing).filter { !$0.hasPrefix("#") && !$0.hasPrefix("https://") && !$0.hasPrefix("http://") }
        #expect(external.isEmpty, "briefing.html must stand alone: \(external.prefix(5))")
    }

    @Test func internalLinksAreRelativeAndNameFiles() throws {
        let scratch = try TemporaryFolder()
        let output = scratch.url.appendingPathComponent("Output")
        _ = try BriefingBinary.run(["build", "--root", BriefingBinary.packageRoot.path, "--output", output.path])
        for (page, data) in FileTree(output).files where page.hasSuffix(".html") {
            for reference in LinkExtractor.references(in: String(decoding: data, as: UTF8.self)) where !LinkExtractor.isExternal(reference) {
                #expect(!reference.hasPrefix("/"), "\(page): \(reference) is root-absolute")
                let path = reference.split(separator: "#", omittingEmptySubsequences: false)[0]
                #expect(path.isEmpty || !path.hasSuffix("/"), "\(page): \(reference) names a folder, not a file")
            }
        }
    }
}

/// Finds link targets in HTML and resolves relative ones the way `file://` does.
enum LinkExtractor {
    /// Every `href`, `src`, `action` and `srcset` candidate URL in `html`.
    static func references(in html: String) -> [String] {
        var results: [String] = []
        for attribute in [" href=\"", " src=\"", " action=\"", " srcset=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                let value = String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&")
                results += attribute == " srcset=\"" ? srcsetURLs(value) : [value]
                rest = rest[end...]
            }
        }
        return results
    }

    /// The URLs of a `srcset` value: comma-separated candidates, each a URL and an optional width or density.
    static func srcsetURLs(_ value: String) -> [String] {
        value.split(separator: ",").compactMap { candidate in
            candidate.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).first.map(String.init)
        }
    }

    static func isExternal(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":") else { return false }
        let scheme = reference[..<colon]
        return !scheme.contains("/") && !scheme.contains("#")
    }

    /// The output-relative file and fragment a reference on `page` points to; nil for external links.
    static func resolve(_ reference: String, from page: String) -> (path: String, fragment: String?)? {
        if isExternal(reference) { return nil }
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let withoutQuery = parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let pathPart = String(withoutQuery).removingPercentEncoding ?? String(withoutQuery)
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        if pathPart.isEmpty { return (page, fragment) }
        var components = page.split(separator: "/").dropLast().map(String.init)
        for component in pathPart.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "..": if !components.isEmpty { components.removeLast() } else { components.append("<above the output folder>") }
            case ".", "": continue
            default: components.append(String(component))
            }
        }
        return (components.joined(separator: "/"), fragment)
    }
}

extension FileTree {
    static func read(_ folder: URL, _ path: String) -> Data? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
    }
}
