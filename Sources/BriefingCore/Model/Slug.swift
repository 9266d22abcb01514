import Foundation

/// Turns a title into an id of the form `[a-z0-9][a-z0-9-]*`: letters are transliterated to ASCII
/// ("Türkiye & Côte d'Ivoire" → `turkiye-cote-d-ivoire`, "Москва" → `moskva`), every other run of characters
/// becomes one hyphen. The one rule for ids made from text: `briefing new` (file names), `briefing init`, and the
/// renaming suggestions of `briefing check` (`SiteConfigLoader.suggestedID`). Heading ids follow another rule
/// (`HeadingSlug`, GitHub's).
public enum Slug {
    /// The slug of `title`; empty when nothing of it can be written in ASCII letters or digits.
    public static func make(from title: String) -> String {
        // Invisible and format characters (U+200B, U+202E, U+00AD, …) are not word breaks: leave them out.
        let title = String(String.UnicodeScalarView(title.unicodeScalars.filter { !UnicodeCharacterName.isStrippedFromToken($0) || UnicodeCharacterName.isNoBreakSpace($0) }))
        let ascii = title.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false)
            ?? decomposedFallback(title)
        var slug = ""
        var pendingHyphen = false
        for scalar in ascii.unicodeScalars {
            let isWordCharacter = scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
            if isWordCharacter {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar.isASCII && ("A"..."Z").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            } else {
                pendingHyphen = true
            }
        }
        return shortened(slug)
    }

    /// Slugs longer than this are cut at a hyphen.
    public static let maximumLength = 80

    private static func shortened(_ slug: String) -> String {
        guard slug.count > maximumLength else { return slug }
        let prefix = slug.prefix(maximumLength)
        guard let hyphen = prefix.lastIndex(of: "-") else { return String(prefix) }
        return String(prefix[..<hyphen])
    }

    /// Without ICU transforms: canonical decomposition with the combining marks dropped.
    private static func decomposedFallback(_ title: String) -> String {
        var result = ""
        for scalar in title.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            result.unicodeScalars.append(scalar)
        }
        return result.lowercased()
    }
}
