/// The plot rectangle and both numeric axes of a line, area or scatter chart, fitted into a body.
struct CartesianAxes {
    let plot: ChartRect
    let body: ChartRect
    let xTicks: AxisTicks
    let yTicks: AxisTicks
    let xScale: PlotScale
    let yScale: PlotScale
    let xSpec: AxisSpec
    let ySpec: AxisSpec

    /// Space above the plot for the y axis title.
    private static let yTitleSpace = 26.0

    /// Lays out axes for `xValues` and `yValues` (cleaned, non-empty) inside `body`.
    ///
    /// - Parameter rightReserve: room kept right of the plot for direct labels.
    init(
        body: ChartRect,
        xValues: [Double], yValues: [Double],
        xSpec: AxisSpec, ySpec: AxisSpec,
        xExtent: AxisExtent, xIncludesZero: Bool,
        yExtent: AxisExtent, yIncludesZero: Bool,
        rightReserve: Double = 0
    ) {
        self.body = body
        self.xSpec = xSpec
        self.ySpec = ySpec
        let xAll = xValues + ReferencePainter.thresholdValues(xSpec.references).filter { xSpec.scale == .linear || $0 > 0 }
        let yAll = yValues + ReferencePainter.thresholdValues(ySpec.references).filter { ySpec.scale == .linear || $0 > 0 }
        let top = body.y + (ySpec.title.isEmpty ? 8 : Self.yTitleSpace)
        let bottom = body.maxY - 24 - (xSpec.title.isEmpty ? 0 : 18)
        let yTicks = AxisPainter.fitVerticalTicks(
            values: yAll, spec: ySpec, extent: yExtent, includesZero: yIncludesZero && ySpec.scale == .linear,
            length: max(bottom - top, 1)
        )
        let left = body.x + min(AxisPainter.labelWidth(yTicks) + 8, body.width * 0.4)
        let right = max(body.maxX - rightReserve - 6, left + 40)
        let xTicks = AxisPainter.fitHorizontalTicks(
            values: xAll, spec: xSpec, extent: xExtent, includesZero: xIncludesZero && xSpec.scale == .linear,
            length: max(right - left, 1)
        )
        plot = ChartRect(x: left, y: top, width: right - left, height: bottom - top)
        self.yTicks = yTicks
        self.xTicks = xTicks
        xScale = xTicks.scale(from: plot.x, to: plot.maxX)
        yScale = yTicks.scale(from: plot.maxY, to: plot.y)
    }

    /// The position of a data point.
    func point(_ x: Double, _ y: Double) -> ChartPoint {
        ChartPoint(x: xScale.position(x), y: yScale.position(y))
    }

    /// Gridlines and shaded regions, drawn before the marks.
    func drawBackground(_ svg: inout SVGWriter, verticalGrid: Bool) -> [ChartRect] {
        var labelRects = ReferencePainter.drawRegions(&svg, references: xSpec.references, direction: .horizontal, scale: xScale, plot: plot)
        labelRects += ReferencePainter.drawRegions(&svg, references: ySpec.references, direction: .vertical, scale: yScale, plot: plot)
        AxisPainter.drawHorizontalGrid(&svg, ticks: yTicks, scale: yScale, plot: plot)
        if verticalGrid { AxisPainter.drawVerticalGrid(&svg, ticks: xTicks, scale: xScale, plot: plot) }
        return labelRects
    }

    /// Baseline, zero line, tick labels and axis titles.
    func drawAxes(_ svg: inout SVGWriter, tickMarks: Bool) {
        svg.open("g", [.init("class", "atlas-axes")])
        AxisPainter.drawAxisLine(&svg, from: ChartPoint(x: plot.x, y: plot.maxY), to: ChartPoint(x: plot.maxX, y: plot.maxY))
        if !yScale.isLogarithmic, yScale.lower < 0, yScale.upper > 0 {
            let zero = yScale.position(0)
            AxisPainter.drawAxisLine(&svg, from: ChartPoint(x: plot.x, y: zero), to: ChartPoint(x: plot.maxX, y: zero))
        }
        if !xScale.isLogarithmic, xScale.lower < 0, xScale.upper > 0 {
            let zero = xScale.position(0)
            AxisPainter.drawAxisLine(&svg, from: ChartPoint(x: zero, y: plot.y), to: ChartPoint(x: zero, y: plot.maxY))
        }
        AxisPainter.drawVerticalLabels(&svg, ticks: yTicks, scale: yScale, plot: plot)
        AxisPainter.drawHorizontalLabels(&svg, ticks: xTicks, scale: xScale, plot: plot, bounds: body, marks: tickMarks)
        AxisPainter.drawTitle(&svg, ySpec.title, x: body.x, y: body.y + 12, anchor: "start", maxWidth: body.width)
        AxisPainter.drawTitle(&svg, xSpec.title, x: plot.midX, y: plot.maxY + 38, anchor: "middle", maxWidth: plot.width)
        svg.close()
    }

    /// Threshold lines, drawn over the marks; returns their label rectangles.
    func drawThresholds(_ svg: inout SVGWriter) -> [ChartRect] {
        ReferencePainter.drawThresholds(&svg, references: xSpec.references, direction: .horizontal, scale: xScale, plot: plot)
            + ReferencePainter.drawThresholds(&svg, references: ySpec.references, direction: .vertical, scale: yScale, plot: plot)
    }
}
