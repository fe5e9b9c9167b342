import AtlasCharts
import Testing

/// One golden SVG per chart kind: any change to the drawing shows up as a diff to review.
@Suite struct GoldenChartTests {
    @Test(arguments: SampleCharts.all.map(\.name))
    func matchesGolden(_ name: String) throws {
        let spec = try #require(SampleCharts.all.first { $0.name == name }).spec
        let chart = ChartRenderer.render(spec)
        _ = try SVGDocument(chart.svg)
        try GoldenFile.check(chart.svg, named: name)
    }

    @Test func rendersTheSameBytesTwice() {
        for (_, spec) in SampleCharts.all {
            #expect(ChartRenderer.render(spec).svg == ChartRenderer.render(spec).svg)
        }
    }
}
