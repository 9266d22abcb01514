import Foundation
import Testing

/// One folder of `Tests/Fixtures/sites/invalid/`: a small site with one mistake, and what `briefing build`
/// must print and return for it. The format of the folder is described in that folder's README.md.
struct BrokenSiteCase: Sendable, CustomTestStringConvertible {
    static let folder = BriefingBinary.packageRoot.appendingPathComponent("Tests/Fixtures/sites/invalid")
    static let validSite = BriefingBinary.packageRoot.appendingPathComponent("Tests/Fixtures/sites/valid/minimal")

    let name: String

    var url: URL { Self.folder.appendingPathComponent(name) }
    var testDescription: String { name }

    /// Every case folder (a folder holding `Content/`), sorted by name: adding a folder adds a case.
    static var all: [BrokenSiteCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(name + "/Content").path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.map(BrokenSiteCase.init)
    }

    static func named(_ name: String) -> BrokenSiteCase { BrokenSiteCase(name: name) }

    /// What `expected.txt` says: the exit status (`exit: N` on the first line, else 1) and the diagnostic lines.
    struct Expectation {
        var status: Int32
        var lines: [String]
    }

    func expectation() throws -> Expectation {
        var lines = try Self.lines(of: url.appendingPathComponent("expected.txt"))
        var status: Int32 = 1
        if let first = lines.first, first.hasPrefix("exit:") {
            guard let value = Int32(first.dropFirst("exit:".count).trimmingCharacters(in: .whitespaces)) else {
                throw FixtureError("\(name)/expected.txt: bad first line '\(first)'; write 'exit: N'")
            }
            status = value
            lines.removeFirst()
        }
        return Expectation(status: status, lines: lines)
    }

    /// Extra command-line arguments from `args.txt`, one per line.
    func arguments() throws -> [String] {
        let file = url.appendingPathComponent("args.txt")
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        return try Self.lines(of: file)
    }

    /// Symbolic links from `symlinks.txt`: `<link> -> <target>`, both relative to the site root.
    func symlinks() throws -> [(link: String, target: String)] {
        let file = url.appendingPathComponent("symlinks.txt")
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        return try Self.lines(of: file).map { line in
            let parts = line.components(separatedBy: " -> ")
            guard parts.count == 2 else { throw FixtureError("\(name)/symlinks.txt: bad line '\(line)'; write '<link> -> <target>'") }
            return (parts[0], parts[1])
        }
    }

    /// Copies the case into `scratch` as `site` and creates its symbolic links; returns the site root.
    /// A link target that does not exist is created as a small text file (it lies outside the copy).
    func materialize(in scratch: TemporaryFolder) throws -> URL {
        let site = try scratch.copy(url, as: "site")
        let fileManager = FileManager.default
        for (link, target) in try symlinks() {
            let linkURL = site.appendingPathComponent(link)
            let targetURL = site.appendingPathComponent(target).standardizedFileURL
            if !fileManager.fileExists(atPath: targetURL.path) {
                try fileManager.createDirectory(at: targetURL.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("This file lies outside the site folder.\n".utf8).write(to: targetURL)
            }
            try fileManager.createDirectory(at: linkURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fileManager.createSymbolicLink(atPath: linkURL.path, withDestinationPath: targetURL.path)
        }
        return site
    }

    /// Lines of a text file without the trailing empty line; blank lines are kept only inside.
    static func lines(of file: URL) throws -> [String] {
        let text = try String(contentsOf: file, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// A diagnostic line as `briefing` prints it in text format: `path:line:column: error|warning: message`.
struct DiagnosticLine: Equatable {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var message: String

    // The path may contain spaces ("Content/articles/My Article.md"), so it is matched lazily up to `:N:N: `.
    nonisolated(unsafe) static let pattern = try! Regex(#"^(.+?):(\d+):(\d+): (error|warning): (.*)$"#)

    init?(_ text: some StringProtocol) {
        guard let match = String(text).wholeMatch(of: Self.pattern),
              let file = match[1].substring, let line = match[2].substring.flatMap({ Int($0) }),
              let column = match[3].substring.flatMap({ Int($0) }),
              let severity = match[4].substring, let message = match[5].substring else { return nil }
        self.file = String(file)
        self.line = line
        self.column = column
        self.severity = String(severity)
        self.message = String(message)
    }

    /// Splits standard error into diagnostic lines, the summary lines briefing adds after them
    /// (`2 errors, 1 warning`, `build failed; …`), and anything else (which should be nothing).
    static func split(_ stderr: String) -> (diagnostics: [String], summary: [String], unexpected: [String]) {
        var diagnostics: [String] = [], summary: [String] = [], unexpected: [String] = []
        for line in stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) where !line.isEmpty {
            if DiagnosticLine(line) != nil {
                diagnostics.append(line)
            } else if isSummary(line) {
                summary.append(line)
            } else {
                unexpected.append(line)
            }
        }
        return (diagnostics, summary, unexpected)
    }

    static func isSummary(_ line: String) -> Bool {
        if line.hasPrefix("build failed") { return true }
        guard let first = line.split(separator: " ").first, Int(first) != nil else { return false }
        return line.contains(" error") || line.contains(" warning")
    }
}
