import Testing
import AtlasContent

@Suite struct LimitsTests {
    @Test func frontMatterNestingHasADocumentedLimit() {
        #expect(ContentParser.maximumNesting == 16)
    }
}
