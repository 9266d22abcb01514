/// The rules for ids (slugs, alliance ids, taxonomy ids) and country codes.
public enum Identifier {
    /// `[a-z0-9][a-z0-9-]*`
    public static func isValidID(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLowerAlnum(first) else { return false }
        return text.utf8.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// Two upper-case ASCII letters.
    public static func isValidCountryCode(_ text: String) -> Bool {
        text.utf8.count == 2 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
