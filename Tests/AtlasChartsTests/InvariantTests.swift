import AtlasCharts
import Testing

/// Random charts of every kind, from fixed seeds: each must satisfy `ChartInvariants`.
@Suite struct InvariantTests {
    /// Expects `spec` to render soundly; returns whether it drew data (not the "No data" state).
    @discardableResult
    private func expectSound(_ spec: ChartSpec, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let chart = ChartRenderer.render(spec)
        let problems = ChartInvariants.problems(in: chart)
        #expect(problems.isEmpty, "\(spec.id): \(problems.prefix(3).joined(separator: "; "))", sourceLocation: sourceLocation)
        return chart.hasData
    }

    /// Renders `count` random charts; most must draw data, or the checks on marks and ticks would rarely run.
    private func expectSound(_ count: Int, sourceLocation: SourceLocation = #_sourceLocation, _ make: (Int) -> ChartSpec) {
        let drawn = (0..<count).filter { expectSound(make($0), sourceLocation: sourceLocation) }.count
        #expect(drawn * 2 > count, "only \(drawn) of \(count) random charts had data", sourceLocation: sourceLocation)
    }

    @Test func barCharts() {
        var random = RandomCharts(seed: 1)
        expectSound(150) { random.bars($0) }
    }

    @Test func lineCharts() {
        var random = RandomCharts(seed: 2)
        expectSound(150) { random.lines($0) }
    }

    @Test func stackedAreaCharts() {
        var random = RandomCharts(seed: 3)
        expectSound(80) { random.areas($0) }
    }

    @Test func scatterCharts() {
        var random = RandomCharts(seed: 4)
        expectSound(150) { random.scatter($0) }
    }

    @Test func maps() {
        var random = RandomCharts(seed: 5)
        expectSound(12) { random.map($0, world: RepositoryData.world) }
    }

    @Test func sampleCharts() {
        for (_, spec) in SampleCharts.all { expectSound(spec) }
    }

    @Test func emptyInputsDrawTheNoDataState() {
        let axis = AxisSpec(label: "Value")
        let kinds: [ChartKind] = [
            .bar(BarChart(categories: [], series: [], valueAxis: axis)),
            .bar(BarChart(labels: ["a", "b"], values: [.nan, .infinity], seriesName: "s", valueAxis: axis)),
            .line(LineChart(series: [LineSeries(name: "s", points: [])], xAxis: axis, yAxis: axis)),
            .line(LineChart(series: [LineSeries(name: "s", points: [DataPoint(x: 1, y: -5)])], xAxis: axis, yAxis: AxisSpec(scale: .log))),
            .stackedArea(AreaChart(x: [], series: [AreaSeries(name: "s", values: [])], xAxis: axis, yAxis: axis)),
            .scatter(ScatterChart(points: [ScatterPoint(name: "p", x: .nan, y: 1)], xAxis: axis, yAxis: axis)),
            .map(MapChart(world: RepositoryData.world, dots: [MapDot(name: "d", latitude: .nan, longitude: 0)])),
        ]
        for (index, kind) in kinds.enumerated() {
            let chart = ChartRenderer.render(ChartSpec(id: "empty-\(index)", title: "Empty", summary: "Nothing.", kind: kind))
            #expect(!chart.hasData, "kind \(index)")
            #expect(chart.svg.contains("No data"), "kind \(index)")
            #expect(ChartInvariants.problems(in: chart).isEmpty, "kind \(index): \(ChartInvariants.problems(in: chart))")
        }
    }

    @Test func degenerateButPresentDataStillDraws() {
        let axis = AxisSpec(label: "Value")
        let kinds: [ChartKind] = [
            .bar(BarChart(labels: ["a", "b"], values: [0, 0], seriesName: "zero", valueAxis: axis)),
            .line(LineChart(series: [LineSeries(name: "one", points: [DataPoint(x: 2024, y: 7)])], xAxis: AxisSpec(format: .year), yAxis: axis)),
            .line(LineChart(series: [LineSeries(name: "flat", points: [DataPoint(x: 1, y: 3), DataPoint(x: 2, y: 3)])], xAxis: axis, yAxis: AxisSpec(scale: .log))),
            .stackedArea(AreaChart(x: [0, 1, 2], series: [AreaSeries(name: "zero", values: [0, 0, 0])], xAxis: axis, yAxis: axis)),
            .scatter(ScatterChart(points: [ScatterPoint(name: "alone", x: 5, y: 5)], xAxis: AxisSpec(scale: .log), yAxis: AxisSpec(scale: .log))),
        ]
        for (index, kind) in kinds.enumerated() {
            let chart = ChartRenderer.render(ChartSpec(id: "degenerate-\(index)", title: "Degenerate", summary: "Little.", kind: kind))
            #expect(chart.hasData, "kind \(index)")
            #expect(ChartInvariants.problems(in: chart).isEmpty, "kind \(index): \(ChartInvariants.problems(in: chart))")
        }
    }
}
