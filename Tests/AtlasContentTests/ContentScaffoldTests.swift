import Testing
@testable import AtlasContent

@Suite struct ContentScaffoldTests {
    @Test(arguments: [("Stargate Abilene", "stargate-abilene"), ("Zürich «Test» #2", "zurich-test-2"), ("  --A--b  ", "a-b"), ("日本", "")])
    func slugsAreMadeFromTitles(title: String, slug: String) {
        #expect(ContentScaffold.slug(for: title) == slug)
    }

    @Test(arguments: ContentKind.allCases)
    func everyScaffoldParsesAsADraftWithOnlyWarnings(kind: ContentKind) {
        let text = ContentScaffold.text(kind: kind, title: "New \"quoted\" entry", today: PartialDate(year: 2026, month: 11, day: 25))
        let result = ContentParser.parse(SourceFile(path: "content/\(kind.rawValue)/new-entry.md", text: text), kind: kind, fileSlug: "new-entry")
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.allSatisfy { $0.message.contains("allowed while `draft: true`") })
    }

    @Test func incompleteNonDraftsAreErrors() {
        let text = "---\ntitle: Deal\ndate: 2026-01\ninvestors: []\ntarget: x\nsources: []\n---\n"
        let result = ContentParser.parse(SourceFile(path: "content/investments/d.md", text: text), kind: .investments, fileSlug: "d")
        #expect(result.entry == nil)
        #expect(result.diagnostics.filter { $0.severity == .error }.count == 2)
    }

    @Test func staleSourcesAndOrphansAreAdvised() {
        let facility = ContentParser.parse(SourceFile(path: "content/facilities/old.md", text: "---\ntitle: Old\nsources:\n  - title: S\n    url: https://example.com/s\n    date: 2020-07\n---\n"), kind: .facilities, fileSlug: "old").entry!
        let orphan = ContentParser.parse(SourceFile(path: "content/organizations/lonely.md", text: "---\ntitle: Lonely\n---\n"), kind: .organizations, fileSlug: "lonely").entry!
        let (graph, _) = ContentGraph.build(entries: [facility, orphan])
        let warnings = ContentAdvice.warnings(for: graph, today: PartialDate(year: 2026, month: 11, day: 25))
        #expect(warnings.map(\.description) == [
            "content/facilities/old.md:4:3: warning: the newest source is from 2020-07, more than 2 years ago; check for newer facts",
            "content/organizations/lonely.md:2:8: warning: no entry references this organization; link it from a facility, chip, deal or text, or remove it",
        ])
    }
}
