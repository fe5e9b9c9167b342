import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import AtlasFiles
import AtlasContent
@testable import AtlasSite
import AtlasSimulation

@Suite struct SiteBuildTests {
    /// Pages whose HTML is pinned by golden files; set ATLAS_UPDATE_GOLDEN=1 to rewrite them.
    static let goldenPages = [
        "index.html", "facilities/index.html", "facilities/sea-one/index.html", "organizations/deepco/index.html",
        "investments/fundco-deepco/index.html", "chips/xpu-1/index.html", "about/index.html", "sitemap.xml", "404.html",
        "data/index.html", "data/facilities.json", "data/facilities.csv",
    ]

    @Test(arguments: goldenPages)
    func pageMatchesGoldenFile(path: String) async throws {
        let result = await TestSupport.buildMini()
        #expect(result.succeeded, "\(result.diagnostics)")
        let file = try #require(result.files.first { $0.path == path })
        let golden = TestSupport.goldenDirectory.appendingPathComponent(path.replacing("/", with: "__"))
        if ProcessInfo.processInfo.environment["ATLAS_UPDATE_GOLDEN"] == "1" {
            try Data(file.bytes).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(String(decoding: file.bytes, as: UTF8.self) == expected, "\(path) differs from its golden file")
    }

    @Test func buildWritesEveryPageType() async {
        let paths = Set(await TestSupport.buildMini().files.map(\.path))
        for expected in ["index.html", "404.html", "robots.txt", "sitemap.xml", "assets/atlas.css",
                         "facilities/index.html", "chips/index.html", "consortia/index.html", "investments/index.html",
                         "organizations/index.html", "regions/index.html", "policies/index.html",
                         "tags/index.html", "tags/offshore/index.html", "status/operational/index.html",
                         "siting/subsea/index.html", "about/index.html", "regions/testland/index.html"] {
            #expect(paths.contains(expected), "missing \(expected)")
        }
    }

    @Test func dataDownloadsCarryEveryFrontMatterField() async throws {
        let files = await TestSupport.buildMini().files
        let json = try #require(files.first { $0.path == "data/investments.json" })
        let object = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any]
        let entries = try #require(object?["entries"] as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["amount_usd"] as? Int == 500_000_000)
        #expect(entries.first?["date"] as? String == "2026-01-15")
        #expect(entries.first?["url"] as? String == "https://atlas.example/sub/investments/fundco-deepco/")
        let csv = try #require(files.first { $0.path == "data/facilities.csv" })
        let lines = String(decoding: csv.bytes, as: UTF8.self).split(separator: "\r\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("kind,slug,title,url,") == true)
        #expect(lines.last?.contains("\"Port \"\"Quote\"\" & <Angle>\"") == true)
    }

    @Test func feedsAndSitemapAreWellFormedXML() async throws {
        let files = await TestSupport.buildMini().files
        for path in ["sitemap.xml", "feeds/investments.xml", "feeds/updates.xml"] {
            let file = try #require(files.first { $0.path == path })
            let parser = XMLParser(data: Data(file.bytes))
            #expect(parser.parse(), "\(path) is not well-formed: \(String(describing: parser.parserError))")
        }
        let feed = String(decoding: try #require(files.first { $0.path == "feeds/investments.xml" }).bytes, as: UTF8.self)
        #expect(feed.contains("<id>https://atlas.example/sub/investments/fundco-deepco/</id>"))
        #expect(feed.contains("<updated>2026-01-15T00:00:00Z</updated>"))
    }

    @Test func entityPagesCarryCitationsAndSocialMetadata() async throws {
        let page = try #require(await TestSupport.buildMini().files.first { $0.path == "chips/xpu-1/index.html" })
        let html = String(decoding: page.bytes, as: UTF8.self)
        #expect(html.contains("<meta property=\"og:url\" content=\"https://atlas.example/sub/chips/xpu-1/\">"))
        #expect(html.contains("<meta property=\"og:type\" content=\"article\">"))
        #expect(html.contains("@misc{atlas-chips-xpu-1,"))
    }

    @Test func searchListsEveryEntryWithoutJavaScriptAndShipsAnIndex() async throws {
        let files = await TestSupport.buildMini().files
        let page = String(decoding: try #require(files.first { $0.path == "search/index.html" }).bytes, as: UTF8.self)
        #expect(page.components(separatedBy: "<tr data-kind=").count - 1 == 9)
        #expect(page.contains("data-country=\"Testland\" data-organization=\"DeepCo\" data-status=\"Operational\""))
        let index = try #require(files.first { $0.path == "search.json" })
        let records = try JSONSerialization.jsonObject(with: Data(index.bytes)) as? [[String: Any]]
        #expect(records?.count == 9)
        #expect(files.contains { $0.path == "assets/search.js" })
    }

    @Test func everySVGOfTheBuildIsWellFormedXMLWithoutNaN() async throws {
        let files = await TestSupport.buildMini().files
        var count = 0
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            var rest = html[...]
            while let open = rest.firstRange(of: "<svg"), let close = rest[open.lowerBound...].firstRange(of: "</svg>") {
                let svg = String(rest[open.lowerBound..<close.upperBound])
                let parser = XMLParser(data: Data(svg.utf8))
                #expect(parser.parse(), "\(file.path): SVG \(count) is not well-formed: \(String(describing: parser.parserError))")
                #expect(!svg.contains("NaN") && !svg.contains("Infinity") && !svg.contains("inf\""), "\(file.path)")
                count += 1
                rest = rest[close.upperBound...]
            }
        }
        #expect(count >= 4, "expected maps and charts in the fixture site, found \(count)")
    }

    @Test func facilityNumbersEqualTheSimulationCore() async throws {
        // Sea One: 2.5 MW of IT load, PUE 1.1, 128 XPU-1 at 989.4 TFLOPS dense BF16.
        let accelerator = Accelerator(name: "xpu-1", denseTFLOPS: [.bf16: 989.4, .fp8: 1978.9], tdpW: 700, allInKW: nil,
                                      allInSource: nil, memoryTBs: nil, chipToChipGBs: nil, dieAreaMM2: nil, datacenter: true, source: "test")
        let assessment = try FacilityModel.assess(FacilityScenario(
            capacity: CapacityInput(powerMW: 2.5, basis: .it, pue: 1.1, fleet: [FleetItem(accelerator: accelerator, count: 128)]),
            gridIntensityGCO2PerKWh: 123.4))
        let page = try #require(await TestSupport.buildMini().files.first { $0.path == "facilities/sea-one/index.html" })
        let html = String(decoding: page.bytes, as: UTF8.self)
        #expect(html.contains("<td>\(NumberFormatting.integer(assessment.capacity.accelerators))</td>"))
        #expect(html.contains("<td>\(NumberFormatting.si(assessment.capacity.peak(.bf16)!, unit: "FLOP/s"))</td>"))
        #expect(html.contains("<td>\(NumberFormatting.significant(assessment.energy.co2Tonnes / 1000)) kt</td>"))
        #expect(html.contains("<td>\(NumberFormatting.significant(assessment.training[1].days)) days</td>"))
    }

    @Test func bibtexEscapesLaTeXSpecials() {
        #expect(Citation.escape("R&D 50% of $5 #1 a_b {x} ~^\\") == "R\\&D 50\\% of \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{}\\textasciicircum{}\\textbackslash{}")
    }

    @Test func twoBuildsAreByteIdentical() async {
        let first = await TestSupport.buildMini()
        let second = await TestSupport.buildMini()
        #expect(first.files == second.files)
        #expect(!first.files.isEmpty)
    }

    /// `atlas build` streams pages to the staging folder as they render: the same files, none kept.
    @Test func aStreamedBuildHandsOverExactlyTheFilesOfAnInMemoryBuild() async throws {
        let inMemory = await TestSupport.buildMini()
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("site")
        let staging = try SiteWriter().begin(output.path)
        let streamed = await SiteBuilder.build(TestSupport.miniSiteInput(), options: BuildOptions(baseURL: SiteURL(parsing: "https://atlas.example/sub/")!),
                                               streamingTo: staging)
        try staging.commit()
        #expect(streamed.files.isEmpty)
        #expect(streamed.fileCount == inMemory.files.count)
        for file in inMemory.files {
            let written = try Data(contentsOf: output.appendingPathComponent(file.path))
            #expect(Array(written) == file.bytes, "\(file.path) differs")
        }
    }

    @Test func backlinksListEveryReferrer() async throws {
        let result = await TestSupport.buildMini()
        let page = try #require(result.files.first { $0.path == "organizations/deepco/index.html" })
        let html = String(decoding: page.bytes, as: UTF8.self)
        #expect(html.contains("Referenced by"))
        for referrer in ["/sub/facilities/sea-one/", "/sub/chips/xpu-1/", "/sub/investments/fundco-deepco/", "/sub/consortia/wet-msa/", "/sub/about/"] {
            #expect(html.contains("href=\"\(referrer)\""), "no backlink from \(referrer)")
        }
    }

    @Test func everyLinkStaysUnderTheBaseURL() async {
        for file in await TestSupport.buildMini().files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            for match in html.matches(of: /href="(\/[^"]*)"/) {
                #expect(match.1.hasPrefix("/sub/"), "\(file.path) links to \(match.1)")
            }
        }
    }

    @Test func unsafeMarkdownIsNeutralisedAndLowConfidenceShowsACaveat() async throws {
        let page = try #require(await TestSupport.buildMini().files.first { $0.path == "facilities/sea-one/index.html" })
        let html = String(decoding: page.bytes, as: UTF8.self)
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("class=\"caveat\""))
        #expect(html.contains("Port &quot;Quote&quot; &amp; &lt;Angle&gt;"))
    }

    @Test func bodyLinksToMissingPagesAreErrorsAtTheirLine() async {
        let files = [
            SourceFile(path: "content/pages/a.md", text: "---\ntitle: A\n---\nIntro.\n\nSee [x](/organizations/nobody/) and [y](/nowhere/deep/).\n"),
        ]
        let result = await SiteBuilder.build(SiteInput(contentFiles: files, templates: TemplateSetTests.minimalTemplates), options: BuildOptions())
        #expect(!result.succeeded)
        #expect(result.files.isEmpty)
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("content/pages/a.md:6:5: error: link to `/organizations/nobody/`") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("content/pages/a.md:6:") && $0.contains("/nowhere/deep/") }, "\(messages)")
    }

    @Test func unresolvedReferencesNameFieldFileAndLine() async {
        let files = [
            SourceFile(path: "content/organizations/a.md", text: "---\ntitle: A\ncountry: atlantis\n---\n"),
            SourceFile(path: "content/regions/atlantic.md", text: "---\ntitle: Atlantic\niso_a3: ATL\n---\n"),
        ]
        let result = await SiteBuilder.build(SiteInput(contentFiles: files, templates: TemplateSetTests.minimalTemplates), options: BuildOptions())
        #expect(result.diagnostics.map(\.description) == [
            "content/organizations/a.md:3:10: error: `country`: no regions entry `atlantis` (expected content/regions/atlantis.md); did you mean `atlantic`?",
        ])
    }

    @Test func duplicateSlugsAndNormalisationTwinsAreErrors() async {
        let files = [
            SourceFile(path: "content/organizations/a.md", text: "---\ntitle: A\n---\n"),
            SourceFile(path: "content/organizations/b.md", text: "---\ntitle: B\nslug: a\n---\n"),
            SourceFile(path: "content/pages/caf\u{E9}.md", text: "---\ntitle: C1\nslug: cafe\n---\n"),
            SourceFile(path: "content/pages/cafe\u{301}.md", text: "---\ntitle: C2\nslug: cafe2\n---\n"),
        ]
        let result = await SiteBuilder.build(SiteInput(contentFiles: files, templates: TemplateSetTests.minimalTemplates), options: BuildOptions())
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("duplicate slug `a`") })
        #expect(messages.contains { $0.contains("only by letter case or Unicode normalisation") })
    }

    @Test func draftsBuildOnlyWhenAsked() async {
        let files = [SourceFile(path: "content/pages/wip.md", text: "---\ntitle: WIP\ndraft: true\n---\n")]
        let input = SiteInput(contentFiles: files, templates: TemplateSetTests.minimalTemplates)
        let without = await SiteBuilder.build(input, options: BuildOptions())
        let with = await SiteBuilder.build(input, options: BuildOptions(includeDrafts: true))
        #expect(!without.files.contains { $0.path == "wip/index.html" })
        #expect(with.files.contains { $0.path == "wip/index.html" })
    }
}
