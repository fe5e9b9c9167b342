import Testing
import Foundation
@testable import AtlasMarkdown

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersGFMTablesStrikethroughAndTaskLists() {
        let html = renderer.render("| a | b |\n|---|---|\n| 1 | ~~2~~ |\n\n- [x] done\n- [ ] open\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>2</del>"))
        #expect(html.contains("type=\"checkbox\""))
    }

    @Test func footnotesAreAnOption() {
        let html = renderer.render("Claim.[^1]\n\n[^1]: Source.\n").html
        #expect(html.contains("class=\"footnotes\""))
        let without = MarkdownRenderer(configuration: .init(extensions: [], footnotes: false))
        #expect(!without.render("Claim.[^1]\n\n[^1]: Source.\n").html.contains("footnotes"))
    }

    @Test func safeModeDropsRawHTMLAndJavascriptLinks() {
        let html = renderer.render("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("<img"))
    }

    @Test func headingsGetUniqueAnchors() {
        let result = renderer.render("# Power & cooling\n\n## Power & cooling\n\n### `code` Ünïcode\n")
        #expect(result.headings.map(\.id) == ["power--cooling", "power--cooling-1", "code-ünïcode"])
        #expect(result.html.contains("<h1 id=\"power--cooling\">Power &amp; cooling <a class=\"heading-anchor\" href=\"#power--cooling\""))
        #expect(result.html.contains("<h2 id=\"power--cooling-1\">"))
    }

    @Test func linksCarryTheirSourcePositionAndCanBeRewritten() {
        let result = renderer.render("Intro\n\nSee [NVIDIA](/organizations/nvidia/) and ![m](/map.png).\n") { destination in
            destination.hasPrefix("/") ? "/atlas" + destination : nil
        }
        #expect(result.links.map(\.destination) == ["/organizations/nvidia/", "/map.png"])
        #expect(result.links.first?.line == 3)
        #expect(result.links.first?.column == 5)
        #expect(result.links.last?.isImage == true)
        #expect(result.html.contains("href=\"/atlas/organizations/nvidia/\""))
    }

    /// cmark-gfm 0.29.0.gfm.6 shares a table of special characters between parsers; parses run
    /// in parallel without a lock, so this must hold under real contention: long documents full
    /// of strikethrough and autolinks (the extensions' special characters), many at once.
    @Test func concurrentRendersMatchSerialRenders() async {
        let line = "Text ~~gone~~ and www.example.com/a, https://example.com/b ~~more~~ x:y w.\n\n"
        let sources = (0..<400).map { "# Doc \($0)\n\n" + String(repeating: line, count: 40 + $0 % 7) + "| a | b |\n|---|---|\n| ~~\($0)~~ | www.x.org |\n" }
        let serial = sources.map { renderer.render($0).html }
        #expect(serial[0].contains("<del>gone</del>"))
        #expect(serial[0].contains("<a href=\"http://www.example.com/a\">"))
        let parallel = await withTaskGroup(of: (Int, String).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask { (index, renderer.render(source).html) }
            }
            var results = Array(repeating: "", count: sources.count)
            for await (index, html) in group { results[index] = html }
            return results
        }
        #expect(parallel == serial)
        // The renders really overlapped in separate copies of the library (no lock hid the race).
        if ProcessInfo.processInfo.activeProcessorCount > 1 { #expect(CmarkLibrary.pool.loaded > 1) }
    }

    /// Copies of the library loaded later run on threads their own C library did not create:
    /// the tag filter's `tolower` must still find its locale tables there (it crashed before).
    @Test func rawHTMLFilteringWorksInEveryCopy() async {
        let raw = MarkdownRenderer(configuration: MarkdownConfiguration(extensions: Set(MarkdownExtension.allCases), footnotes: true, allowRawHTML: true))
        let source = String(repeating: "<strong>hello</strong> <title>x</title> <TEXTAREA>y</TEXTAREA> ~~z~~\n\n", count: 50)
        let expected = raw.render(source).html
        #expect(expected.contains("&lt;title>"))
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<200 { group.addTask { raw.render(source).html } }
            var all: [String] = []
            for await html in group { all.append(html) }
            return all
        }
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func copiesOfTheLibraryFollowTheCoresWithinLimits() {
        #expect(CmarkLibrary.copyLimit(environment: [:], cores: 2) == 2)
        #expect(CmarkLibrary.copyLimit(environment: [:], cores: 64) == 8)
        #expect(CmarkLibrary.copyLimit(environment: ["ATLAS_CMARK_COPIES": "1"], cores: 2) == 1)
        #expect(CmarkLibrary.copyLimit(environment: ["ATLAS_CMARK_COPIES": "0"], cores: 2) == 1)
        #expect(CmarkLibrary.copyLimit(environment: ["ATLAS_CMARK_COPIES": "x"], cores: 4) == 4)
    }

    /// Rendering with fewer extensions still gives what cmark-gfm gives with those alone.
    @Test func extensionsOffStillRenderPlainText() {
        let plain = MarkdownRenderer(configuration: MarkdownConfiguration(extensions: [], footnotes: false))
        let html = plain.render("a ~~b~~ www.example.com c:d").html
        #expect(html == "<p>a ~~b~~ www.example.com c:d</p>\n")
    }
}

@Suite struct MarkdownLimitTests {
    @Test func aQuadraticTableIsRefusedBeforeRendering() {
        // A wide header and many one-cell rows: cmark-gfm would pad every row to the header's width.
        let header = "|" + String(repeating: " a |", count: 2_000) + "\n|" + String(repeating: "---|", count: 2_000) + "\n"
        let rows = String(repeating: "x\n", count: 2_000)
        let result = MarkdownRenderer().render("Intro\n\n" + header + rows)
        #expect(result.html.isEmpty)
        #expect(result.problems.first?.line == 3)
        #expect(result.problems.first?.message.contains("cells") == true)
    }

    @Test func ordinaryTablesPass() {
        let result = MarkdownRenderer().render("| a | b |\n|---|---|\n| 1 | 2 |\n")
        #expect(result.problems.isEmpty)
        #expect(result.html.contains("<td>2</td>"))
    }
}

@Suite struct MarkdownExpansionTests {
    private func expand(_ text: String) -> Result<String, MarkdownExpansionError> {
        var output = text
        for name in ["power_mw", "capacity.accelerators", "facilities/x: it_mw"] {
            output = output.replacing("{{ \(name) }}", with: "<\(name)>")
        }
        if output.contains("{{") { return .failure(MarkdownExpansionError("unknown value in `\(text)`")) }
        return .success(output)
    }

    @Test func placeholdersExpandInTextButNotInCode() {
        let result = MarkdownRenderer().render(
            "## {{ power_mw }} here\n\nIt has {{ capacity.accelerators }} GPUs and *{{ facilities/x: it_mw }}*.\n\n`{{ power_mw }}`\n\n    {{ power_mw }}\n",
            expandText: expand)
        #expect(result.problems.isEmpty)
        #expect(result.html.contains("It has &lt;capacity.accelerators&gt; GPUs and <em>&lt;facilities/x: it_mw&gt;</em>."))
        #expect(result.html.contains("<code>{{ power_mw }}</code>"))
        #expect(result.html.contains("<pre><code>{{ power_mw }}\n</code></pre>"))
        #expect(result.headings.first?.text == "<power_mw> here")
    }

    @Test func unknownPlaceholdersAreProblemsAtTheirLine() {
        let result = MarkdownRenderer().render("Intro.\n\nSee {{ nonsense }} now.\n", expandText: expand)
        #expect(result.problems.map(\.line) == [3])
        #expect(result.problems.first?.message.contains("nonsense") == true)
    }

    @Test func chartBlocksAreReportedWithTheirLines() {
        let result = MarkdownRenderer().render("Text\n\n```chart\nkind: bar\n```\n\n```swift\nlet x = 1\n```\n")
        #expect(result.fencedBlocks == [MarkdownFencedBlock(language: "chart", content: "kind: bar\n", line: 3)])
        #expect(result.html.contains("<pre><code class=\"language-chart\">kind: bar\n</code></pre>"))
    }
}
