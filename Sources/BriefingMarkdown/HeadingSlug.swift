/// Turns heading text into an `id` by GitHub's rule (github-slugger, as GitHub renders Markdown; SPEC §7).
public enum HeadingSlug {
    /// Lower-cases `text`; keeps letters, digits (`Nd`), `-` and `_`; turns each space (U+0020) into `-`; keeps a
    /// mark (`Mn`, `Mc`, `Me`, e.g. U+FE0F or a combining accent) only right after a kept letter, digit or mark;
    /// drops everything else. Hyphens are not merged (`a -- b` → `a----b`, as on GitHub); the one difference
    /// from GitHub: spaces left at either end once the other characters are dropped give no `-` (`🛡️ Defence` →
    /// `defence`, where GitHub writes `-defence`). An empty result is `section`. Uniqueness (`-1`, `-2`, …) is
    /// the caller's (`HeadingIDAllocator`).
    ///
    /// `"Türkiye and Côte d'Ivoire"` → `türkiye-and-côte-divoire`; `"snake_case API"` → `snake_case-api`.
    public static func make(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var markAllowed = false
        var pendingSpaces = 0
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                if !result.isEmpty { pendingSpaces += 1 }
                markAllowed = false
                continue
            }
            // ASCII needs no Unicode property lookup: letters, digits, and the rest (no ASCII character is a mark).
            let category: Unicode.GeneralCategory = if scalar.isASCII {
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) ? .lowercaseLetter
                    : ("0"..."9").contains(scalar) ? .decimalNumber : .otherSymbol
            } else {
                scalar.properties.generalCategory
            }
            let isMark = category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
            let kept = scalar == "-" || scalar == "_" || isMark && markAllowed || Self.isLetterOrDigit(category)
            if kept && pendingSpaces > 0 {
                result.append(contentsOf: repeatElement("-" as Unicode.Scalar, count: pendingSpaces))
                pendingSpaces = 0
            }
            if scalar == "-" || scalar == "_" {
                result.append(scalar)
                markAllowed = false
                continue
            }
            switch category {
            case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
                result.append(scalar)
                markAllowed = true
            case .nonspacingMark, .spacingMark, .enclosingMark:
                if markAllowed { result.append(scalar) }
            default:
                markAllowed = false
            }
        }
        return result.isEmpty ? "section" : String(result)
    }

    private static func isLetterOrDigit(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: return true
        default: return false
        }
    }
}
