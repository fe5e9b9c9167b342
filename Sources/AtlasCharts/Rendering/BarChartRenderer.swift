/// Draws a bar chart, horizontal or vertical, grouped or stacked, with value labels at the bar ends.
struct BarChartRenderer {
    let spec: ChartSpec
    let chart: BarChart

    private static let valueLabelSize = 11.5
    private static let maxCategoryLabelShare = 0.35
    /// Text over a background-coloured outline, so labels stay legible across gridlines and threshold lines.
    private static let haloAttributes: [SVGAttribute] = [
        .init("fill", ChartPalette.chromeColor("text")), .init("stroke", ChartPalette.chromeColor("bg")), .init("stroke-width", "3"),
        .init("style", "paint-order:stroke"), .init("stroke-linejoin", "round"),
    ]

    private struct Bar {
        let category: Int
        let series: Int
        let from: Double
        let to: Double
        let value: Double
    }

    func render() -> RenderedChart {
        var cleaning = DataCleaning()
        let categoryCount = chart.categories.count
        // values[series][category], nil for no value.
        var values: [[Double?]] = chart.series.map { series in
            (0..<categoryCount).map { index in index < series.values.count ? series.values[index] : nil }
        }
        for (seriesIndex, row) in values.enumerated() {
            for (categoryIndex, value) in row.enumerated() {
                guard let value else { continue }
                if !cleaning.acceptsNumber(value) {
                    values[seriesIndex][categoryIndex] = nil
                } else if !DataCleaning.inside(value, extent: chart.valueAxis.extent) {
                    cleaning.dropOutsideRange()
                    values[seriesIndex][categoryIndex] = nil
                }
            }
        }
        let colors = chart.series.enumerated().map { $1.color ?? .automatic($0) }
        let table = makeTable(values)
        let bars = layoutBars(values)
        guard !bars.isEmpty else {
            return EmptyChart.render(spec: spec, kindName: "bar", reason: "There are no values to show.", notes: cleaning.notes, tables: [table])
        }
        if chart.valueAxis.scale == .log {
            cleaning.note("Bars are drawn on a linear axis from zero, so their lengths compare.")
        }
        let legend = chart.series.count > 1
            ? chart.series.enumerated().map { LegendItem(label: $1.name, swatch: .box(colors[$0])) }
            : []
        let frame = ChartFrame(spec: spec, kindName: "bar", legend: legend, notes: cleaning.notes)
        var svg = SVGWriter()
        let plot: ChartRect
        switch chart.orientation {
        case .horizontal: plot = drawHorizontal(&svg, frame: frame, bars: bars, colors: colors)
        case .vertical: plot = drawVertical(&svg, frame: frame, bars: bars, colors: colors)
        }
        return RenderedChart(svg: svg.markup, tables: [table], plotArea: plot, notes: cleaning.notes, hasData: true)
    }

    // MARK: - Bars in data units

    /// Every bar's extent along the value axis; stacks put positive values one way and negative the other.
    private func layoutBars(_ values: [[Double?]]) -> [Bar] {
        var bars: [Bar] = []
        for category in chart.categories.indices {
            var positive = 0.0, negative = 0.0
            for series in values.indices {
                guard let value = values[series][category] else { continue }
                switch chart.layout {
                case .grouped:
                    bars.append(Bar(category: category, series: series, from: 0, to: value, value: value))
                case .stacked:
                    if value >= 0 {
                        bars.append(Bar(category: category, series: series, from: positive, to: positive + value, value: value))
                        positive += value
                    } else {
                        bars.append(Bar(category: category, series: series, from: negative, to: negative + value, value: value))
                        negative += value
                    }
                }
            }
        }
        return bars
    }

    private var isGrouped: Bool { chart.layout == .grouped && chart.series.count > 1 }

    private var valueSpec: AxisSpec {
        var spec = chart.valueAxis
        spec.scale = .linear
        return spec
    }

    private func valueTicks(_ bars: [Bar], length: Double, horizontal: Bool) -> AxisTicks {
        let values = bars.flatMap { [$0.from, $0.to] } + ReferencePainter.thresholdValues(valueSpec.references) + [0]
        let extent = chart.valueAxis.extent ?? .nice
        return horizontal
            ? AxisPainter.fitHorizontalTicks(values: values, spec: valueSpec, extent: extent, includesZero: true, length: length)
            : AxisPainter.fitVerticalTicks(values: values, spec: valueSpec, extent: extent, includesZero: true, length: length)
    }

    /// The value label at the end of each bar (or stack), keyed by category and series.
    private func valueLabels(_ bars: [Bar]) -> [(bar: Bar, text: String, end: Double)] {
        guard chart.showsValueLabels else { return [] }
        if chart.layout == .stacked && chart.series.count > 1 {
            return chart.categories.indices.compactMap { category in
                let stack = bars.filter { $0.category == category }
                guard let first = stack.first else { return nil }
                let total = stack.reduce(0) { $0 + $1.value }
                let end = total >= 0 ? (stack.map(\.to).max() ?? 0) : (stack.map(\.to).min() ?? 0)
                return (first, chart.valueAxis.format.format(total), end)
            }
        }
        return bars.map { ($0, chart.valueAxis.format.format($0.value), $0.to) }
    }

    private func tooltip(_ bar: Bar) -> String {
        let category = chart.categories[bar.category].label
        let value = chart.valueAxis.format.format(bar.value)
        return chart.series.count > 1 ? "\(category), \(chart.series[bar.series].name): \(value)" : "\(category): \(value)"
    }

    // MARK: - Horizontal

    private func drawHorizontal(_ svg: inout SVGWriter, frame: ChartFrame, bars: [Bar], colors: [ChartColor]) -> ChartRect {
        let count = chart.categories.count
        let naturalBand: Double = isGrouped ? max(26, Double(chart.series.count) * 15 + 10) : 30
        let axisSpace: Double = 26 + (valueSpec.title.isEmpty ? 0 : 18)
        let thresholdRoom = ReferencePainter.thresholdValues(valueSpec.references).isEmpty ? 0 : ReferencePainter.labelRoomAbove
        let total = frame.fittedHeight(spec.size.height ?? frame.totalHeight(bodyHeight: naturalBand * Double(count) + axisSpace + 4 + thresholdRoom))
        let body = frame.body(totalHeight: total)
        let labelFont = ChartMetrics.labelSize
        let labelWidth = min(
            chart.categories.map { TextMeasure.width($0.label, fontSize: labelFont) }.max() ?? 0,
            body.width * Self.maxCategoryLabelShare
        )
        let labels = valueLabels(bars)
        let positiveLabelWidth = labels.filter { $0.end >= 0 }.map { TextMeasure.width($0.text, fontSize: Self.valueLabelSize) }.max() ?? 0
        let negativeLabelWidth = labels.filter { $0.end < 0 }.map { TextMeasure.width($0.text, fontSize: Self.valueLabelSize) }.max() ?? 0
        let left = body.x + labelWidth + 10 + (negativeLabelWidth > 0 ? negativeLabelWidth + 6 : 0)
        let right = body.maxX - (positiveLabelWidth > 0 ? positiveLabelWidth + 6 : 0)
        let hasThresholds = !ReferencePainter.thresholdValues(valueSpec.references).isEmpty
        let plotTop = body.y + 4 + (hasThresholds ? ReferencePainter.labelRoomAbove : 0)
        let plotHeight = max(body.maxY - axisSpace - plotTop, 1)
        let ticks = valueTicks(bars, length: max(right - left, 1), horizontal: true)
        let plot = ChartRect(x: left, y: plotTop, width: max(right - left, 1), height: plotHeight)
        let scale = ticks.scale(from: plot.x, to: plot.maxX)
        let band = plot.height / Double(max(count, 1))

        frame.begin(&svg, totalHeight: total)
        ReferencePainter.drawRegions(&svg, references: valueSpec.references, direction: .horizontal, scale: scale, plot: plot)
        AxisPainter.drawVerticalGrid(&svg, ticks: ticks, scale: scale, plot: plot)
        svg.open("g", [.init("class", "atlas-axes")])
        AxisPainter.drawHorizontalLabels(&svg, ticks: ticks, scale: scale, plot: plot, bounds: body, marks: false)
        AxisPainter.drawTitle(&svg, valueSpec.title, x: plot.midX, y: plot.maxY + 38, anchor: "middle", maxWidth: plot.width)
        svg.close()

        // Category labels, right-aligned beside their band.
        svg.open("g", [.init("class", "atlas-category-labels"), .init("text-anchor", "end"), .init("fill", ChartPalette.chromeColor("text"))])
        for (index, category) in chart.categories.enumerated() {
            let middle = plot.y + band * (Double(index) + 0.5)
            let text = TextMeasure.truncate(category.label, toFit: labelWidth, fontSize: labelFont)
            if let url = category.url { svg.open("a", [.init("href", url)]) }
            svg.text(text, [.init("x", body.x + labelWidth), .init("y", ChartMetrics.baseline(centredOn: middle))],
                     tooltip: text == category.label ? nil : category.label)
            if category.url != nil { svg.close() }
        }
        svg.close()

        let thickness = isGrouped ? band * 0.82 / Double(chart.series.count) : min(band * 0.72, 40)
        func bandStart(_ bar: Bar) -> Double {
            let bandTop = plot.y + band * Double(bar.category)
            if isGrouped { return bandTop + band * 0.09 + thickness * Double(bar.series) }
            return bandTop + (band - thickness) / 2
        }
        svg.open("g", [.init("class", "atlas-marks")])
        for bar in bars {
            let a = scale.position(bar.from), b = scale.position(bar.to)
            let rect = ChartRect(x: min(a, b), y: bandStart(bar), width: abs(b - a), height: thickness)
            drawBar(&svg, rect: rect, bar: bar, color: colors[bar.series])
        }
        svg.close()
        AxisPainter.drawAxisLine(&svg, from: ChartPoint(x: scale.position(0), y: plot.y), to: ChartPoint(x: scale.position(0), y: plot.maxY))

        if thickness >= 9 {
            svg.open("g", [.init("class", "atlas-value-labels atlas-halo"), .init("font-size", SVGNumber.format(Self.valueLabelSize))] + Self.haloAttributes)
            for label in labels {
                let end = scale.position(label.end)
                let middle = bandStart(label.bar) + thickness / 2
                var attributes: [SVGAttribute] = [
                    .init("x", label.end >= 0 ? end + 4 : end - 4), .init("y", ChartMetrics.baseline(centredOn: middle, size: Self.valueLabelSize)),
                ]
                if label.end < 0 { attributes.append(.init("text-anchor", "end")) }
                svg.text(label.text, attributes)
            }
            svg.close()
        }
        ReferencePainter.drawThresholds(&svg, references: valueSpec.references, direction: .horizontal, scale: scale, plot: plot, labelsAbove: true)
        frame.end(&svg, totalHeight: total)
        return plot
    }

    // MARK: - Vertical

    private func drawVertical(_ svg: inout SVGWriter, frame: ChartFrame, bars: [Bar], colors: [ChartColor]) -> ChartRect {
        let count = chart.categories.count
        let total = frame.fittedHeight(spec.size.height ?? (spec.size.width * 0.6).rounded())
        let body = frame.body(totalHeight: total)
        // Value labels stand above the bars, so keep a line free over the plot for the tallest.
        let top = body.y + (valueSpec.title.isEmpty ? 8 : 26) + (chart.showsValueLabels ? Self.valueLabelSize + 4 : 0)
        let bottom = body.maxY - 26
        let ticks = valueTicks(bars, length: max(bottom - top, 1), horizontal: false)
        let left = body.x + min(AxisPainter.labelWidth(ticks) + 8, body.width * 0.4)
        let plot = ChartRect(x: left, y: top, width: max(body.maxX - left, 1), height: max(bottom - top, 1))
        let scale = ticks.scale(from: plot.maxY, to: plot.y)
        let band = plot.width / Double(max(count, 1))

        frame.begin(&svg, totalHeight: total)
        ReferencePainter.drawRegions(&svg, references: valueSpec.references, direction: .vertical, scale: scale, plot: plot)
        AxisPainter.drawHorizontalGrid(&svg, ticks: ticks, scale: scale, plot: plot)
        svg.open("g", [.init("class", "atlas-axes")])
        AxisPainter.drawVerticalLabels(&svg, ticks: ticks, scale: scale, plot: plot)
        AxisPainter.drawTitle(&svg, valueSpec.title, x: body.x, y: body.y + 12, anchor: "start", maxWidth: body.width)
        svg.close()

        // Category labels under the bands; every n-th one when they are too tight.
        let widths = chart.categories.map { TextMeasure.width($0.label, fontSize: ChartMetrics.labelSize) }
        let every = max(1, Int(((widths.max() ?? 0) + 6) / max(band, 1)) + 1)
        let labelRoom = band * Double(every) - 6
        svg.open("g", [.init("class", "atlas-category-labels"), .init("text-anchor", "middle"), .init("fill", ChartPalette.chromeColor("text"))])
        for (index, category) in chart.categories.enumerated() where index % every == 0 {
            let text = TextMeasure.truncate(category.label, toFit: labelRoom, fontSize: ChartMetrics.labelSize)
            let half = TextMeasure.width(text, fontSize: ChartMetrics.labelSize) / 2
            let centre = min(max(plot.x + band * (Double(index) + 0.5), body.x + half), body.maxX - half)
            if let url = category.url { svg.open("a", [.init("href", url)]) }
            svg.text(text, [.init("x", centre), .init("y", plot.maxY + 18)], tooltip: text == category.label ? nil : category.label)
            if category.url != nil { svg.close() }
        }
        svg.close()

        let thickness = isGrouped ? band * 0.82 / Double(chart.series.count) : min(band * 0.7, 64)
        func bandStart(_ bar: Bar) -> Double {
            let bandLeft = plot.x + band * Double(bar.category)
            if isGrouped { return bandLeft + band * 0.09 + thickness * Double(bar.series) }
            return bandLeft + (band - thickness) / 2
        }
        svg.open("g", [.init("class", "atlas-marks")])
        for bar in bars {
            let a = scale.position(bar.from), b = scale.position(bar.to)
            let rect = ChartRect(x: bandStart(bar), y: min(a, b), width: thickness, height: abs(b - a))
            drawBar(&svg, rect: rect, bar: bar, color: colors[bar.series])
        }
        svg.close()
        AxisPainter.drawAxisLine(&svg, from: ChartPoint(x: plot.x, y: scale.position(0)), to: ChartPoint(x: plot.maxX, y: scale.position(0)))

        let labels = valueLabels(bars)
        let fits = labels.allSatisfy { TextMeasure.width($0.text, fontSize: Self.valueLabelSize) <= thickness + 8 }
        if fits {
            svg.open("g", [
                .init("class", "atlas-value-labels atlas-halo"), .init("font-size", SVGNumber.format(Self.valueLabelSize)),
                .init("text-anchor", "middle"),
            ] + Self.haloAttributes)
            for label in labels {
                let end = scale.position(label.end)
                let y = label.end >= 0 ? end - 4 : end + Self.valueLabelSize + 2
                // Below the lowest bar there may be no room before the category labels; the tooltip still has it.
                guard y <= plot.maxY - 1 else { continue }
                svg.text(label.text, [.init("x", bandStart(label.bar) + thickness / 2), .init("y", y)])
            }
            svg.close()
        }
        ReferencePainter.drawThresholds(&svg, references: valueSpec.references, direction: .vertical, scale: scale, plot: plot)
        frame.end(&svg, totalHeight: total)
        return plot
    }

    private func drawBar(_ svg: inout SVGWriter, rect: ChartRect, bar: Bar, color: ChartColor) {
        let url = chart.categories[bar.category].url
        if let url { svg.open("a", [.init("href", url)]) }
        svg.element("rect", [
            .init("class", "atlas-bar atlas-mark " + ChartPalette.fillClass(color)), .init("x", rect.x), .init("y", rect.y),
            .init("width", rect.width), .init("height", rect.height), .init("fill", ChartPalette.hex(color)),
        ], tooltip: tooltip(bar))
        if url != nil { svg.close() }
    }

    // MARK: - Table

    private func makeTable(_ values: [[Double?]]) -> DataTable {
        let format = chart.valueAxis.format
        let columns = [DataColumn(title: chart.categoryLabel.isEmpty ? "Category" : chart.categoryLabel)]
            + chart.series.map { DataColumn(title: format.columnTitle($0.name), isNumeric: true) }
        let rows = chart.categories.enumerated().map { index, category in
            [DataCell.label(category.label, url: category.url)] + values.map { DataCell.number($0[index], format: format) }
        }
        return DataTable(caption: spec.title, columns: columns, rows: rows)
    }
}
