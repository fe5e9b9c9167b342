// The markup check of the Markdown fuzz target, shared with the unit tests
// (Tests/AtlasHardeningTests/MarkupSafety.swift is a link to this file), so a reproducer of the
// fuzzer is also a unit test of the same code.

/// Tags cmark-gfm's safe mode and our heading anchors may emit; anything else is raw HTML that leaked.
let allowedTags: Set<String> = [
    "p", "a", "img", "em", "strong", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
    "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "del", "input", "section", "sup",
]

/// Attributes they may carry.
let allowedAttributes: Set<String> = [
    "href", "title", "src", "alt", "id", "class", "lang", "type", "checked", "disabled", "align", "start",
    "data-footnotes", "data-footnote-ref", "data-footnote-backref", "data-footnote-backref-idx", "aria-label",
]

/// Walks the HTML's tags; returns the first one or attribute that is not allowed, an unquoted
/// value, or a script URL; nil when the markup is safe.
///
/// Works on UTF-8 bytes, not Characters: a value that starts with a combining mark (a heading id
/// such as `id="◌ٔ-"`) joins the opening quote into one Character, which a Character walk reads as
/// no quote at all.
func firstUnsafeMarkup(in html: String) -> String? {
    let bytes = Array(html.utf8)
    func text(_ slice: ArraySlice<UInt8>) -> String { String(decoding: slice, as: UTF8.self) }
    func names(_ slice: ArraySlice<UInt8>) -> [String] {
        slice.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map(text).filter { $0 != "/" }
    }
    let less = UInt8(ascii: "<"), greater = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
    let equals = UInt8(ascii: "="), quote = UInt8(ascii: "\"")
    var index = 0
    while let open = bytes[index...].firstIndex(of: less) {
        index = open + 1
        if bytes[index...].starts(with: "!-- raw HTML omitted -->".utf8) { continue }
        if index < bytes.count, bytes[index] == slash { index += 1 }
        let nameEnd = bytes[index...].firstIndex { !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)) } ?? bytes.count
        let name = text(bytes[index..<nameEnd])
        guard allowedTags.contains(name) else { return "<\(name)" }
        guard let close = bytes[nameEnd...].firstIndex(of: greater) else { return "unclosed tag \(name)" }
        // Attributes: name="value" with no raw quote inside values (cmark escapes them); valueless
        // ones (`checked`, `data-footnote-backref`) sit between them.
        var inside = bytes[nameEnd..<close]
        while let sign = inside.firstIndex(of: equals) {
            let before = names(inside[..<sign])
            for attribute in before where !allowedAttributes.contains(attribute) { return "attribute \(attribute) on \(name)" }
            let rest = inside[(sign + 1)...]
            guard rest.first == quote, let end = rest.dropFirst().firstIndex(of: quote) else { return "unquoted attribute on \(name)" }
            let value = text(rest[(rest.startIndex + 1)..<end]).lowercased()
            if before.last == "href" || before.last == "src" {
                for scheme in ["javascript:", "vbscript:", "file:", "data:text"] where value.hasPrefix(scheme) { return "\(scheme) URL" }
            }
            inside = rest[(end + 1)...]
        }
        for attribute in names(inside) where !allowedAttributes.contains(attribute) { return "attribute \(attribute) on \(name)" }
        index = close + 1
    }
    return nil
}
