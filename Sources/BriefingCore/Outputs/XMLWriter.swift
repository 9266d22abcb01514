import BriefingMarkdown

/// Writes an XML document that is well-formed by construction: element and attribute names are compile-time
/// constants, every text and attribute value is escaped (`&`, `<`, `>`, `"`, `'`), characters XML 1.0 forbids
/// (C0 controls other than tab, newline and carriage return, U+FFFE, U+FFFF) are dropped, and every element is
/// closed by the writer in order. Used for `feed.xml` and `sitemap.xml`.
///
/// Layout: each element on its own line, indented two spaces per level, except inside an element started with
/// `inline: true`, whose children follow each other on its line.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    private var open: [(name: StaticString, inline: Bool)] = []

    typealias Attributes = KeyValuePairs<StaticString, String>

    /// Opens `name`; its children come until the matching `end()`.
    mutating func start(_ name: StaticString, _ attributes: Attributes = [:], inline: Bool = false) {
        indent()
        tag(name, attributes)
        text += ">"
        if !isInline { text += inline ? "" : "\n" }
        open.append((name, inline || isInline))
    }

    /// Closes the innermost open element.
    mutating func end() {
        guard let (name, inline) = open.popLast() else { return }
        if !inline { indent() }
        text += "</\(name)>"
        if !isInline { text += "\n" }
    }

    /// An element without children: `<name …>text</name>`, or `<name …/>` when `content` is nil.
    mutating func element(_ name: StaticString, _ attributes: Attributes = [:], _ content: String?) {
        indent()
        tag(name, attributes)
        if let content {
            text += ">"
            text += Self.escape(content)
            text += "</\(name)>"
        } else {
            text += "/>"
        }
        if !isInline { text += "\n" }
    }

    /// `<name>content</name>`.
    mutating func element(_ name: StaticString, _ content: String) {
        element(name, [:], content)
    }

    private var isInline: Bool { open.last?.inline ?? false }

    private mutating func indent() {
        if !isInline { text += String(repeating: "  ", count: open.count) }
    }

    private mutating func tag(_ name: StaticString, _ attributes: Attributes) {
        text += "<\(name)"
        for (attribute, value) in attributes {
            text += " \(attribute)=\""
            text += Self.escape(value)
            text += "\""
        }
    }

    /// Text or attribute value: forbidden characters dropped, then escaped by the one HTML escaper.
    static func escape(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: isForbidden) else { return HTMLEscaping.escape(value) }
        var allowed = String.UnicodeScalarView()
        for scalar in value.unicodeScalars where !isForbidden(scalar) { allowed.append(scalar) }
        return HTMLEscaping.escape(String(allowed))
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
