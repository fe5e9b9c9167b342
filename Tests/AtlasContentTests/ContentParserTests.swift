import Testing
@testable import AtlasContent

/// Parses one facility file and returns its diagnostics.
private func diagnostics(_ text: String, kind: ContentKind = .facilities, slug: String = "x") -> [Diagnostic] {
    let path = "content/\(kind.rawValue)/\(slug).md"
    return ContentParser.parse(SourceFile(path: path, text: text), kind: kind, fileSlug: slug).diagnostics
}

private let source = """
sources:
  - title: A source
    url: https://example.com/a
    date: 2025-01
"""

/// A valid facility with `extra` lines appended to its front matter.
private func facility(_ extra: String) -> String {
    "---\ntitle: Test site\n\(source)\n\(extra)\n---\nBody.\n"
}

@Suite struct ContentParserTests {
    @Test func validFacilityParses() throws {
        let text = facility("operator: nebius\nowners: [microsoft]\ncountry: united-states\nlat: 39.46\nlon: -75.01\npower_mw: 300\npower_basis: facility\npue: 1.2\nstatus: partial\nfleet:\n  - chip: nvidia-h100-sxm\n    count: 1000")
        let result = ContentParser.parse(SourceFile(path: "content/facilities/x.md", text: text), kind: .facilities, fileSlug: "x")
        #expect(result.diagnostics == [])
        let entry = try #require(result.entry)
        guard case .facility(let value) = entry.details else { Issue.record("not a facility"); return }
        #expect(value.powerMW == 300)
        #expect(value.fleet?.first?.count == 1000)
        #expect(entry.bodyLine == 20)
        #expect(entry.details.references.map(\.field) == ["operator", "owners.0", "country", "fleet.0.chip"])
        #expect(entry.locations["fleet.0.chip"] == SourceLocation(line: 17, column: 11))
    }

    /// Each bad input names its file, the line of the file and a message.
    @Test(arguments: [
        (facility("power_mw: \"250\"\npower_basis: it"), 7, "numbers must not be quoted"),
        (facility("power_mw: 250 MW\npower_basis: it"), 7, "unit or text inside the value"),
        (facility("power_mw: 40,000\npower_basis: it"), 7, "thousands separator"),
        (facility("power_mw: yes\npower_basis: it"), 7, "not a number"),
        (facility("first_power_year: 010"), 7, "leading zero"),
        (facility("power_mw: 1:30\npower_basis: it"), 7, "sexagesimal"),
        (facility("pue: .nan"), 7, "not a finite number"),
        (facility("power_mw: .inf\npower_basis: it"), 7, "not a finite number"),
        (facility("power_mw: 1e400\npower_basis: it"), 7, "out of range"),
        (facility("first_power_year: 99999999999999999999"), 7, "integer overflow"),
        (facility("city: no"), 7, "put it in quotes"),
        (facility("lat: 91\nlon: 0"), 7, "outside −90…90"),
        (facility("pue: 0.9"), 7, "below 1"),
        (facility("power_mw: -5\npower_basis: it"), 7, "must not be negative"),
        (facility("fleet:\n  - chip: h100\n    count: -3"), 9, "must be greater than zero"),
        (facility("operater: nebius"), 7, "did you mean `operator`?"),
        (facility("status: operationl"), 7, "did you mean `operational`?"),
        (facility("city: ~"), 7, "has no value"),
        (facility("city: Memphis\ncity: Tennessee"), 8, "duplicate key `city`"),
        (facility("owners: microsoft"), 7, "must be a list"),
        (facility("base: &b {a: 1}\nother: *b"), 7, "aliases (`*name`) and anchors"),
        (facility("\tcity: Memphis"), 7, "tab character"),
        (facility("city: [unclosed"), 8, "malformed YAML"),
        (facility("slug: ../etc"), 7, "may only contain lowercase"),
        (facility("slug: a/b"), 7, "may only contain lowercase"),
        (facility("slug: 'a\\b'"), 7, "may only contain lowercase"),
        (facility("slug: ."), 7, "may only contain lowercase"),
        (facility("slug: Nebius"), 7, "may only contain lowercase"),
        (facility("as_of: 2024-02-30"), 7, "not a real calendar date"),
        (facility("draft: yes"), 7, "write `true` or `false`"),
        ("---\ntitle: ~\n---\n", 2, "required field `title` is empty"),
        ("---\nsummary: x\n---\n", 2, "missing required field `title`"),
        ("---\ntitle: x\n", 1, "never closed"),
        ("no front matter\n", 1, "missing front matter"),
        ("---\ntitle: Site\n---\n", 2, "need at least one source"),
    ] as [(String, Int, String)])
    func badInputIsReportedAtItsLine(text: String, line: Int, message: String) {
        let found = diagnostics(text)
        #expect(found.contains { $0.location.line == line && $0.message.contains(message) && $0.path == "content/facilities/x.md" },
                "expected line \(line) ~ \(message), got \(found.map(\.description))")
    }

    /// An anchor nothing refers to is refused too, at its `&`, with the line of the file.
    @Test(arguments: [
        ("---\ntitle: Test site\ncity: &a Memphis\n\(source)\n---\n", "3:7"),
        ("---\n\(source)\ntitle: &a Foo\n---\n", "6:8"),
        (facility("owners: &o [microsoft]"), "7:9"),
        (facility("wind: &w\n  capacity_mw: 200"), "7:7"),
        (facility("&k city: Memphis"), "7:1"),
        (facility("fleet:\n  - &f {chip: nvidia-h100-sxm, count: 1}"), "8:5"),
    ] as [(String, String)])
    func loneAnchorIsRefusedAtItsAmpersand(text: String, position: String) {
        let found = diagnostics(text).map(\.description)
        #expect(found == ["content/facilities/x.md:\(position): error: YAML aliases (`*name`) and anchors (`&name`) are not allowed in front matter"])
    }

    /// `&` inside text is not an anchor: only the YAML parser decides, never a pattern on the text.
    @Test(arguments: [
        "city: R&D",
        "city: \"a &b\"",
        "city: 'a &b'",
        "city: a &b",
        "city: R & D",
        "cooling: |\n  &a literal",
        "energy_sources: [grid, solar]  # &a in a comment",
    ])
    func ampersandsInTextAreAccepted(line: String) {
        #expect(diagnostics(facility(line)) == [])
    }

    @Test func everyErrorOfAFileIsReported() {
        let found = diagnostics(facility("power_mw: \"1\"\npower_basis: it\npue: 0.5\ncity: off\nlat: 200\nlon: 0\nfoo: 1"))
        #expect(found.count == 5, "\(found.map(\.description))")
    }

    @Test func crlfAndByteOrderMarkAreAccepted() {
        let text = "\u{FEFF}" + facility("city: Memphis").replacing("\n", with: "\r\n")
        #expect(diagnostics(text) == [])
    }

    @Test func invalidUTF8IsAnError() {
        var bytes = Array(facility("city: Memphis").utf8)
        bytes.insert(0xFF, at: 10)
        let result = ContentParser.parse(SourceFile(path: "content/facilities/x.md", bytes: bytes), kind: .facilities, fileSlug: "x")
        #expect(result.diagnostics.first?.message.contains("not valid UTF-8") == true)
    }

    @Test func investmentsNeedDateInvestorsAndTarget() {
        let found = diagnostics("---\ntitle: Deal\n\(source)\n---\n", kind: .investments)
        #expect(found.map(\.message).contains("missing required field `date`"))
    }

    @Test func reservedPageNamesAreRefused() {
        let found = diagnostics("---\ntitle: Tags\n---\n", kind: .pages, slug: "tags")
        #expect(found.first?.message.contains("reserved") == true)
    }

    @Test func fileNamesMustBeSlugs() {
        let found = diagnostics("---\ntitle: X\n---\n", kind: .pages, slug: "About Us")
        #expect(found.first?.message.contains("not a valid slug") == true)
    }
}
