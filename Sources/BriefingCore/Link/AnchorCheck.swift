import Foundation
import BriefingMarkdown

/// Checks every `#fragment` of an internal link against the ids the target page really has (SPEC §7): the ids
/// are read from the rendered pages' `id="…"` attributes, so heading ids and the ids any theme's templates put
/// on a page count alike. Run after the render stage.
public enum AnchorCheck {
    /// Warnings `broken-anchor` (with a "did you mean") for fragments whose page exists but has no such id.
    /// Links to pages that were not rendered (unknown targets, already reported) are skipped. A page reused from
    /// the previous build (`RenderedFile.reusedFrom`) is read from there.
    public static func check(_ bodies: [ArticleBody], pages: [RenderedFile]) -> [Diagnostic] {
        let wanted = Set(bodies.flatMap { $0.fragmentLinks.map(\.page) })
        guard !wanted.isEmpty else { return [] }
        var idsByPage: [String: Set<String>] = [:]
        for page in pages where wanted.contains(page.path) {
            var bytes = page.bytes
            if let old = page.reusedFrom, let data = FileManager.default.contents(atPath: old) { bytes = [UInt8](data) }
            idsByPage[page.path] = ids(in: bytes)
        }
        var diagnostics: [Diagnostic] = []
        for body in bodies {
            for link in body.fragmentLinks {
                guard let ids = idsByPage[link.page], !ids.contains(link.fragment) else { continue }
                var message = "\(link.targetDescription) has no heading or element with the id '\(link.fragment)'"
                if let hidden = link.fragment.unicodeScalars.first(where: { UnicodeCharacterName.isStrippedFromToken($0) || $0.properties.isVariationSelector }) {
                    message += ", which holds \(UnicodeCharacterName.phrase(hidden))"
                }
                if let lower = ids.first(where: { $0 == link.fragment.lowercased() }) {
                    message += "; ids are lower case: did you mean '\(lower)'?"
                } else if let close = ids.sorted().first(where: { $0 == HeadingSlug.make(link.fragment) }) {
                    message += "; did you mean '\(close)'?"
                } else {
                    message += Suggestion.hint(for: link.fragment, in: ids.sorted())
                }
                diagnostics.append(.warning("broken-anchor", file: link.file, at: link.location, message))
            }
        }
        return diagnostics
    }

    /// The values of every ` id="…"` attribute, character references `&amp;`, `&quot;`, `&lt;`, `&gt;`, `&#39;` decoded.
    static func ids(in bytes: [UInt8]) -> Set<String> {
        let marker = Array(" id=\"".utf8)
        var ids: Set<String> = []
        var index = 0
        while index + marker.count <= bytes.count {
            if bytes[index] == 0x20, bytes[index..<index + marker.count].elementsEqual(marker) {
                let start = index + marker.count
                guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                var value = String(decoding: bytes[start..<end], as: UTF8.self)
                if value.contains("&") {
                    value = value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                        .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'")
                        .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
                }
                ids.insert(value)
                index = end
            } else {
                index += 1
            }
        }
        return ids
    }
}
