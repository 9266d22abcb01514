/// Appends SVG markup to one growing string (linear in the output size).
struct SVGBuilder {
    var output = ""
    let escape: @Sendable (String) -> String

    init(capacity: Int, escape: @escaping @Sendable (String) -> String) {
        output.reserveCapacity(capacity)
        self.escape = escape
    }

    mutating func raw(_ text: String) { output += text }

    mutating func number(_ value: Double) { output += SVGNumber.format(value) }

    /// ` name="value"` with the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        output += " "
        output += name
        output += "=\""
        output += escape(value)
        output += "\""
    }

    mutating func attribute(_ name: String, _ value: Double) {
        output += " "
        output += name
        output += "=\""
        output += SVGNumber.format(value)
        output += "\""
    }

    /// `<svg …>` with its accessible name and description; close with `close()`.
    mutating func open(id: String, kind: String, width: Double, height: Double, title: String, summary: String) {
        output += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-\(kind)\" role=\"img\""
        attribute("aria-labelledby", "\(id)-title \(id)-desc")
        attribute("width", width)
        attribute("height", height)
        output += " viewBox=\"0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))\""
        output += " direction=\"ltr\" font-family=\"sans-serif\" font-size=\"12\" fill=\"currentColor\">\n"
        output += "<title"
        attribute("id", "\(id)-title")
        output += ">"
        output += escape(title)
        output += "</title>\n<desc"
        attribute("id", "\(id)-desc")
        output += ">"
        output += escape(summary)
        output += "</desc>\n"
    }

    mutating func close() { output += "</svg>" }

    mutating func rect(_ rect: ChartRect, class className: String, extra: String = "") {
        output += "<rect class=\"\(className)\""
        attribute("x", rect.x)
        attribute("y", rect.y)
        attribute("width", rect.width)
        attribute("height", rect.height)
        output += extra
        output += "/>"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double) {
        output += "<line"
        attribute("x1", x1)
        attribute("y1", y1)
        attribute("x2", x2)
        attribute("y2", y2)
        output += "/>"
    }

    /// A `<text>` whose visual anchor holds whatever the text's direction: a right-to-left text gets
    /// `direction="rtl"` (so the browser orders it as the reader expects) and the mirrored `text-anchor`.
    mutating func text(_ placed: PlacedText, class className: String, transform: String? = nil) {
        output += "<text class=\"\(className)\""
        attribute("x", placed.x)
        attribute("y", placed.y)
        switch (placed.anchor, placed.rightToLeft) {
        case (.center, _): output += " text-anchor=\"middle\""
        case (.left, false), (.right, true): break
        case (.right, false), (.left, true): output += " text-anchor=\"end\""
        }
        if placed.rightToLeft { output += " direction=\"rtl\" unicode-bidi=\"embed\"" }
        if let transform { attribute("transform", transform) }
        output += ">"
        output += escape(placed.text)
        if let full = placed.full {
            output += "<title>"
            output += escape(full)
            output += "</title>"
        }
        output += "</text>"
    }
}
