/// The rules for `base_url` (site.yml) and `--base-url` (SPEC §8): an absolute `http`/`https` URL that can be
/// written as it is into HTML attributes, XML and the sitemap — ASCII only, no spaces, quotes, `<`/`>`, query,
/// fragment or user info. A non-ASCII URL is refused with its encoded form (host in punycode, path
/// percent-encoded, RFC 3986/3492) offered to copy, so the published address is the one the author chose.
public enum BaseURL {
    /// `text` normalised to end in `/`, or a sentence saying what is wrong with it (to follow "base_url 'x' ").
    public static func validate(_ text: String) -> Result<String, Problem> {
        let lower = text.lowercased()
        guard let schemeEnd = ["https://", "http://"].first(where: { lower.hasPrefix($0) })?.count else {
            return .failure(Problem("must be an absolute http:// or https:// URL, e.g. https://example.org/briefing/"))
        }
        let rest = text.unicodeScalars.dropFirst(schemeEnd)
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let authority = String(String.UnicodeScalarView(rest[rest.startIndex..<authorityEnd]))
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let at = "at character \(offset + 1)"
            if scalar == " " || scalar.properties.isWhitespace {
                let what = scalar == " " ? "a space" : "a space character \(UnicodeCharacterName.describe(scalar))"
                return .failure(Problem("contains \(what) \(at); write it as \(encoded(text))", at: offset))
            }
            if UnicodeCharacterName.isInvisible(scalar) || UnicodeCharacterName.isControl(scalar) {
                return .failure(Problem("contains an invisible character \(UnicodeCharacterName.describe(scalar)) \(at); delete it", at: offset))
            }
            switch scalar {
            case "\"", "'", "`": return .failure(Problem("contains a quote (\(scalar)) \(at); remove it", at: offset))
            case "<", ">": return .failure(Problem("contains '\(scalar)' \(at); remove it", at: offset))
            case "\\", "{", "}", "|", "^": return .failure(Problem("contains '\(scalar)' \(at), which is not allowed in a URL; write it as %\(hex(scalar.value))", at: offset))
            case "%":
                let next = Array(text.unicodeScalars.dropFirst(offset + 1).prefix(2))
                if next.count < 2 || !next.allSatisfy({ $0.properties.isASCIIHexDigit }) {
                    return .failure(Problem("contains '%' \(at) that does not start a %XX escape; write a percent sign as %25", at: offset))
                }
            case "?": return .failure(Problem("has a query ('\(String(text.unicodeScalars.dropFirst(offset)))'); page paths are appended to base_url, so it cannot have one — remove it", at: offset))
            case "#": return .failure(Problem("has a fragment ('\(String(text.unicodeScalars.dropFirst(offset)))'); page paths are appended to base_url, so it cannot have one — remove it", at: offset))
            default: break
            }
        }
        if authority.contains("@") {
            return .failure(Problem("contains user information ('\(authority.split(separator: "@").dropLast().joined(separator: "@"))@'); remove it, a published address has none"))
        }
        let host = hostPart(of: authority)
        if host.isEmpty { return .failure(Problem("has no host name after '\(text.prefix(schemeEnd))'")) }
        var afterHost = authority.dropFirst(host.count)
        if host.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else {
                return .failure(Problem("has '[' without the closing ']' of an IPv6 address"))
            }
            let literal = authority[...close]
            let inside = literal.dropFirst().dropLast()
            if inside.isEmpty || !inside.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) || !inside.contains(":") {
                return .failure(Problem("has an IPv6 address '\(literal)' that is not one: only hexadecimal digits, ':' and '.' belong between the brackets"))
            }
            afterHost = authority[authority.index(after: close)...]
            if let first = afterHost.first, first != ":" {
                return .failure(Problem("has '\(afterHost)' after the IPv6 address '\(literal)' where only ':' and a port may follow"))
            }
        }
        if afterHost.first == ":" {
            let port = afterHost.dropFirst()
            if port.isEmpty || !port.allSatisfy({ $0.isASCII && $0.isNumber }) {
                return .failure(Problem("has an invalid port '\(port)' after the host"))
            }
            if port.count > 5 || !(1...65535).contains(Int(port) ?? 0) {
                return .failure(Problem("has a port '\(port)' outside 1–65535"))
            }
        }
        if !text.unicodeScalars.allSatisfy(\.isASCII) {
            return .failure(Problem("contains characters that must be encoded in a URL (sitemaps and feeds need the encoded form); write it as \(encoded(text))"))
        }
        return .success(text.hasSuffix("/") ? text : text + "/")
    }

    /// Why a base URL was refused, phrased to follow "base_url '<value>' ".
    public struct Problem: Error, Equatable, Sendable {
        public let reason: String
        /// 0-based index (in Unicode scalars) of the character the reason is about, when it is about one.
        public let index: Int?
        init(_ reason: String, at index: Int? = nil) { self.reason = reason; self.index = index }
        /// Problems are the same when their reasons are (the reason names the character's place too).
        public static func == (lhs: Problem, rhs: Problem) -> Bool { lhs.reason == rhs.reason }
    }

    /// The URL with its host in punycode and everything else percent-encoded (UTF-8), existing `%XX` kept.
    public static func encoded(_ text: String) -> String {
        let lower = text.lowercased()
        let schemeEnd = ["https://", "http://"].first(where: { lower.hasPrefix($0) })?.count ?? 0
        let scalars = Array(text.unicodeScalars)
        let rest = scalars[schemeEnd...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" }) ?? rest.endIndex
        let authority = String(String.UnicodeScalarView(rest[schemeEnd..<authorityEnd]))
        var result = String(String.UnicodeScalarView(scalars[..<schemeEnd]))
        result += authority.split(separator: ".", omittingEmptySubsequences: false).map { label in
            label.unicodeScalars.allSatisfy(\.isASCII) ? percentEncoded(String(label)) : "xn--" + Punycode.encode(String(label).lowercased())
        }.joined(separator: ".")
        result += percentEncoded(String(String.UnicodeScalarView(rest[authorityEnd...])))
        return result
    }

    private static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, byte > 0x20, !"\"'<>\\^`{|}".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + hex(UInt32(byte))
            }
        }
        return out
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    private static func hostPart(of authority: String) -> String {
        if authority.hasPrefix("[") { return String(authority.prefix(through: authority.firstIndex(of: "]") ?? authority.index(before: authority.endIndex))) }
        return String(authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }
}

/// Punycode (RFC 3492) for one label of an internationalised host name, without the `xn--` prefix.
enum Punycode {
    static func encode(_ label: String) -> String {
        let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
        let input = label.unicodeScalars.map { Int($0.value) }
        var output = String(String.UnicodeScalarView(label.unicodeScalars.filter(\.isASCII)))
        let basicCount = output.unicodeScalars.count
        var handled = basicCount
        if basicCount > 0 { output += "-" }
        var n = 128, delta = 0, bias = 72
        func digit(_ d: Int) -> Character { Character(Unicode.Scalar(UInt8(d < 26 ? d + 97 : d + 22))) }
        func adapt(_ delta: Int, _ count: Int, _ first: Bool) -> Int {
            var delta = first ? delta / damp : delta / 2
            delta += delta / count
            var k = 0
            while delta > ((base - tMin) * tMax) / 2 {
                delta /= base - tMin
                k += base
            }
            return k + (base - tMin + 1) * delta / (delta + skew)
        }
        while handled < input.count {
            let m = input.filter { $0 >= n }.min()!
            delta += (m - n) * (handled + 1)
            n = m
            for c in input {
                if c < n { delta += 1 }
                if c == n {
                    var q = delta, k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        output.append(digit(t + (q - t) % (base - t)))
                        q = (q - t) / (base - t)
                        k += base
                    }
                    output.append(digit(q))
                    bias = adapt(delta, handled + 1, handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return output
    }
}
