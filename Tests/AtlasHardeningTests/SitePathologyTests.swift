import Foundation
import Testing
import AtlasContent
import AtlasSite

/// Whole builds (every step, the shipped templates) over hostile content.
@Suite(.serialized) struct SitePathologyTests {
    /// About 5 MB of ordinary Markdown: headings, lists, tables, links, emphasis, code.
    static func largeBody(bytes: Int) -> String {
        var text = ""
        var section = 0
        while text.utf8.count < bytes {
            section += 1
            text += "## Section \(section)\n\nSome *prose* with **strong** words, `code`, a [link](/probe/) and "
            text += "an autolink https://example.com/\(section) and a footnote[^\(section)].\n\n"
            text += "- item one\n- item two\n  - nested\n\n> quoted text\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
            text += "```\ncode block \(section)\n```\n\n[^\(section)]: Note \(section).\n\n"
        }
        return text
    }

    @Test func aFiveMegabyteBodyBuilds() async {
        let size = Hardening.isRelease ? 5_000_000 : 1_000_000
        let (result, elapsed) = await Hardening.build(["pages/probe.md": Hardening.page(body: Self.largeBody(bytes: size))])
        #expect(Hardening.errors(result).isEmpty, "\(Hardening.errors(result).prefix(3))")
        let page = result.files.first { $0.path == "probe/index.html" }
        #expect((page?.bytes.count ?? 0) > size)
        #expect(elapsed < Hardening.timeLimit, "\(elapsed)")
        print("hardening: \(size)-byte body built in \(elapsed), peak RSS \(Hardening.peakResidentMiB() ?? -1) MiB")
    }

    static let deepBodies: [String: String] = [
        "lists": String(repeating: "- ", count: 10_000) + "x\n",
        "quotes": String(repeating: ">", count: 10_000) + " x\n",
        "brackets": String(repeating: "[", count: 10_000) + "x" + String(repeating: "]", count: 10_000) + "\n",
        "links": String(repeating: "[", count: 10_000) + "x" + String(repeating: "](/probe/)", count: 10_000) + "\n",
        "emphasis": String(repeating: "*a **b ", count: 10_000) + "\n",
    ]

    /// Named arguments only: Swift Testing prints argument values, and these are 20–100 KB each.
    @Test(arguments: deepBodies.keys.sorted())
    func tenThousandDeepBodiesBuild(name: String) async {
        let body = Self.deepBodies[name]!
        let (result, elapsed) = await Hardening.build(["pages/probe.md": Hardening.page(body: body)])
        #expect(Hardening.errors(result).isEmpty, "\(name): \(Hardening.errors(result).prefix(3))")
        #expect(elapsed < Hardening.timeLimit, "\(name): \(elapsed)")
        print("hardening: 10,000-deep \(name) built in \(elapsed)")
    }

    @Test func aHugeTableFailsTheBuildNamingTheLimit() async {
        let side = Hardening.isRelease ? 2_000 : 500
        let row = String(repeating: "|a", count: side) + "|\n"
        let body = row + String(repeating: "|-", count: side) + "|\n" + String(repeating: row, count: side - 1)
        let (result, elapsed) = await Hardening.build(["pages/probe.md": Hardening.page(body: body)])
        let errors = Hardening.errors(result)
        #expect(result.files.isEmpty)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/pages/probe.md:4:1: error: tables hold more than 100000 cells") == true, "\(errors)")
        #expect(elapsed < Hardening.timeLimit)
    }

    @Test func tenThousandCharacterTitlesFailNamingTheLimit() async {
        let (result, _) = await Hardening.build(["pages/probe.md": Hardening.page(title: String(repeating: "t", count: 10_000), body: "x\n")])
        #expect(Hardening.errors(result) == ["content/pages/probe.md:2:8: error: `title`: is longer than 300 characters"])
    }

    @Test func bidiOverridesInTitlesFailTheBuild() async {
        let (result, _) = await Hardening.build(["pages/probe.md": Hardening.page(title: "\"Invoice\u{202E}fdp.exe\"", body: "x\n")])
        #expect(Hardening.errors(result) == ["content/pages/probe.md:2:8: error: `title`: contains the invisible bidirectional control U+202E, which can make text read differently from what it says; remove it"])
    }

    @Test func manyUnresolvedReferencesStayFast() async {
        let count = Hardening.isRelease ? 50_000 : 5_000
        let owners = (0..<count).map { "owner-\($0)" }.joined(separator: ", ")
        var files = ["facilities/probe.md": "---\ntitle: Probe\nowners: [\(owners)]\nsources: [{title: S, url: \"https://a.example/\"}]\n---\n"]
        for index in 0..<200 { files["organizations/org-\(index).md"] = "---\ntitle: Org \(index)\n---\n" }
        let (result, elapsed) = await Hardening.build(files)
        #expect(Hardening.errors(result).count == count)
        #expect(elapsed < Hardening.timeLimit, "\(elapsed)")
    }

    @Test func manyBrokenBodyLinksStayFast() async {
        let count = Hardening.isRelease ? 50_000 : 5_000
        let body = (0..<count).map { "[x](/organizations/missing-\($0)/)" }.joined(separator: " ") + "\n"
        var files = ["pages/probe.md": Hardening.page(body: body)]
        for index in 0..<200 { files["organizations/org-\(index).md"] = "---\ntitle: Org \(index)\n---\n" }
        let (result, elapsed) = await Hardening.build(files)
        #expect(Hardening.errors(result).count == count)
        #expect(elapsed < Hardening.timeLimit, "\(elapsed)")
    }

    @Test func xssInTitlesAndBodiesIsEscapedOrDropped() async {
        let title = "\"<script>window.pwned=1</script>\\\"><img src=x onerror=alert(1)>\""
        let body = "<script>window.pwned=1</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n[x](JaVaScRiPt:alert(1))\n"
        let (result, _) = await Hardening.build(["pages/probe.md": Hardening.page(title: title, body: body)])
        #expect(Hardening.errors(result).isEmpty, "\(Hardening.errors(result))")
        // search.json holds the text as JSON data; the browser checks show the search page never runs it.
        for file in result.files where file.path.hasSuffix(".html") || file.path.hasSuffix(".xml") {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(!text.contains("<script>window.pwned"), "\(file.path)")
            #expect(!text.contains("<img src=x"), "\(file.path)")
            #expect(!text.lowercased().contains("href=\"javascript:"), "\(file.path)")
        }
    }
}
