/// cmark's `_scan_dangerous_url`: the URL schemes safe mode refuses.
public enum DangerousURL {
    /// The scheme (lower case, with its `:`) of `url` when safe mode drops it, e.g. `javascript:`; nil for a URL it keeps.
    public static func droppedScheme(_ url: String) -> String? {
        var bytes = Array(url.utf8)
        let dropped = bytes.withUnsafeMutableBufferPointer { matches(UnsafeBufferPointer($0)) }
        guard dropped, let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        bytes = Array(bytes[...colon])
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }

    /// True when `url` starts (ASCII case-insensitively) with `javascript:`, `vbscript:`, `file:` or `data:`,
    /// except `data:image/png`, `data:image/gif`, `data:image/jpeg` and `data:image/webp`.
    static func matches(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasPrefix(url, "data:image/") {
            let rest = UnsafeBufferPointer(rebasing: url[11...])
            if hasPrefix(rest, "png") || hasPrefix(rest, "gif") || hasPrefix(rest, "jpeg") || hasPrefix(rest, "webp") {
                return false
            }
        }
        return hasPrefix(url, "javascript:") || hasPrefix(url, "vbscript:") || hasPrefix(url, "file:")
            || hasPrefix(url, "data:")
    }

    /// `prefix` is lowercase ASCII; letters in `bytes` match either case.
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let expected = prefix.utf8Start
        for index in 0..<count {
            let wanted = expected[index]
            var byte = bytes[index]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                byte |= 0x20
            }
            if byte != wanted {
                return false
            }
        }
        return true
    }
}
