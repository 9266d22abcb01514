import BriefingMarkdown
/// Text made safe for HTML: `&`, `<`, `>`, `"` and `'` replaced by character references.
///
/// briefing escapes every value once, when it builds the template data, rather than on every use in
/// every page; the templates therefore run in Mustache's `TEXT` mode (see `Theme`). A value shared by
/// many pages, such as an article summary shown in a dozen lists, is escaped a single time.
public enum HTMLText {
    /// Control characters HTML forbids are dropped (`HTMLEscaping.removingControlCharacters`, SPEC §7).
    public static func escape(_ text: String) -> String {
        let text = HTMLEscaping.removingControlCharacters(text)
        var needsEscaping = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needsEscaping = true
            break
        }
        guard needsEscaping else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])       // &amp;
            case 0x3C: bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])             // &lt;
            case 0x3E: bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])             // &gt;
            case 0x22: bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]) // &quot;
            case 0x27: bytes.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])       // &#39;
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
