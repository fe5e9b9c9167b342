import Foundation
import Testing

/// One example from a cmark-gfm spec file: Markdown in, expected HTML out.
struct SpecExample: Sendable, CustomStringConvertible {
    /// The spec file's base name, e.g. `spec` or `smart_punct`.
    let file: String
    /// 1-based position in its file, counting `disabled` examples as cmark-gfm's runner does.
    let number: Int
    /// 1-based line of the opening fence.
    let line: Int
    /// The closest heading above the example.
    let section: String
    /// Names after `example` on the opening fence.
    let extensions: [String]
    let markdown: String
    let html: String

    /// `file:number`, the key of the known-failures table.
    var id: String { "\(file):\(number)" }
    var description: String { "\(id) (line \(line), \(section))" }

    /// Loads a spec file from the test bundle's `Fixtures/gfm-spec`.
    static func load(_ file: String) throws -> [SpecExample] {
        let url = try #require(
            Bundle.module.url(forResource: file, withExtension: "txt", subdirectory: "Fixtures/gfm-spec"),
            "missing fixture \(file).txt"
        )
        return parse(try Data(contentsOf: url), file: file)
    }

    /// Port of `get_tests` in cmark-gfm's test/spec_tests.py.
    static func parse(_ data: Data, file: String) -> [SpecExample] {
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var state = 0  // 0 prose, 1 markdown, 2 html
        var number = 0, start = 0
        var extensions: [String] = []
        var section = ""
        var markdown = "", html = ""
        // Split on LF bytes, not Characters: regression.txt has a CR CR LF that Swift would
        // otherwise fold into one grapheme, and the CR must reach the parser.
        for (index, bytes) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = String(decoding: bytes, as: UTF8.self) + "\n"
            let stripped = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if stripped.hasPrefix(fence + " example") {
                state = 1
                start = index + 1
                extensions = stripped.dropFirst(fence.count + " example".count).split(separator: " ").map(String.init)
            } else if stripped == fence {
                state = 0
                number += 1
                examples.append(SpecExample(
                    file: file, number: number, line: start, section: section, extensions: extensions,
                    markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                    html: html.replacingOccurrences(of: "→", with: "\t")
                ))
                markdown = ""
                html = ""
            } else if stripped == "." && state != 0 {
                state = 2
            } else if state == 1 {
                markdown += line
            } else if state == 2 {
                html += line
            } else if line.hasPrefix("#"), line.drop(while: { $0 == "#" }).hasPrefix(" ") {
                section = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return examples
    }
}

/// Port of cmark's test/normalize.py: makes HTML comparable across insignificant differences.
///
/// Whitespace collapses outside `<pre>` and vanishes around block tags, `<br />` becomes
/// `<br>`, tag and attribute names are lowercased, attributes sorted and re-escaped, and
/// character references become characters (except `<>&"`). Deviations, all of which keep
/// distinctions Python loses rather than add equivalences: only `amp lt gt quot` and numeric
/// references are decoded (Python knows every named entity), markup left unterminated stays
/// as text (Python drops it), a `>` inside a quoted attribute value does not end the tag, and
/// `<!X>` is kept as written. Checked against normalize.py on every example's expected and
/// rendered HTML: identical pass/fail verdicts.
enum HTMLNormalizer {
    private static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map",
        "button", "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd",
        "progress", "div", "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea",
        "fieldset", "tfoot", "figcaption", "th", "figure", "thead", "footer", "tr", "form", "ul",
        "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style",
    ]
    private static let namedReferences: [String: Character] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\""]

    /// What the previous parser event was (normalize.py's `self.last`).
    private enum Last { case startTag, endTag, data, other }

    /// Python's `str.isspace`, which is what `\s` and `strip()` use there.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    static func normalize(_ html: String) -> String {
        var state = State()
        state.run(Array(html.unicodeScalars))
        return state.output
    }

    /// The tokenizer (a small HTMLParser) and normalize.py's handlers in one.
    private struct State {
        var output = ""
        var last = Last.startTag
        var lastTag = ""
        var inPre = false
        /// Inside `<script>`/`<style>`, whose content HTMLParser passes on as raw data.
        var rawTextElement: String?

        mutating func run(_ s: [Unicode.Scalar]) {
            var i = 0
            func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(s[range])) }
            func find(_ needle: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
                let pattern = Array(needle.unicodeScalars)
                guard start + pattern.count <= s.count else { return nil }
                func fold(_ u: Unicode.Scalar) -> Unicode.Scalar {
                    caseInsensitive && ("A"..."Z").contains(u) ? Unicode.Scalar(u.value + 32)! : u
                }
                return (start...(s.count - pattern.count)).first { j in
                    pattern.indices.allSatisfy { fold(s[j + $0]) == fold(pattern[$0]) }
                }
            }
            func isLetter(_ k: Int) -> Bool { k < s.count && HTMLNormalizer.isASCIILetter(s[k]) }

            while i < s.count {
                if let element = rawTextElement {
                    var end = s.count
                    var from = i
                    while let j = find("</" + element, from: from, caseInsensitive: true) {
                        let after = j + element.count + 2
                        if after >= s.count || " \t\n\r\u{0C}/>".unicodeScalars.contains(s[after]) { end = j; break }
                        from = j + 1
                    }
                    if i < end { handleData(text(i..<end)) }
                    i = end
                    rawTextElement = nil
                    continue
                }
                let c = s[i]
                if c == "<" {
                    if isLetter(i + 1), let (end, tag, attributes, selfClosing) = startTag(s, at: i) {
                        handleStartTag(tag, attributes)
                        if selfClosing {
                            last = .endTag
                        } else if tag == "script" || tag == "style" {
                            rawTextElement = tag
                        }
                        i = end
                    } else if i + 2 < s.count, s[i + 1] == "/", isLetter(i + 2), let close = find(">", from: i) {
                        var j = i + 2
                        while j < close, !isSpace(s[j]), s[j] != "/" { j += 1 }
                        handleEndTag(text(i + 2..<j).lowercased())
                        i = close + 1
                    } else if text(i..<min(i + 9, s.count)) == "<![CDATA[", let close = find("]]>", from: i) {
                        output += text(i..<close + 3)
                        i = close + 3
                    } else if text(i..<min(i + 4, s.count)) == "<!--", let close = find("-->", from: i + 4) {
                        output += text(i..<close + 3)
                        last = .other
                        i = close + 3
                    } else if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?", let close = find(">", from: i) {
                        output += text(i..<close + 1)  // declaration or processing instruction, verbatim
                        last = .other
                        i = close + 1
                    } else {
                        handleData("<")
                        i += 1
                    }
                } else if c == "&" {
                    if let (character, fallback, end) = HTMLNormalizer.reference(in: s, at: i) {
                        outputCharacter(character, fallback: fallback)
                        last = .other
                        i = end
                    } else {
                        handleData("&")
                        i += 1
                    }
                } else {
                    var j = i + 1
                    while j < s.count, s[j] != "<", s[j] != "&" { j += 1 }
                    handleData(text(i..<j))
                    i = j
                }
            }
        }

        /// HTMLParser's tolerant start tag: name, attributes with optional quoted values, `>` or `/>`.
        private func startTag(_ s: [Unicode.Scalar], at start: Int) -> (Int, String, [(String, String?)], Bool)? {
            func isSpace(_ k: Int) -> Bool { k < s.count && HTMLNormalizer.isSpace(s[k]) }
            func skipSeparators(_ k: inout Int) {
                while k < s.count, isSpace(k) || (s[k] == "/" && (k + 1 >= s.count || s[k + 1] != ">")) { k += 1 }
            }
            var k = start + 1
            while k < s.count, !isSpace(k), s[k] != "/", s[k] != ">", s[k] != "\0" { k += 1 }
            let name = String(String.UnicodeScalarView(s[(start + 1)..<k])).lowercased()
            var attributes: [(String, String?)] = []
            skipSeparators(&k)
            while k < s.count, s[k] != ">", !(s[k] == "/" && k + 1 < s.count && s[k + 1] == ">") {
                let nameStart = k
                k += 1
                while k < s.count, !isSpace(k), s[k] != "/", s[k] != "=", s[k] != ">" { k += 1 }
                let attribute = String(String.UnicodeScalarView(s[nameStart..<k])).lowercased()
                var value: String?
                var v = k
                while isSpace(v) { v += 1 }
                if v < s.count, s[v] == "=" {
                    while v < s.count, s[v] == "=" { v += 1 }
                    while isSpace(v) { v += 1 }
                    let valueStart = v
                    if v < s.count, s[v] == "\"" || s[v] == "'" {
                        let quote = s[v]
                        v += 1
                        while v < s.count, s[v] != quote { v += 1 }
                        guard v < s.count else { return nil }
                        value = String(String.UnicodeScalarView(s[(valueStart + 1)..<v]))
                        v += 1
                    } else {
                        while v < s.count, s[v] != ">", !isSpace(v) { v += 1 }
                        value = String(String.UnicodeScalarView(s[valueStart..<v]))
                    }
                    k = v
                }
                attributes.append((attribute, value.map(HTMLNormalizer.unescape)))
                skipSeparators(&k)
            }
            guard k < s.count else { return nil }
            return s[k] == ">" ? (k + 1, name, attributes, false) : (k + 2, name, attributes, true)
        }

        mutating func handleData(_ raw: String) {
            var data = Substring(raw)
            let afterTag = last == .startTag || last == .endTag
            if afterTag && lastTag == "br" { data = data.drop { $0 == "\n" } }
            if !inPre {
                var collapsed = ""
                var inSpace = false
                for scalar in data.unicodeScalars {
                    if HTMLNormalizer.isSpace(scalar) {
                        if !inSpace { collapsed += " " }
                        inSpace = true
                    } else {
                        collapsed.unicodeScalars.append(scalar)
                        inSpace = false
                    }
                }
                data = Substring(collapsed)
                if afterTag && HTMLNormalizer.blockTags.contains(lastTag) {
                    data = Substring(String(String.UnicodeScalarView(data.unicodeScalars.drop(while: HTMLNormalizer.isSpace))))
                    if last == .endTag { data = Self.rstrip(data) }
                }
            }
            output += data
            last = .data
        }

        mutating func handleStartTag(_ tag: String, _ attributes: [(String, String?)]) {
            if tag == "pre" { inPre = true }
            if HTMLNormalizer.blockTags.contains(tag) { output = String(Self.rstrip(Substring(output))) }
            output += "<" + tag
            for (name, value) in attributes.sorted(by: { ($0.0, $0.1 ?? "") < ($1.0, $1.1 ?? "") }) {
                output += " " + name
                if let value { output += "=\"" + HTMLNormalizer.escape(value) + "\"" }
            }
            output += ">"
            lastTag = tag
            last = .startTag
        }

        mutating func handleEndTag(_ tag: String) {
            if tag == "pre" {
                inPre = false
            } else if HTMLNormalizer.blockTags.contains(tag) {
                output = String(Self.rstrip(Substring(output)))
            }
            output += "</" + tag + ">"
            lastTag = tag
            last = .endTag
        }

        /// normalize.py's `output_char`: the four HTML specials stay entities.
        mutating func outputCharacter(_ character: Character?, fallback: String) {
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case let character?: output.append(character)
            case nil: output += fallback
            }
        }

        static func rstrip(_ text: Substring) -> Substring {
            var scalars = text.unicodeScalars[...]
            while let last = scalars.last, HTMLNormalizer.isSpace(last) { scalars.removeLast() }
            return Substring(scalars)
        }
    }

    static func isASCIILetter(_ u: Unicode.Scalar) -> Bool { ("a"..."z").contains(u) || ("A"..."Z").contains(u) }
    static func isASCIIDigit(_ u: Unicode.Scalar) -> Bool { ("0"..."9").contains(u) }

    /// HTMLParser's charref/entityref at `s[i] == "&"`: the decoded character (nil if unknown),
    /// normalize.py's fallback spelling, and where the reference ends. A reference must be
    /// followed by a non-alphanumeric character, which is consumed only if it is `;`.
    static func reference(in s: [Unicode.Scalar], at i: Int) -> (Character?, String, Int)? {
        var j = i + 1
        let character: Character?
        if j < s.count, s[j] == "#" {
            j += 1
            let hex = j < s.count && (s[j] == "x" || s[j] == "X")
            if hex { j += 1 }
            let digits = j
            while j < s.count, hex ? s[j].properties.isASCIIHexDigit : isASCIIDigit(s[j]) { j += 1 }
            guard j > digits, j == s.count || !s[j].properties.isASCIIHexDigit else { return nil }
            let value = UInt32(String(String.UnicodeScalarView(s[digits..<j])), radix: hex ? 16 : 10)
            character = value.flatMap(Unicode.Scalar.init).map(Character.init)
        } else if j < s.count, isASCIILetter(s[j]) {
            while j < s.count, isASCIILetter(s[j]) || isASCIIDigit(s[j]) || s[j] == "-" || s[j] == "." { j += 1 }
            character = namedReferences[String(String.UnicodeScalarView(s[(i + 1)..<j]))]
        } else {
            return nil
        }
        let fallback = String(String.UnicodeScalarView(s[i..<j])) + ";"
        return (character, fallback, j < s.count && s[j] == ";" ? j + 1 : j)
    }

    /// Attribute values: `html.unescape`, limited to the references this port decodes.
    static func unescape(_ value: String) -> String {
        let s = Array(value.unicodeScalars)
        var result = ""
        var i = 0
        while i < s.count {
            if s[i] == "&", let (character, _, end) = reference(in: s, at: i), let character {
                result.append(character)
                i = end
            } else {
                result.unicodeScalars.append(s[i])
                i += 1
            }
        }
        return result
    }

    /// Python's `html.escape(value, quote=True)`.
    static func escape(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#x27;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
