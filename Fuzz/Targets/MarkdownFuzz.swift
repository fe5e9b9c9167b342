// libFuzzer target: any bytes as a Markdown body through cmark-gfm, link rewriting, `{{ … }}`
// expansion and heading anchors. Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer,address`.
import AtlasMarkdown

/// Tags and attributes cmark-gfm's safe mode and our heading anchors may emit; anything else is raw HTML that leaked.
private let allowedTags: Set<String> = [
    "p", "a", "img", "em", "strong", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
    "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "del", "input", "section", "sup",
]
private let allowedAttributes: Set<String> = [
    "href", "title", "src", "alt", "id", "class", "lang", "type", "checked", "disabled", "align", "start",
    "data-footnotes", "data-footnote-ref", "data-footnote-backref", "data-footnote-backref-idx", "aria-label",
]

/// Walks the HTML's tags; returns the first one that is not allowed, or a script URL.
private func firstUnsafeMarkup(in html: String) -> String? {
    var bytes = Array(html.utf8)[...]
    while let open = bytes.firstIndex(of: UInt8(ascii: "<")) {
        bytes = bytes[(open + 1)...]
        if bytes.starts(with: Array("!-- raw HTML omitted -->".utf8)) { continue }
        if bytes.first == UInt8(ascii: "/") { bytes = bytes.dropFirst() }
        let name = String(decoding: bytes.prefix { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }, as: UTF8.self)
        guard allowedTags.contains(name) else { return "<\(name)" }
        guard let close = bytes.firstIndex(of: UInt8(ascii: ">")) else { return "unclosed tag \(name)" }
        // Attributes: name="value" with no raw quote inside values (cmark escapes them).
        var inside = String(decoding: bytes[bytes.startIndex..<close].dropFirst(name.utf8.count), as: UTF8.self)[...]
        while let equals = inside.firstIndex(of: "=") {
            // Valueless attributes (`data-footnote-backref`, `checked`) come before the named one.
            let names = inside[..<equals].split(separator: " ").map { String($0) }.filter { $0 != "/" }
            for attribute in names where !allowedAttributes.contains(attribute) { return "attribute \(attribute) on \(name)" }
            let attribute = names.last ?? ""
            let rest = inside[inside.index(after: equals)...]
            guard rest.first == "\"", let end = rest.dropFirst().firstIndex(of: "\"") else { return "unquoted attribute on \(name)" }
            let value = rest[rest.index(after: rest.startIndex)..<end].lowercased()
            if attribute == "href" || attribute == "src" {
                for scheme in ["javascript:", "vbscript:", "file:", "data:text"] where value.hasPrefix(scheme) { return "\(scheme) URL" }
            }
            inside = rest[rest.index(after: end)...]
        }
        bytes = bytes[(close + 1)...]
    }
    return nil
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let rendered = MarkdownRenderer().render(
        source,
        rewriteDestination: { $0.hasPrefix("/") ? "https://atlas.example" + $0 : nil },
        expandText: { text in
            text.contains("{{ bad }}") ? .failure(MarkdownExpansionError("unknown value")) : .success(text.replacing("{{", with: "<b>"))
        }
    )
    if let unsafe = firstUnsafeMarkup(in: rendered.html) {
        fatalError("unsafe markup in output: \(unsafe)")
    }
    for heading in rendered.headings { precondition(heading.id != nil, "heading without id") }
    return 0
}
