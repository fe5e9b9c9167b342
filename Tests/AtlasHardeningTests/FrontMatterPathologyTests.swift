import Foundation
import Testing
import AtlasContent

/// Hostile front matter: every case is refused quickly with an error that names the rule or limit.
@Suite struct FrontMatterPathologyTests {
    private func parse(_ frontMatter: String, body: String = "", kind: ContentKind = .pages) async -> (errors: [String], elapsed: Duration) {
        let text = "---\n" + frontMatter + "---\n" + body
        // Off the test's own thread, as the build runs it (task-group threads have the smaller stacks).
        let (result, elapsed) = await Task.detached {
            Hardening.timed { ContentParser.parse(SourceFile(path: "content/\(kind.rawValue)/p.md", bytes: Array(text.utf8)), kind: kind, fileSlug: "p") }
        }.value
        return (result.diagnostics.filter { $0.severity == .error }.map(\.description), elapsed)
    }

    static let depths = [17, 400, 999, 1_000, 5_000, 100_000]

    @Test(arguments: depths)
    func deepFlowSequencesNameTheNestingLimit(depth: Int) async {
        let (errors, elapsed) = await parse("title: T\ntags: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n")
        #expect(errors.count == 1)
        #expect(errors.first?.contains("nested more than \(ContentParser.maximumNesting) levels deep") == true, "\(errors)")
        #expect(elapsed < Hardening.timeLimit)
    }

    @Test(arguments: depths)
    func deepFlowMappingsNameTheNestingLimit(depth: Int) async {
        let (errors, elapsed) = await parse("title: T\nx: " + String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth) + "\n")
        #expect(errors.first?.contains("nested more than \(ContentParser.maximumNesting) levels deep") == true, "\(errors)")
        #expect(elapsed < Hardening.timeLimit)
    }

    @Test(arguments: depths)
    func deepCompactSequencesNameTheNestingLimit(depth: Int) async {
        let (errors, elapsed) = await parse("title: T\ntags:\n" + String(repeating: "- ", count: depth) + "a\n")
        #expect(errors.first?.contains("nested more than \(ContentParser.maximumNesting) levels deep") == true, "\(errors)")
        #expect(elapsed < Hardening.timeLimit)
    }

    /// Indented block mappings: the input grows with the square of the depth, so 1,500 is ~1 MiB.
    @Test(arguments: [17, 400, 1_500])
    func deepBlockMappingsNameTheNestingLimit(depth: Int) async {
        var yaml = "title: T\nx:\n"
        for level in 1..<depth { yaml += String(repeating: " ", count: level) + "k:\n" }
        yaml += String(repeating: " ", count: depth) + "v\n"
        let (errors, elapsed) = await parse(yaml)
        #expect(errors.first?.contains("nested more than \(ContentParser.maximumNesting) levels deep") == true, "\(errors)")
        #expect(elapsed < Hardening.timeLimit)
    }

    @Test func sixteenLevelsAreAccepted() async {
        let (errors, _) = await parse("title: T\nx: " + String(repeating: "[", count: 15) + String(repeating: "]", count: 15) + "\n")
        // Refused as an unknown key, not for its depth.
        #expect(errors.count == 1)
        #expect(errors.first?.contains("unknown key `x`") == true, "\(errors)")
    }

    /// The "billion laughs": each level aliases the previous one ten times.
    @Test func aliasBombsAreRefusedBeforeExpansion() async {
        var yaml = "title: T\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...30 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let (errors, elapsed) = await parse(yaml)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("aliases (`*name`) and anchors (`&name`) are not allowed") == true, "\(errors)")
        #expect(elapsed < .seconds(1))
    }

    @Test(arguments: [
        "title: &t T\nsummary: *t\n",
        "title: T\nsources: [&s {title: A, url: \"https://a.example/\"}, *s]\n",
        "title: T\n<<: {summary: S}\n",
    ])
    func aliasesAreRefused(yaml: String) async {
        let (errors, _) = await parse(yaml)
        #expect(!errors.isEmpty)
        #expect(errors.contains { $0.contains("aliases") || $0.contains("unknown key `<<`") }, "\(errors)")
    }

    @Test(arguments: [300, 301, 10_000, 1_000_000])
    func longTitlesNameTheLimit(length: Int) async {
        let (errors, elapsed) = await parse("title: \(String(repeating: "a", count: length))\n")
        if length <= ContentParser.maximumTitleLength {
            #expect(errors.isEmpty)
        } else {
            #expect(errors == ["content/pages/p.md:2:8: error: `title`: is longer than \(ContentParser.maximumTitleLength) characters"])
        }
        #expect(elapsed < Hardening.timeLimit)
    }

    @Test func oneCharacterWithTenThousandCombiningMarksIsTooLong() async {
        let (errors, _) = await parse("title: a\(String(repeating: "\u{0301}", count: 10_000))\n")
        #expect(errors.count == 1)
        #expect(errors.first?.contains("Unicode scalars") == true, "\(errors)")
    }

    @Test(arguments: [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069])
    func bidiControlsAreRefusedInEveryTextField(codePoint: Int) async {
        let character = String(Unicode.Scalar(codePoint)!)
        let hex = "U+" + String(codePoint, radix: 16, uppercase: true)
        for yaml in ["title: \"Evil\(character)gnp.exe\"\n", "title: T\nsummary: \"a\(character)b\"\n",
                     "title: T\nsources: [{title: \"x\(character)y\", url: \"https://a.example/\"}]\n"] {
            let (errors, _) = await parse(yaml)
            #expect(errors.count == 1, "\(yaml)")
            #expect(errors.first?.contains("bidirectional control \(hex)") == true, "\(errors)")
        }
    }

    @Test(arguments: [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])
    func zeroWidthCharactersAreRefusedInTitles(codePoint: Int) async {
        let character = String(Unicode.Scalar(codePoint)!)
        let (errors, _) = await parse("title: \"Nvi\(character)dia\"\n")
        #expect(errors.count == 1)
        #expect(errors.first?.contains("zero-width character U+\(String(codePoint, radix: 16, uppercase: true))") == true, "\(errors)")
        // Elsewhere they join letters (Persian, Indic scripts, emoji) and stay.
        let (summaryErrors, _) = await parse("title: T\nsummary: \"می\u{200C}خواهم\"\n")
        #expect(summaryErrors.isEmpty)
    }

    @Test func slugsStayASCIIWhateverTheFileName() async {
        let (errors, _) = await parse("title: T\nslug: \"a\u{200B}b\"\n")
        #expect(errors.first?.contains("may only contain lowercase a–z, 0–9 and `-`") == true, "\(errors)")
    }

    @Test func aHugeFlatFrontMatterStaysFast() async {
        // 100,000 unknown keys: one error each, no quadratic work.
        var yaml = "title: T\n"
        for index in 0..<(Hardening.isRelease ? 100_000 : 20_000) { yaml += "k\(index): v\n" }
        let (errors, elapsed) = await parse(yaml)
        #expect(errors.count == (Hardening.isRelease ? 100_000 : 20_000))
        #expect(elapsed < Hardening.timeLimit)
    }
}
