import Testing
import AtlasContent
@testable import AtlasSite

@Suite struct TemplateSetTests {
    /// The smallest template set a build accepts.
    static let minimalTemplates = ["layout", "home", "entity", "page", "list", "collection", "404"].map {
        TemplateFile(name: $0, path: "templates/\($0).mustache", text: $0 == "layout" ? "{{$main}}{{/main}}" : "{{title}}{{page.title}}")
    }

    @Test func escapesEveryScalarIncludingQuoteBeforeACombiningMark() throws {
        let (set, diagnostics) = TemplateSet.compile([TemplateFile(name: "t", path: "templates/t.mustache", text: "<p title=\"{{v}}\">{{v}}</p>")])
        #expect(diagnostics.isEmpty)
        struct Model { let v: String }
        let html = try #require(set).render(Model(v: "a\"\u{301} <b> & 'x'"), with: "t")
        #expect(html == "<p title=\"a&quot;\u{301} &lt;b&gt; &amp; &#39;x&#39;\">a&quot;\u{301} &lt;b&gt; &amp; &#39;x&#39;</p>")
    }

    @Test func templateErrorsNameTheFileAndLine() {
        let (_, diagnostics) = TemplateSet.compile([
            TemplateFile(name: "broken", path: "templates/broken.mustache", text: "line one\n{{#open}}\nnever closed\n"),
            TemplateFile(name: "caller", path: "templates/caller.mustache", text: "ok\n  {{> missing}}\n"),
        ])
        let lines = diagnostics.map(\.description)
        #expect(lines.contains { $0.hasPrefix("templates/broken.mustache:") && $0.contains("never closed") }, "\(lines)")
        #expect(lines.contains("templates/caller.mustache:2:3: error: template `missing` is used here but there is no templates/missing.mustache"), "\(lines)")
    }

    @Test func siteURLParsesAndRefusesBadBases() {
        #expect(SiteURL(parsing: "https://user.github.io/atlas")?.link("x/") == "/atlas/x/")
        #expect(SiteURL(parsing: "https://user.github.io/atlas/")?.absolute("x/") == "https://user.github.io/atlas/x/")
        #expect(SiteURL(parsing: "/")?.link("") == "/")
        #expect(SiteURL(parsing: "ftp://x") == nil)
        #expect(SiteURL(parsing: "https://x/../y") == nil)
        #expect(SiteURL(parsing: "https://x/a\"b") == nil)
    }

    @Test(arguments: [
        (1200.0, 3, "1,200"), (1.045, 3, "1.045"), (0.24, 3, "0.24"), (-75.01, 3, "−75.01"), (989.4, 1, "989.4"),
        (2.0, 1, "2"), (1234567.891, 2, "1,234,567.89"), (0.0004, 3, "0"),
    ] as [(Double, Int, String)])
    func numbersFormatTheSameEverywhere(value: Double, decimals: Int, expected: String) {
        #expect(NumberFormatting.decimal(value, decimals: decimals) == expected)
    }

    @Test func dollarsReadAsWords() {
        #expect(NumberFormatting.usd(500_000_000) == "$500 million")
        #expect(NumberFormatting.usd(4_200_000_000) == "$4.2 billion")
        #expect(NumberFormatting.usd(17_400_000_000) == "$17.4 billion")
    }
}
