/// Fits ticks to the room an axis has and draws gridlines, tick labels and axis titles.
enum AxisPainter {
    /// Smallest gap between neighbouring x tick labels.
    static let labelGap = 10.0
    /// Pixels per y tick when choosing how many to show.
    static let pixelsPerYTick = 46.0

    /// Ticks for a horizontal axis `length` pixels long whose labels do not overlap.
    static func fitHorizontalTicks(
        values: [Double], spec: AxisSpec, extent: AxisExtent, includesZero: Bool, length: Double
    ) -> AxisTicks {
        var target = max(2, Int(length / 70))
        while true {
            let ticks = TickGenerator.ticks(
                for: values, format: spec.format, scale: spec.scale, extent: extent,
                includesZero: includesZero, custom: spec.ticks, targetCount: target
            )
            if target <= 2 || labelsFit(ticks, length: length) {
                return spec.ticks == nil ? ticks : thinned(ticks, length: length)
            }
            target -= 1
        }
    }

    /// Ticks for a vertical axis `length` pixels long.
    static func fitVerticalTicks(
        values: [Double], spec: AxisSpec, extent: AxisExtent, includesZero: Bool, length: Double
    ) -> AxisTicks {
        TickGenerator.ticks(
            for: values, format: spec.format, scale: spec.scale, extent: extent, includesZero: includesZero,
            custom: spec.ticks, targetCount: max(2, Int(length / pixelsPerYTick))
        )
    }

    /// The widest y tick label.
    static func labelWidth(_ ticks: AxisTicks) -> Double {
        ticks.major.map { TextMeasure.width($0.label, fontSize: ChartMetrics.labelSize) }.max() ?? 0
    }

    /// Horizontal gridlines across `plot` at each labelled y tick.
    static func drawHorizontalGrid(_ svg: inout SVGWriter, ticks: AxisTicks, scale: PlotScale, plot: ChartRect) {
        svg.open("g", [.init("class", "atlas-grid"), .init("stroke", ChartPalette.chromeColor("grid")), .init("stroke-width", "1")])
        for tick in ticks.major {
            let y = scale.position(tick.value)
            svg.element("line", [.init("x1", plot.x), .init("y1", y), .init("x2", plot.maxX), .init("y2", y)])
        }
        svg.close()
    }

    /// Vertical gridlines across `plot` at each labelled x tick.
    static func drawVerticalGrid(_ svg: inout SVGWriter, ticks: AxisTicks, scale: PlotScale, plot: ChartRect) {
        svg.open("g", [.init("class", "atlas-grid"), .init("stroke", ChartPalette.chromeColor("grid")), .init("stroke-width", "1")])
        for tick in ticks.major {
            let x = scale.position(tick.value)
            svg.element("line", [.init("x1", x), .init("y1", plot.y), .init("x2", x), .init("y2", plot.maxY)])
        }
        svg.close()
    }

    /// A solid axis-coloured line: the baseline or the zero line.
    static func drawAxisLine(_ svg: inout SVGWriter, from start: ChartPoint, to end: ChartPoint) {
        svg.element("line", [
            .init("class", "atlas-axis"), .init("x1", start.x), .init("y1", start.y), .init("x2", end.x), .init("y2", end.y),
            .init("stroke", ChartPalette.chromeColor("axis")), .init("stroke-width", "1"),
        ])
    }

    /// Y tick labels, right-aligned just left of `plot`, and short marks for minor ticks.
    static func drawVerticalLabels(_ svg: inout SVGWriter, ticks: AxisTicks, scale: PlotScale, plot: ChartRect) {
        drawMinorMarks(&svg, ticks.minor.map { scale.position($0) }) { ChartPoint(x: plot.x - 4, y: $0) } end: { ChartPoint(x: plot.x, y: $0) }
        svg.open("g", [
            .init("class", "atlas-ticks atlas-ticks-y atlas-muted-text"), .init("text-anchor", "end"),
            .init("fill", ChartPalette.chromeColor("muted")),
        ])
        for tick in ticks.major {
            let y = scale.position(tick.value)
            svg.text(tick.label, [.init("x", plot.x - 6), .init("y", ChartMetrics.baseline(centredOn: y))])
        }
        svg.close()
    }

    /// X tick labels centred under each tick (kept inside `bounds`), with small tick marks on the baseline.
    static func drawHorizontalLabels(_ svg: inout SVGWriter, ticks: AxisTicks, scale: PlotScale, plot: ChartRect, bounds: ChartRect, marks: Bool) {
        drawMinorMarks(&svg, ticks.minor.map { scale.position($0) }) { ChartPoint(x: $0, y: plot.maxY) } end: { ChartPoint(x: $0, y: plot.maxY + 3) }
        svg.open("g", [
            .init("class", "atlas-ticks atlas-ticks-x atlas-muted-text"), .init("text-anchor", "middle"),
            .init("fill", ChartPalette.chromeColor("muted")),
        ])
        for tick in ticks.major {
            let x = scale.position(tick.value)
            let half = TextMeasure.width(tick.label, fontSize: ChartMetrics.labelSize) / 2
            let centre = min(max(x, bounds.x + half), bounds.maxX - half)
            svg.text(tick.label, [.init("x", centre), .init("y", plot.maxY + 18)])
        }
        svg.close()
        guard marks else { return }
        svg.open("g", [.init("class", "atlas-axis"), .init("stroke", ChartPalette.chromeColor("axis"))])
        for tick in ticks.major {
            let x = scale.position(tick.value)
            svg.element("line", [.init("x1", x), .init("y1", plot.maxY), .init("x2", x), .init("y2", plot.maxY + 4)])
        }
        svg.close()
    }

    /// An axis title in muted text.
    static func drawTitle(_ svg: inout SVGWriter, _ title: String, x: Double, y: Double, anchor: String, maxWidth: Double) {
        guard !title.isEmpty else { return }
        let text = TextMeasure.truncate(title, toFit: maxWidth, fontSize: ChartMetrics.axisTitleSize)
        svg.text(text, [
            .init("class", "atlas-axis-title atlas-muted-text"), .init("x", x), .init("y", y), .init("text-anchor", anchor),
            .init("fill", ChartPalette.chromeColor("muted")),
        ], tooltip: text == title ? nil : title)
    }

    /// Short axis-coloured marks at minor tick positions (log axes: 2…9 within each decade).
    private static func drawMinorMarks(_ svg: inout SVGWriter, _ positions: [Double], start: (Double) -> ChartPoint, end: (Double) -> ChartPoint) {
        guard !positions.isEmpty else { return }
        svg.open("g", [.init("class", "atlas-axis atlas-minor-ticks"), .init("stroke", ChartPalette.chromeColor("axis"))])
        for position in positions {
            let a = start(position), b = end(position)
            svg.element("line", [.init("x1", a.x), .init("y1", a.y), .init("x2", b.x), .init("y2", b.y)])
        }
        svg.close()
    }

    private static func labelsFit(_ ticks: AxisTicks, length: Double) -> Bool {
        let scale = ticks.scale(from: 0, to: length)
        var previousEnd = -Double.infinity
        for tick in ticks.major {
            let half = TextMeasure.width(tick.label, fontSize: ChartMetrics.labelSize) / 2
            let x = scale.position(tick.value)
            if x - half < previousEnd + labelGap { return false }
            previousEnd = x + half
        }
        return true
    }

    /// Hand-placed ticks keep every n-th one until their labels fit.
    private static func thinned(_ ticks: AxisTicks, length: Double) -> AxisTicks {
        var every = 1
        while every < max(ticks.major.count, 1) {
            let kept = ticks.major.enumerated().filter { $0.offset % every == 0 }.map(\.element)
            let candidate = AxisTicks(lower: ticks.lower, upper: ticks.upper, major: kept, minor: ticks.minor, isLogarithmic: ticks.isLogarithmic)
            if labelsFit(candidate, length: length) { return candidate }
            every += 1
        }
        return AxisTicks(lower: ticks.lower, upper: ticks.upper, major: Array(ticks.major.prefix(1)), minor: ticks.minor, isLogarithmic: ticks.isLogarithmic)
    }
}
