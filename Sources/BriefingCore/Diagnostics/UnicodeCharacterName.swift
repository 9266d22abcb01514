import BriefingMarkdown

/// Names of characters for messages: `U+200B ZERO WIDTH SPACE`, and which characters are worth naming.
public enum UnicodeCharacterName {
    /// `U+XXXX NAME` (`ScalarDescription`, which also names the control characters).
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        ScalarDescription.describe(scalar)
    }

    /// Spaces that look like an ordinary space but are not one to YAML: U+00A0, U+2007, U+202F, U+3000.
    public static func isNoBreakSpace(_ scalar: Unicode.Scalar) -> Bool {
        [0x00A0, 0x2007, 0x202F, 0x3000].contains(scalar.value)
    }

    /// Characters a reader cannot see: format characters (general category Cf: U+200B, U+200E, U+2060, U+FEFF, …)
    /// and the no-break spaces. In an id they make a different id that looks the same.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        // No ASCII character is a format character (Cf) or a no-break space; the category lookup is not free.
        guard !scalar.isASCII else { return false }
        return scalar.properties.generalCategory == .format || isNoBreakSpace(scalar)
    }

    /// Invisible characters that are wrong in running text too. Joiners (U+200C, U+200D), which Persian, Indic
    /// scripts and emoji need, and no-break spaces, which typography uses, are left alone; so are the Arabic
    /// number signs and other Cf characters that show a glyph.
    public static func isInvisibleInText(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII, scalar.properties.generalCategory == .format else { return false }
        switch scalar.value {
        case 0x200C, 0x200D, 0x0600...0x0605, 0x06DD, 0x070F, 0x08E2, 0x110BD, 0x110CD: return false
        default: return true
        }
    }

    /// C0 controls other than tab and line feed, DEL, and C1 controls (SPEC §7).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
    }

    /// Characters left out of an id, code or key (and reported): the invisible ones and control characters.
    public static func isStrippedFromToken(_ scalar: Unicode.Scalar) -> Bool {
        isInvisible(scalar) || isControl(scalar)
    }

    /// "an invisible character U+200B ZERO WIDTH SPACE", "a no-break space U+00A0 NO-BREAK SPACE", …
    public static func phrase(_ scalar: Unicode.Scalar) -> String {
        if isNoBreakSpace(scalar) { return "a no-break space \(describe(scalar))" }
        if isControl(scalar) { return "a control character \(describe(scalar))" }
        return "an invisible character \(describe(scalar))"
    }

    /// For a file name holding invisible or control characters, "the file name 'shusha<U+200B>.yml' has an invisible
    /// character U+200B ZERO WIDTH SPACE after 'shusha'; rename the file to 'shusha.yml'"; nil when it has none.
    public static func fileNameMessage(stem: String, extension ext: String) -> String? {
        let scalars = Array(stem.unicodeScalars)
        guard let index = scalars.firstIndex(where: isStrippedFromToken) else { return nil }
        let clean = String(String.UnicodeScalarView(scalars.filter { !isStrippedFromToken($0) }))
        let before = String(String.UnicodeScalarView(scalars[..<index].filter { !isStrippedFromToken($0) }))
        let place = before.isEmpty ? "at its start" : "after '\(before)'"
        return "the file name holds \(phrase(scalars[index])) \(place); rename the file to '\(clean).\(ext)'"
    }

    /// The message for the character at `index` of a token (`noun` names it: "alliance id", "key"): "the alliance
    /// id 'shusha' is followed by an invisible character U+200B ZERO WIDTH SPACE at column 19; delete it".
    public static func tokenMessage(noun: String, token: [Unicode.Scalar], index: Int, column: Int) -> String {
        let (clean, place) = tokenPlace(token: token, index: index)
        return "the \(noun) '\(clean)' \(place) \(phrase(token[index])) at column \(column); delete it"
    }

    /// The token without its invisible and control characters, and where the one at `index` is in it:
    /// ("shusha", "is followed by"), ("AZ", "has, after 'A',"), ("TR", "is preceded by").
    public static func tokenPlace(token: [Unicode.Scalar], index: Int) -> (clean: String, place: String) {
        let kept = token.filter { !isStrippedFromToken($0) }
        let before = token[..<index].filter { !isStrippedFromToken($0) }
        let clean = String(String.UnicodeScalarView(kept))
        let place: String
        if before.count == kept.count {
            place = "is followed by"
        } else if before.isEmpty {
            place = "is preceded by"
        } else {
            place = "has, after '\(String(String.UnicodeScalarView(before)))',"
        }
        return (clean, place)
    }
}
