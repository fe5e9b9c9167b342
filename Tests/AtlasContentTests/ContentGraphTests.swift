import Testing
@testable import AtlasContent

@Suite struct ContentGraphTests {
    private func entry(_ kind: ContentKind, _ slug: String, _ yaml: String = "") -> Entry {
        let sources = kind.requiresSources ? "sources:\n  - title: S\n    url: https://example.com/s\n" : ""
        let text = "---\ntitle: \(slug.uppercased())\n\(sources)\(yaml)---\n"
        let result = ContentParser.parse(SourceFile(path: "content/\(kind.rawValue)/\(slug).md", text: text), kind: kind, fileSlug: slug)
        guard let entry = result.entry else { fatalError("fixture does not parse: \(result.diagnostics)") }
        return entry
    }

    @Test func referencesResolveAndBecomeBacklinks() {
        let entries = [
            entry(.organizations, "nvidia"), entry(.organizations, "nebius"), entry(.regions, "united-states", "iso_a3: USA\n"),
            entry(.facilities, "vineland", "operator: nebius\ncountry: united-states\n"),
            entry(.investments, "deal", "date: 2026-03\ninvestors: [nvidia]\ntarget: nebius\nfacilities: [vineland]\n"),
        ]
        let (graph, diagnostics) = ContentGraph.build(entries: entries, mentions: [EntryID(kind: .organizations, slug: "nvidia"): [EntryID(kind: .facilities, slug: "vineland")]])
        #expect(diagnostics.isEmpty)
        let nebius = graph.backlinks[EntryID(kind: .organizations, slug: "nebius")] ?? []
        #expect(nebius.map(\.source.slug) == ["vineland", "deal"])
        #expect(Set(nebius.map(\.field)) == ["operator", "target"])
        let vineland = graph.backlinks[EntryID(kind: .facilities, slug: "vineland")] ?? []
        #expect(vineland.contains { $0.source.slug == "deal" && $0.field == "facilities.0" })
        #expect(vineland.contains { $0.source.slug == "nvidia" && $0.field == nil })
    }

    @Test func unresolvedReferencesAreReportedAtTheirField() {
        let (_, diagnostics) = ContentGraph.build(entries: [entry(.facilities, "site", "owners:\n  - nebius\n  - nvidai\n"), entry(.organizations, "nebius"), entry(.organizations, "nvidia")])
        #expect(diagnostics.map(\.description) == [
            "content/facilities/site.md:8:5: error: `owners.1`: no organizations entry `nvidai` (expected content/organizations/nvidai.md); did you mean `nvidia`?",
        ])
    }

    @Test func duplicateTitlesWithinAKindAreErrors() {
        var second = entry(.organizations, "b")
        second.common.title = "A"
        let (_, diagnostics) = ContentGraph.build(entries: [entry(.organizations, "a"), second])
        #expect(diagnostics.map(\.message) == ["duplicate title \"A\": content/organizations/a.md already uses it"])
    }
}
