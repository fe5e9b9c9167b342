import Foundation
import Testing
import AtlasMarkdown

/// Runs cmark-gfm's own conformance examples through `MarkdownRenderer`.
@Suite struct GFMSpecTests {
    /// Examples known not to match, as `file:number` → why. The test fails if one starts passing.
    static let knownFailures: [String: String] = [
        "extensions:23": """
            Footnote markup: the fixture expects cmark-gfm's older footnote HTML (ids fn1/fnref1, no data \
            attributes); 0.29.0.gfm.6 emits ids fn-<label>/fnref-<label>, data-footnotes, data-footnote-ref, \
            data-footnote-backref and aria-label. Structure and text are otherwise identical.
            """,
        "regression:13": """
            Footnote markup, as extensions:23; in addition 0.29.0.gfm.6 gives the second reference its own id \
            (fnref-1-2) and back-link (↩<sup>2</sup>) where the fixture repeats id fnref1.
            """,
    ]

    /// Examples per file, so a parser slip cannot silently drop some.
    static let exampleCounts = ["spec": 673, "extensions": 28, "regression": 19, "smart_punct": 16]

    /// What cmark-gfm's test/CMakeLists.txt runs each file with: always unsafe (raw HTML is part
    /// of the spec, and tagfilter only acts on raw HTML that is let through), the example's
    /// listed extensions, all of them for extensions.txt, and `--smart` for smart_punct.txt.
    static func configuration(for example: SpecExample) throws -> MarkdownConfiguration {
        var names = Set(example.extensions)
        if example.file == "extensions" {
            names.formUnion(["table", "strikethrough", "autolink", "tagfilter", "footnotes", "tasklist"])
        }
        // Upstream skips `disabled` examples (the spec's two task lists); their HTML differs from
        // cmark-gfm's only in attribute order and `/>`, which normalising ignores, so they run here.
        if names.remove("disabled") != nil { names.insert("tasklist") }
        let footnotes = names.remove("footnotes") != nil
        let extensions = try names.map { name in
            try #require(MarkdownExtension(rawValue: name), "unknown extension \(name) in \(example)")
        }
        return MarkdownConfiguration(
            extensions: Set(extensions),
            footnotes: footnotes,
            allowRawHTML: true,
            smartPunctuation: example.file == "smart_punct",
            githubPreLang: false,
            headingAnchors: false
        )
    }

    /// Every example matches after normalising, except the listed ones, which must still differ.
    @Test(arguments: ["spec", "extensions", "regression", "smart_punct"])
    func examplesRenderAsSpecified(file: String) throws {
        let examples = try SpecExample.load(file)
        #expect(examples.count == Self.exampleCounts[file])
        let ids = Set(examples.map(\.id))
        let stale = Self.knownFailures.keys.filter { $0.hasPrefix(file + ":") && !ids.contains($0) }
        #expect(stale.isEmpty, "knownFailures names no such example")

        for example in examples {
            let html = MarkdownRenderer(configuration: try Self.configuration(for: example)).render(example.markdown).html
            // `<IGNORE>` marks crash tests: rendering at all is the pass.
            let expected = example.html.replacingOccurrences(of: "\r\n", with: "\n")
            let passed = expected.trimmingCharacters(in: .whitespacesAndNewlines) == "<IGNORE>"
                || HTMLNormalizer.normalize(html.replacingOccurrences(of: "\r\n", with: "\n"))
                == HTMLNormalizer.normalize(expected)
            if let reason = Self.knownFailures[example.id] {
                #expect(!passed, "\(example) now passes; remove it from knownFailures (\(reason))")
            } else {
                #expect(passed, """
                    \(example) \(example.extensions)
                    --- markdown
                    \(example.markdown)--- expected
                    \(example.html)--- actual
                    \(html)
                    """)
            }
        }
    }

    /// Tags and attributes cmark-gfm (plus Atlas's heading anchors) emits on its own.
    static let ownTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code", "hr",
        "br", "em", "strong", "del", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "input",
        "section", "sup",
    ]
    static let ownAttributes: Set<String> = [
        "href", "src", "alt", "title", "class", "id", "start", "align", "type", "checked", "disabled",
        "aria-label", "data-footnotes", "data-footnote-ref", "data-footnote-backref",
    ]

    /// In Atlas's safe configuration no author-written tag, event handler or script URL survives.
    @Test func atlasConfigurationOmitsRawHTML() throws {
        let renderer = MarkdownRenderer(configuration: .atlas)
        var examples = try ["spec", "extensions", "regression", "smart_punct"].flatMap(SpecExample.load)
        // The spec has scripts but no event handlers; add the classic payloads.
        examples.append(SpecExample(
            file: "atlas", number: 1, line: 0, section: "payloads", extensions: [],
            markdown: "<img src=x onerror=alert(1)>\n\nText <img src=x onerror=alert(1)> <svg onload=alert(1)>\n\n"
                + "[a](javascript:alert(1)) ![b](vbscript:x) <SCRIPT>alert(1)</SCRIPT>\n",
            html: ""
        ))
        let tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--(.*?)-->/
        let attribute = /\s+([a-zA-Z-]+)(?:="([^"]*)")?/
        for example in examples {
            let html = renderer.render(example.markdown).html
            if example.markdown.lowercased().contains("<script") {
                #expect(html.contains("<!-- raw HTML omitted -->"), "\(example)")
            }
            #expect(!html.lowercased().contains("<script"), "\(example): \(html)")
            #expect(html.matches(of: /</).count == html.matches(of: tag).count, "stray < in \(example): \(html)")
            for match in html.matches(of: tag) {
                if let comment = match.output.4 {
                    #expect(comment == " raw HTML omitted ", "\(example): \(html)")
                    continue
                }
                #expect(Self.ownTags.contains(String(match.output.2 ?? "")), "\(example): \(match.output.0)")
                for attr in (match.output.3 ?? "").matches(of: attribute) {
                    #expect(Self.ownAttributes.contains(String(attr.output.1)), "\(example): \(match.output.0)")
                    let value = (attr.output.2 ?? "").lowercased()
                    if attr.output.1 == "href" || attr.output.1 == "src" {
                        #expect(!["javascript:", "vbscript:", "file:"].contains { value.hasPrefix($0) }, "\(example): \(match.output.0)")
                    }
                }
            }
        }
    }

    /// normalize.py's doctests (its entity case spelled numerically: see `HTMLNormalizer`), plus pre, br and script.
    @Test(arguments: [
        ("<p>a  \t b</p>", "<p>a b</p>"),
        ("<p>a  \t\nb</p>", "<p>a b</p>"),
        (" <p>a  b</p>", "<p>a b</p>"),
        ("<p>a  b</p> ", "<p>a b</p>"),
        ("\n\t<p>\n\t\ta  b\t\t</p>\n\t", "<p>a b</p>"),
        ("<i>a  b</i> ", "<i>a b</i> "),
        ("<br />", "<br>"),
        ("<a title=\"bar\" HREF=\"foo\">x</a>", "<a href=\"foo\" title=\"bar\">x</a>"),
        ("&#x2200;&amp;&gt;&lt;&quot;", "\u{2200}&amp;&gt;&lt;&quot;"),
        ("<pre>a  \n b</pre>\n<p>x<br />\ny</p>", "<pre>a  \n b</pre><p>x<br>y</p>"),
        ("<script>if (a < b && c) x</script>", "<script>if (a < b && c) x</script>"),
    ])
    func normalizerMatchesNormalizePy(input: String, expected: String) {
        #expect(HTMLNormalizer.normalize(input) == expected)
    }
}
