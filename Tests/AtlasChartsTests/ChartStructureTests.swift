import AtlasCharts
import Testing

/// The SVG's structure for pages and readers: accessible root, ids, links, tooltips, themable colours.
@Suite struct ChartStructureTests {
    @Test func theRootIsResponsiveAndLabelled() throws {
        let chart = ChartRenderer.render(SampleCharts.linearLines)
        let document = try SVGDocument(chart.svg)
        let root = try #require(document.elements.first)
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 720 ") == true)
        #expect(root.attributes["width"] == nil && root.attributes["height"] == nil)
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "tdp-by-year-title")
        #expect(root.attributes["aria-describedby"] == "tdp-by-year-desc")
        #expect(document.elements[1].name == "title" && document.elements[1].text == "Accelerator power has tripled since 2020")
        #expect(document.elements[2].name == "desc" && document.elements[2].text.hasPrefix("Flagship accelerator power rose"))
        #expect(root.classes == ["atlas-chart", "atlas-chart-line"])
    }

    @Test func idsAreMadeSafeFromTheCallersPrefix() throws {
        var spec = SampleCharts.linearLines
        spec.id = "2 charts: \"a\" & b"
        let root = try #require(try SVGDocument(ChartRenderer.render(spec).svg).elements.first)
        #expect(root.attributes["aria-labelledby"] == "chart-2-charts---a----b-title")
    }

    @Test func textIsRealTextAndEscaped() throws {
        var spec = SampleCharts.horizontalBars
        spec.title = "Chips <2025> & \"friends\""
        let chart = ChartRenderer.render(spec)
        #expect(chart.svg.contains("Chips &lt;2025&gt; &amp; &quot;friends&quot;"))
        let document = try SVGDocument(chart.svg)
        #expect(document.elements(named: "text").contains { $0.text == "Chips <2025> & \"friends\"" })
        #expect(document.elements(named: "text").contains { $0.text == "NVIDIA GB300" })
    }

    @Test func linkedMarksSitInsideAnchorsWithTooltips() throws {
        let document = try SVGDocument(ChartRenderer.render(SampleCharts.chipScatter).svg)
        let anchors = document.elements(named: "a")
        #expect(anchors.contains { $0.attributes["href"] == "/chips/nvidia-h100-sxm5/" })
        #expect(anchors.allSatisfy { $0.attributes["xlink:href"] == nil })
        let circles = document.marks.filter { $0.name == "circle" }
        #expect(circles.count == SampleCharts.chips.count)
        let titles = document.elements(named: "title").map(\.text)
        #expect(titles.contains("NVIDIA H20 (NVIDIA)\nThermal design power: 400 W\nTotal processing performance: 2,368"))
    }

    @Test func thresholdsAndRegionsAreDrawn() throws {
        let document = try SVGDocument(ChartRenderer.render(SampleCharts.chipScatter).svg)
        #expect(document.elements.contains { $0.classes.contains("atlas-reference") && $0.name == "line" })
        #expect(document.elements.contains { $0.classes.contains("atlas-region") && $0.name == "rect" })
        #expect(document.elements(named: "text").contains { $0.text == "3A090.a threshold: TPP 4,800" })
    }

    @Test func coloursCarryAClassForThemesAndAFallbackForPlainSVG() throws {
        let document = try SVGDocument(ChartRenderer.render(SampleCharts.groupedBars).svg)
        let bars = document.marks.filter { $0.name == "rect" }
        #expect(!bars.isEmpty)
        for bar in bars {
            #expect(bar.classes.contains { $0.hasPrefix("atlas-fill-") })
            #expect(bar.attributes["fill"]?.hasPrefix("#") == true)
        }
        #expect(bars.first?.attributes["fill"] == "#0072B2")
    }

    @Test func theStylesheetDefinesEveryThemedClassTheChartsUse() throws {
        let css = ChartStyle.css
        #expect(css.contains("@media (prefers-color-scheme: dark)"))
        #expect(css.contains("@media print"))
        #expect(css.contains("--atlas-series-1: #0072B2;"))
        var used: Set<String> = []
        for (_, spec) in SampleCharts.all {
            for element in try SVGDocument(ChartRenderer.render(spec).svg).elements { used.formUnion(element.classes) }
        }
        let themed = used.filter { ["atlas-fill-", "atlas-stroke-", "atlas-ramp-"].contains(where: $0.hasPrefix) }
            .union(["atlas-muted-text", "atlas-grid", "atlas-axis", "atlas-halo", "atlas-land", "atlas-nodata", "atlas-bg"].filter(used.contains))
        #expect(themed.count > 10)
        for name in themed { #expect(css.contains(".\(name) "), "no rule for .\(name)") }
    }

    @Test func lineEndsAreLabelledDirectlyOrInALegend() throws {
        let direct = try SVGDocument(ChartRenderer.render(SampleCharts.linearLines).svg)
        #expect(direct.elements.contains { $0.classes.contains("atlas-series-label") && $0.text == "NVIDIA" })
        var spec = SampleCharts.linearLines
        if case .line(var chart) = spec.kind {
            chart.labelling = .legend
            spec.kind = .line(chart)
        }
        let legend = try SVGDocument(ChartRenderer.render(spec).svg)
        #expect(!legend.elements.contains { $0.classes.contains("atlas-series-label") })
        #expect(legend.elements.contains { $0.inheritedClasses.contains("atlas-legend") && $0.text == "NVIDIA" })
    }

    @Test func droppedValuesAreExplainedInNotes() {
        let chart = ChartRenderer.render(SampleCharts.noData)
        #expect(chart.notes == ["2 values missing or not a number; not shown.", "1 value at or below zero; not shown on the log axis."])
        #expect(chart.svg.contains("Note: 1 value at or below zero; not shown on the log axis."))
    }
}
