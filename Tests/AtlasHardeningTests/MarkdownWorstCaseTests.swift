import Foundation
import Testing
import AtlasMarkdown

/// cmark's own pathological inputs (its `pathological_tests.py`) and GFM extension worst cases.
@Suite struct MarkdownWorstCaseTests {
    static let cases: [(String, String)] = [
        ("nested strong emph", String(repeating: "*a **a ", count: 65000) + "b" + String(repeating: " a** a*", count: 65000)),
        ("emph closers no openers", String(repeating: "a_ ", count: 65000)),
        ("emph openers no closers", String(repeating: "_a ", count: 65000)),
        ("3-emph", String(repeating: "a***", count: 65000)),
        ("link closers no openers", String(repeating: "a]", count: 65000)),
        ("link openers no closers", String(repeating: "[a", count: 65000)),
        ("mismatched", String(repeating: "*a_ ", count: 50000)),
        ("mult of 3", "a**b" + String(repeating: "c* ", count: 50000)),
        ("link openers emph closers", String(repeating: "[ a_", count: 50000)),
        ("[ (](", String(repeating: "[ (](", count: 80000)),
        ("nested brackets", String(repeating: "[", count: 50000) + "a" + String(repeating: "]", count: 50000)),
        ("nested block quotes", String(repeating: ">", count: 50000) + "a"),
        ("backticks", (1..<5000).map { "e" + String(repeating: "`", count: $0) }.joined()),
        ("unclosed links A", String(repeating: "[a](<b", count: 30000)),
        ("unclosed links B", String(repeating: "[a](b", count: 30000)),
        ("tables cr", String(repeating: "aaa\rbbb\n-\u{0B}\n", count: 30000)),
        ("many refs", (0..<50000).map { "[\($0)]: /u\n" }.joined() + String(repeating: "[0] ", count: 50000)),
        ("autolink www", String(repeating: "www.a", count: 50000)),
        ("autolink at", String(repeating: "a@", count: 50000)),
        ("autolink colon", String(repeating: ":", count: 50000) + "a@b.c"),
        ("autolink http colon", String(repeating: "http:", count: 50000)),
        ("lt", String(repeating: "<", count: 100000)),
        ("lt a", String(repeating: "<a", count: 100000)),
        ("strike", String(repeating: "~~a ", count: 100000)),
        ("strike2", String(repeating: "~", count: 100000) + "a" + String(repeating: "~", count: 100000)),
        ("footnote defs", (0..<20000).map { "[^\($0)]: x\n" }.joined() + (0..<20000).map { "[^\($0)]" }.joined()),
        ("footnote nested", String(repeating: "[^a]: ", count: 50000) + "x"),
        ("table rows", "|a|b|\n|-|-|\n" + String(repeating: "|x|y|\n", count: 200000)),
        ("table gt", String(repeating: "> |a|\n> |-|\n", count: 20000)),
        ("table list", String(repeating: "- |a|\n  |-|\n", count: 20000)),
        ("quote colon", String(repeating: "> ", count: 10000) + ":" ),
        ("emph under", String(repeating: "_", count: 200000) + "a" ),
        ("underscores words", String(repeating: "a_b_", count: 100000)),
        ("tabs", String(repeating: "\t", count: 100000) + "a"),
        ("task", String(repeating: "- [ ] ", count: 20000) + "a"),
        ("entities", String(repeating: "&#", count: 100000)),
        ("html", String(repeating: "<a href=x>", count: 100000)),
        ("heading", String(repeating: "#", count: 100000) + " a"),
        ("equal headings", String(repeating: "# a\n", count: 10000)),
        ("numbered headings", (0..<5000).map { "# a\n# a-\($0)\n" }.joined()),
        ("setext", String(repeating: "a\n=\n", count: 100000)),
        ("link refs in quote", String(repeating: "> [a]: /b\n", count: 50000)),
        ("images", String(repeating: "![", count: 100000)),
        ("bang bracket", String(repeating: "![a](", count: 100000)),
    ]

    /// Each renders in well under the bound (the slowest, 10,000 equal headings, took 0.9 s in debug
    /// before heading ids stopped probing suffixes one by one: it was quadratic and never finished).
    @Test(arguments: cases.map(\.0))
    func rendersWithinBounds(name: String) {
        let source = Self.cases.first { $0.0 == name }!.1
        let (rendered, elapsed) = Hardening.timed { MarkdownRenderer().render(source) }
        #expect(elapsed < Hardening.timeLimit, "\(name): \(elapsed)")
        // Output stays proportional to input (no quadratic blow-up in the HTML either).
        #expect(rendered.html.utf8.count <= 40 * source.utf8.count + 1_000, "\(name)")
        for problem in rendered.problems {
            #expect(problem.message.contains("cells"), "\(name): \(problem.message)")
        }
    }
}
