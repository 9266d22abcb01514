/// The base direction of a label, by its first strong character (Unicode bidi rule P2, approximated by script
/// blocks: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms are right-to-left; any other letter
/// is left-to-right; digits, punctuation and marks decide nothing).
public enum TextDirection {
    public static func isRightToLeft(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            if isStrongRightToLeft(scalar.value) { return true }
            if scalar.properties.isAlphabetic && scalar.properties.generalCategory != .nonspacingMark { return false }
        }
        return false
    }

    static func isStrongRightToLeft(_ value: UInt32) -> Bool {
        switch value {
        case 0x0591...0x05C7, 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0711, 0x0730...0x074A,
             0x07A6...0x07B0, 0x07EB...0x07F3, 0x08D3...0x08FF:
            return false
        case 0x0600...0x0605, 0x0660...0x0669, 0x066B...0x066C, 0x06DD, 0x06F0...0x06F9, 0x08E2:
            return false
        case 0x05BE, 0x05C0, 0x05C3, 0x05C6, 0x05D0...0x05FF, 0x0608, 0x060B, 0x060D, 0x061B...0x064A,
             0x066D...0x06D5, 0x06E5...0x06E6, 0x06EE...0x06EF, 0x06FA...0x070D, 0x0710, 0x0712...0x072F,
             0x074D...0x07A5, 0x07B1, 0x07C0...0x07EA, 0x07F4...0x07F5, 0x07FA, 0x0800...0x08D2,
             0xFB1D...0xFDFF, 0xFE70...0xFEFC, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
            return true
        default:
            return false
        }
    }
}
