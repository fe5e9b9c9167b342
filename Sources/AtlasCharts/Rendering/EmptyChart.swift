/// The "No data" chart: headline, an empty frame saying why, notes, and the (empty) tables.
enum EmptyChart {
    /// A chart of kind `kindName` with nothing to draw.
    static func render(spec: ChartSpec, kindName: String, reason: String, notes: [String], tables: [DataTable]) -> RenderedChart {
        let frame = ChartFrame(spec: spec, kindName: kindName, legend: [], notes: notes)
        let total = frame.fittedHeight(spec.size.height ?? frame.totalHeight(bodyHeight: 160))
        let body = frame.body(totalHeight: total)
        var svg = SVGWriter()
        frame.begin(&svg, totalHeight: total)
        frame.drawNoData(&svg, in: body, reason: reason)
        frame.end(&svg, totalHeight: total)
        return RenderedChart(svg: svg.markup, tables: tables, plotArea: body, notes: notes, hasData: false)
    }
}
