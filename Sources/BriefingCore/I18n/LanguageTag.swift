/// A BCP 47 language tag split into the parts briefing uses: `ar`, `fa-IR`, `az-Arab`, `ar-u-nu-latn`.
///
/// Only the shape is checked (RFC 5646 §2.1: a 2–3 letter primary language, then subtags of 1–8
/// letters or digits); whether the language exists is left to CLDR. Subtags are normalised to the
/// RFC's case conventions: language lower case, script title case, region upper case.
public struct LanguageTag: Sendable, Hashable, CustomStringConvertible {
    /// Primary language subtag, lower case: `ar`, `ckb`.
    public let language: String
    /// Script subtag (four letters), title case: `Arab`, `Latn`.
    public let script: String?
    /// Region subtag (two letters or three digits), upper case: `SA`, `419`.
    public let region: String?
    /// The whole tag in normalised case, e.g. `az-Arab-IR`.
    public let tag: String

    /// Parses `text`; nil when it does not have the shape of a language tag.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }),
              parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        var normalised = [first.lowercased()]
        var script: String?
        var region: String?
        var inExtension = false
        for (index, part) in parts.enumerated().dropFirst() {
            if part.count == 1 { inExtension = true }
            if inExtension {
                normalised.append(part.lowercased())
            } else if index == 1, part.count == 4, part.allSatisfy(\.isLetter) {
                script = part.prefix(1).uppercased() + part.dropFirst().lowercased()
                normalised.append(script!)
            } else if region == nil, (part.count == 2 && part.allSatisfy(\.isLetter)) || (part.count == 3 && part.allSatisfy(\.isNumber)) {
                region = part.uppercased()
                normalised.append(region!)
            } else {
                normalised.append(part.lowercased())
            }
        }
        self.language = first.lowercased()
        self.script = script
        self.region = region
        self.tag = normalised.joined(separator: "-")
    }

    public var description: String { tag }
}
