import Testing
import AtlasCharts

@Suite struct SVGTextTests {
    @Test func escapesMarkupCharacters() {
        #expect(SVGText.escape("a<b & \"c\"\u{301}") == "a&lt;b &amp; &quot;c&quot;\u{301}")
    }
}
