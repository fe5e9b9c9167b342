/// Builds SVG markup one element per line, escaping every attribute and text.
///
/// Coordinates go through `SVGNumber`, so the output never holds NaN, infinity or "-0".
struct SVGWriter {
    private(set) var markup = ""
    private var openElements: [String] = []

    /// `<name attributes…>`, to be closed with `close()`.
    mutating func open(_ name: String, _ attributes: [SVGAttribute] = []) {
        markup += "<" + name + Self.render(attributes) + ">\n"
        openElements.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = openElements.popLast() else {
            assertionFailure("close() without an open element")
            return
        }
        markup += "</" + name + ">\n"
    }

    /// A childless element, or one holding only a `<title>` tooltip.
    mutating func element(_ name: String, _ attributes: [SVGAttribute], tooltip: String? = nil) {
        if let tooltip, !tooltip.isEmpty {
            markup += "<" + name + Self.render(attributes) + "><title>" + SVGText.escape(tooltip) + "</title></" + name + ">\n"
        } else {
            markup += "<" + name + Self.render(attributes) + "/>\n"
        }
    }

    /// A `<text>` element with escaped content and an optional tooltip.
    mutating func text(_ content: String, _ attributes: [SVGAttribute] = [], tooltip: String? = nil) {
        textElement("text", content, attributes, tooltip: tooltip)
    }

    /// An element whose content is escaped text (`<text>`, `<title>`, `<desc>`).
    mutating func textElement(_ name: String, _ content: String, _ attributes: [SVGAttribute] = [], tooltip: String? = nil) {
        var inner = SVGText.escape(content)
        if let tooltip, !tooltip.isEmpty { inner = "<title>" + SVGText.escape(tooltip) + "</title>" + inner }
        markup += "<" + name + Self.render(attributes) + ">" + inner + "</" + name + ">\n"
    }

    /// Appends markup another writer produced (already escaped).
    mutating func append(_ other: SVGWriter) {
        markup += other.markup
    }

    /// Whether every opened element was closed.
    var isBalanced: Bool { openElements.isEmpty }

    private static func render(_ attributes: [SVGAttribute]) -> String {
        var text = ""
        for attribute in attributes {
            text += " " + attribute.name + "=\"" + SVGText.escape(attribute.value) + "\""
        }
        return text
    }
}

/// One attribute: a name and its text, or a coordinate printed by `SVGNumber`.
struct SVGAttribute {
    let name: String
    let value: String

    /// An attribute with a text value.
    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// An attribute with a coordinate or length, printed with one decimal.
    init(_ name: String, _ number: Double) {
        self.name = name
        self.value = SVGNumber.format(number)
    }
}
