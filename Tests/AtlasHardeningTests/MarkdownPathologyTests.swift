import Foundation
import Testing
import AtlasMarkdown

/// The deep-nesting bodies, straight through the renderer.
///
/// cmark-gfm 0.29.0.gfm.6 keeps open blocks in a list and walks trees with an iterator, so
/// depth costs neither stack nor quadratic time: 10,000 levels render in milliseconds and no
/// nesting limit is needed before it (the 8 MiB file limit bounds the rest).
@Suite struct MarkdownPathologyTests {
    private func render(_ source: String) -> (RenderedMarkdown, Duration) {
        Hardening.timed { MarkdownRenderer().render(source) }
    }

    private func nesting(of tag: String, in html: String) -> Int {
        html.components(separatedBy: "<\(tag)>").count - 1
    }

    @Test(arguments: [1_000, 10_000, 100_000])
    func deeplyNestedListsOnOneLine(depth: Int) {
        let (rendered, elapsed) = render(String(repeating: "- ", count: depth) + "x\n")
        #expect(nesting(of: "ul", in: rendered.html) == depth)
        #expect(elapsed < Hardening.timeLimit)
    }

    @Test(arguments: [1_000, 10_000, 100_000])
    func deeplyNestedBlockquotes(depth: Int) {
        let (rendered, elapsed) = render(String(repeating: ">", count: depth) + " x\n")
        #expect(nesting(of: "blockquote", in: rendered.html) == depth)
        #expect(elapsed < Hardening.timeLimit)
    }

    /// One level per line: the input grows with the square of the depth (2,000 levels ≈ 4 MB).
    @Test(arguments: [100, 1_000, 2_000])
    func deeplyNestedListsOneLevelPerLine(depth: Int) {
        var text = ""
        for level in 0..<depth { text += String(repeating: "  ", count: level) + "- x\n" }
        let (rendered, elapsed) = render(text)
        #expect(nesting(of: "ul", in: rendered.html) == depth)
        #expect(elapsed < Hardening.timeLimit)
    }

    @Test(arguments: [1_000, 10_000, 100_000])
    func nestedLinkBrackets(depth: Int) {
        let (rendered, elapsed) = render(String(repeating: "[", count: depth) + "x" + String(repeating: "](/a)", count: depth) + "\n")
        #expect(rendered.links.count >= 1)
        #expect(elapsed < Hardening.timeLimit)
    }

    @Test(arguments: [1_000, 10_000, 100_000])
    func unmatchedBrackets(depth: Int) {
        let (rendered, elapsed) = render(String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth) + "\n")
        #expect(rendered.html.hasPrefix("<p>[[["))
        #expect(elapsed < Hardening.timeLimit)
    }

    @Test func mixedListsAndQuotesTenThousandDeep() {
        let (rendered, elapsed) = render(String(repeating: "> - ", count: 5_000) + "x\n")
        #expect(nesting(of: "blockquote", in: rendered.html) == 5_000)
        #expect(elapsed < Hardening.timeLimit)
    }

    /// 2,000 × 2,000 cells (the table, 7.6 MiB) is refused by the pre-check, naming the limit.
    @Test func aTwoThousandSquareTableIsRefusedNamingTheLimit() {
        let side = Hardening.isRelease ? 2_000 : 1_000
        let row = String(repeating: "|a", count: side) + "|\n"
        let source = "intro\n\n" + row + String(repeating: "|-", count: side) + "|\n" + String(repeating: row, count: side - 1)
        let (rendered, elapsed) = render(source)
        #expect(rendered.html.isEmpty)
        #expect(rendered.problems.count == 1)
        #expect(rendered.problems.first?.message.hasPrefix("tables hold more than 100000 cells in all") == true)
        #expect(rendered.problems.first?.line == 3)
        #expect(elapsed < Hardening.timeLimit)
    }

    /// The quadratic case: a wide header over many one-cell rows, which cmark-gfm pads to full width.
    @Test func aWideHeaderOverManyShortRowsIsRefused() {
        let source = String(repeating: "|a", count: 2_000) + "|\n" + String(repeating: "|-", count: 2_000) + "|\n" + String(repeating: "x\n", count: 2_000)
        let (rendered, elapsed) = render(source)
        #expect(rendered.problems.first?.message.hasPrefix("tables hold more than") == true)
        #expect(elapsed < .seconds(1))
    }

    @Test func aTableJustUnderTheLimitRenders() {
        let row = String(repeating: "|a", count: 100) + "|\n"
        let source = row + String(repeating: "|-", count: 100) + "|\n" + String(repeating: row, count: 998)
        let (rendered, elapsed) = render(source)
        #expect(rendered.problems.isEmpty)
        #expect(rendered.html.components(separatedBy: "<td>").count - 1 == 99_800)
        #expect(elapsed < Hardening.timeLimit)
    }

    /// Fuzz regression (Fuzz/Regressions/markdown/heading-id-starting-with-a-combining-mark): a
    /// heading that starts with a combining mark gets an id that starts with it, and the fuzz
    /// target's markup check, walking Characters, read `="` and the mark as no quote at all.
    @Test func aHeadingIdStartingWithACombiningMarkIsQuotedMarkup() throws {
        let source = try String(contentsOf: Hardening.repositoryRoot.appendingPathComponent("Fuzz/Regressions/markdown/heading-id-starting-with-a-combining-mark"), encoding: .utf8)
        #expect(source == "\u{0654}-\n-")
        let (rendered, _) = render(source)
        // Compared as bytes: `>` and the mark after it are one Character too.
        #expect(rendered.html.utf8.starts(with: "<h2 id=\"\u{0654}-\">".utf8), "\(rendered.html)")
        #expect(firstUnsafeMarkup(in: rendered.html) == nil)
    }

    /// The shared markup check itself: what it must catch, including after a combining mark.
    @Test(arguments: [
        ("<p>x</p>", nil),
        ("<h2 id=\"\u{0654}-\"><a class=\"heading-anchor\" href=\"#\u{0654}-\">#</a></h2>", nil),
        ("<input type=\"checkbox\" checked=\"\" disabled=\"\" />", nil),
        ("<script>alert(1)</script>", "<script"),
        ("<a href=\"javascript:alert(1)\">x</a>", "javascript: URL"),
        ("<a href=x>y</a>", "unquoted attribute on a"),
        ("<a onclick=\"\u{0654}x\" href=\"/\">y</a>", "attribute onclick on a"),
        ("<img src=\"/a.png\" onerror>", "attribute onerror on img"),
    ] as [(String, String?)])
    func theFuzzMarkupCheckCatchesWhatItShould(html: String, problem: String?) {
        #expect(firstUnsafeMarkup(in: html) == problem)
    }
}
