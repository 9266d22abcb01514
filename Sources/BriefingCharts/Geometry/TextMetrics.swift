/// Estimates how wide a line of text is without a font: per-character widths in em, on the generous side of
/// common sans-serif fonts (Arial, Helvetica, Roboto, Segoe UI, DejaVu Sans, Verdana), so a label laid out in
/// the estimated box never overlaps its neighbour or leaves the drawing.
public enum TextMetrics {
    /// Estimated width in user units of `text` at `fontSize`, `bold` adding 10 %.
    public static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += em(scalar) }
        return ems * fontSize * (bold ? 1.1 : 1.0)
    }

    /// `text` shortened at a character boundary and ended with `…` so it fits `maxWidth`; unchanged when it fits.
    public static func truncated(_ text: String, fontSize: Double, maxWidth: Double, bold: Bool = false) -> String {
        guard width(text, fontSize: fontSize, bold: bold) > maxWidth else { return text }
        let budget = maxWidth - width("…", fontSize: fontSize, bold: bold)
        var result = ""
        var used = 0.0
        for character in text {
            let next = width(String(character), fontSize: fontSize, bold: bold)
            if used + next > budget { break }
            used += next
            result.append(character)
        }
        while result.last?.isWhitespace == true { result.removeLast() }
        return result + "…"
    }

    /// Width of one scalar in em.
    static func em(_ scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        if value < 0x80 { return ascii[Int(value)] }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if isWide(value) { return 1.05 }
        if scalar.properties.isEmojiPresentation { return 1.25 }
        if (0x0590...0x08FF).contains(value) || (0xFB1D...0xFEFC).contains(value) { return 0.66 }
        return scalar.properties.isUppercase ? 0.84 : 0.68
    }

    private static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
    }

    /// Widths of printable ASCII in em: the wider of DejaVu Sans and Verdana (the widest common sans-serif
    /// fonts), rounded up by about 5 %; controls are 0.
    private static let ascii: [Double] = {
        var widths = [Double](repeating: 0, count: 128)
        let table: [(String, Double)] = [
            (" ", 0.36), ("!\"',.:;|`", 0.40), ("ijl", 0.31), ("IJ", 0.44), ("ft()[]{}/\\", 0.45), ("r-", 0.46),
            ("*^", 0.66), ("csz", 0.58), ("kvxy", 0.64), ("abdeghnopqu_", 0.68), ("0123456789#$?", 0.68),
            ("+<=>~", 0.88), ("&", 0.78), ("EFLPST", 0.72), ("ABCDGHKNORUVXYZ", 0.84), ("Q", 0.84), ("M", 0.92),
            ("w", 0.88), ("m", 1.04), ("%", 1.14), ("W@", 1.06),
        ]
        for (characters, width) in table {
            for scalar in characters.unicodeScalars { widths[Int(scalar.value)] = width }
        }
        return widths
    }()
}
