/// Draws a stacked area chart: layers stacked from zero (negative values stack downwards), lines
/// on top, a legend, and a hover column per x whose tooltip lists every value.
struct AreaChartRenderer {
    let spec: ChartSpec
    let chart: AreaChart

    private struct Layer {
        let name: String
        let values: [Double]
        let color: ChartColor
    }

    func render() -> RenderedChart {
        var cleaning = DataCleaning()
        // Keep the columns whose x is usable and increasing.
        var columns: [Int] = []
        for (index, x) in chart.x.enumerated() {
            guard cleaning.accepts(x, on: chart.xAxis.scale), DataCleaning.inside(x, extent: chart.xAxis.extent) else { continue }
            if let last = columns.last, chart.x[last] >= x {
                cleaning.dropInvalid()
                continue
            }
            columns.append(index)
        }
        let xs = columns.map { chart.x[$0] }
        var missing = 0
        func values(of series: AreaSeries) -> [Double?] {
            columns.map { index in
                guard index < series.values.count else {
                    missing += 1
                    return nil
                }
                let value = series.values[index]
                guard value.isFinite, abs(value) <= DataCleaning.largestValue else {
                    missing += 1
                    return nil
                }
                return value
            }
        }
        let layers = chart.series.enumerated().map { index, series in
            Layer(name: series.name, values: values(of: series).map { $0 ?? 0 }, color: series.color ?? .automatic(index))
        }
        let lineValues = chart.lines.map { values(of: $0) }
        let lineColors = chart.lines.enumerated().map { index, line in line.color ?? (index == 0 ? .foreground : .muted) }
        if missing > 0 { cleaning.note("\(DataCleaning.count(missing, "value")) missing; stacked as zero or left out of lines.") }

        let table = makeTable(xs: xs, columns: columns, layers: layers, lineValues: lineValues)
        let hasLines = lineValues.contains { $0.contains { $0 != nil } }
        guard !xs.isEmpty, !layers.isEmpty || hasLines else {
            return EmptyChart.render(spec: spec, kindName: "area", reason: "There are no values to show.", notes: cleaning.notes, tables: [table])
        }

        // Stack: positive parts upwards from zero, negative parts downwards.
        var positiveBase = [Double](repeating: 0, count: xs.count)
        var negativeBase = [Double](repeating: 0, count: xs.count)
        var bands: [(layer: Layer, positive: [(Double, Double)], negative: [(Double, Double)])] = []
        for layer in layers {
            var positive: [(Double, Double)] = []
            var negative: [(Double, Double)] = []
            for column in xs.indices {
                let value = layer.values[column]
                let up = max(value, 0), down = min(value, 0)
                positive.append((positiveBase[column], positiveBase[column] + up))
                negative.append((negativeBase[column] + down, negativeBase[column]))
                positiveBase[column] += up
                negativeBase[column] += down
            }
            bands.append((layer, positive, negative))
        }
        var yValues = positiveBase + negativeBase + lineValues.flatMap { $0.compactMap { $0 } }
        if yValues.isEmpty { yValues = [0] }

        let legend = layers.map { LegendItem(label: $0.name, swatch: .box($0.color)) }
            + zip(chart.lines, lineColors).map { LegendItem(label: $0.name, swatch: .line($1, dashed: false)) }
        let frame = ChartFrame(spec: spec, kindName: "area", legend: legend, notes: cleaning.notes)
        let total = frame.fittedHeight(spec.size.height ?? (spec.size.width * 0.6).rounded())
        let body = frame.body(totalHeight: total)
        var ySpec = chart.yAxis
        ySpec.scale = .linear
        let axes = CartesianAxes(
            body: body, xValues: xs, yValues: yValues, xSpec: chart.xAxis, ySpec: ySpec,
            xExtent: chart.xAxis.extent ?? .data, xIncludesZero: chart.xAxis.includesZero ?? false,
            yExtent: chart.yAxis.extent ?? .nice, yIncludesZero: true
        )

        var svg = SVGWriter()
        frame.begin(&svg, totalHeight: total)
        _ = axes.drawBackground(&svg, verticalGrid: false)
        svg.open("g", [.init("class", "atlas-marks")])
        for band in bands {
            let hasPositive = band.positive.contains { $0.1 > $0.0 }
            let hasNegative = band.negative.contains { $0.1 > $0.0 }
            for (parts, present) in [(band.positive, hasPositive), (band.negative, hasNegative)] where present {
                svg.element("path", [
                    .init("class", "atlas-area atlas-mark " + ChartPalette.fillClass(band.layer.color)),
                    .init("d", areaPath(xs: xs, parts: parts, axes: axes)), .init("fill", ChartPalette.hex(band.layer.color)),
                ], tooltip: band.layer.name)
            }
        }
        for (index, values) in lineValues.enumerated() {
            drawLine(&svg, name: chart.lines[index].name, xs: xs, values: values, color: lineColors[index], axes: axes)
        }
        if xs.count <= 400 { drawHoverColumns(&svg, xs: xs, columns: columns, layers: layers, lineValues: lineValues, axes: axes) }
        svg.close()
        axes.drawAxes(&svg, tickMarks: true)
        _ = axes.drawThresholds(&svg)
        frame.end(&svg, totalHeight: total)
        return RenderedChart(svg: svg.markup, tables: [table], plotArea: axes.plot, notes: cleaning.notes, hasData: true)
    }

    private func areaPath(xs: [Double], parts: [(Double, Double)], axes: CartesianAxes) -> String {
        var path = ""
        for (index, x) in xs.enumerated() {
            let point = axes.point(x, parts[index].1)
            path += (index == 0 ? "M" : "L") + SVGNumber.format(point.x) + " " + SVGNumber.format(point.y)
        }
        for (index, x) in xs.enumerated().reversed() {
            let point = axes.point(x, parts[index].0)
            path += "L" + SVGNumber.format(point.x) + " " + SVGNumber.format(point.y)
        }
        return path + "Z"
    }

    private func drawLine(_ svg: inout SVGWriter, name: String, xs: [Double], values: [Double?], color: ChartColor, axes: CartesianAxes) {
        var path = ""
        var pending = "M"
        for (x, value) in zip(xs, values) {
            guard let value else {
                pending = "M"
                continue
            }
            let point = axes.point(x, value)
            path += pending + SVGNumber.format(point.x) + " " + SVGNumber.format(point.y)
            pending = "L"
        }
        guard !path.isEmpty else { return }
        svg.element("path", [
            .init("class", "atlas-line atlas-mark " + ChartPalette.strokeClass(color)), .init("d", path), .init("fill", "none"),
            .init("stroke", ChartPalette.hex(color)), .init("stroke-width", "2"), .init("stroke-linejoin", "round"),
        ], tooltip: name)
    }

    private func drawHoverColumns(_ svg: inout SVGWriter, xs: [Double], columns: [Int], layers: [Layer], lineValues: [[Double?]], axes: CartesianAxes) {
        let positions = xs.map { axes.xScale.position($0) }
        for (index, position) in positions.enumerated() {
            let left = index == 0 ? axes.plot.x : (positions[index - 1] + position) / 2
            let right = index == positions.count - 1 ? axes.plot.maxX : (position + positions[index + 1]) / 2
            guard right > left else { continue }
            var parts = layers.map { "\($0.name) \(chart.yAxis.format.format($0.values[index]))" }
            for (line, values) in zip(chart.lines, lineValues) {
                if let value = values[index] { parts.append("\(line.name) \(chart.yAxis.format.format(value))") }
            }
            svg.element("rect", [
                .init("class", "atlas-hover atlas-mark atlas-fill-fg"), .init("x", left), .init("y", axes.plot.y),
                .init("width", right - left), .init("height", axes.plot.height), .init("fill", ChartPalette.chromeColor("text")),
                .init("fill-opacity", "0"),
            ], tooltip: xLabel(columns[index]) + ": " + parts.joined(separator: "; "))
        }
    }

    private func xLabel(_ column: Int) -> String {
        if let labels = chart.xLabels, column < labels.count { return labels[column] }
        return chart.xAxis.format.format(chart.x[column])
    }

    private func makeTable(xs: [Double], columns: [Int], layers: [Layer], lineValues: [[Double?]]) -> DataTable {
        let format = chart.yAxis.format
        let headers = [DataColumn(title: chart.xLabel, isNumeric: chart.xLabels == nil)]
            + layers.map { DataColumn(title: format.columnTitle($0.name), isNumeric: true) }
            + chart.lines.map { DataColumn(title: format.columnTitle($0.name), isNumeric: true) }
        let rows = xs.indices.map { index -> [DataCell] in
            let first = chart.xLabels == nil
                ? DataCell.number(xs[index], format: chart.xAxis.format)
                : DataCell.label(xLabel(columns[index]))
            return [first] + layers.map { DataCell.number($0.values[index], format: format) }
                + lineValues.map { DataCell.number($0[index], format: format) }
        }
        return DataTable(caption: spec.title, columns: headers, rows: rows)
    }
}
