/// Draws charts: a `ChartSpec` in, SVG text and data tables out. Pure: no files, no clock, no globals.
public enum ChartRenderer {
    /// Renders `spec`. Never fails: data that cannot be drawn leaves a "No data" state and notes.
    public static func render(_ spec: ChartSpec) -> RenderedChart {
        switch spec.kind {
        case .bar(let chart): BarChartRenderer(spec: spec, chart: chart).render()
        case .line(let chart): LineChartRenderer(spec: spec, chart: chart).render()
        case .stackedArea(let chart): AreaChartRenderer(spec: spec, chart: chart).render()
        case .scatter(let chart): ScatterChartRenderer(spec: spec, chart: chart).render()
        case .map(let chart): MapChartRenderer(spec: spec, chart: chart).render()
        }
    }
}
