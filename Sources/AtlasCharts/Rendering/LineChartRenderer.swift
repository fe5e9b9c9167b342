/// Draws a line chart: lines with markers and tooltips, names at the line ends or in a legend.
struct LineChartRenderer {
    let spec: ChartSpec
    let chart: LineChart

    private struct Line {
        let name: String
        let points: [DataPoint]
        let color: ChartColor
        let isDashed: Bool
    }

    private static let labelSpacing = 15.0
    private static let maxLabelWidth = 170.0

    func render() -> RenderedChart {
        var cleaning = DataCleaning()
        var lines: [Line] = []
        for (index, series) in chart.series.enumerated() {
            var points: [DataPoint] = []
            for point in series.points {
                guard cleaning.accepts(point.x, on: chart.xAxis.scale), cleaning.accepts(point.y, on: chart.yAxis.scale) else { continue }
                guard DataCleaning.inside(point.x, extent: chart.xAxis.extent), DataCleaning.inside(point.y, extent: chart.yAxis.extent) else {
                    cleaning.dropOutsideRange()
                    continue
                }
                points.append(point)
            }
            points = points.enumerated().sorted { $0.element.x != $1.element.x ? $0.element.x < $1.element.x : $0.offset < $1.offset }.map(\.element)
            if !points.isEmpty {
                lines.append(Line(name: series.name, points: points, color: series.color ?? .automatic(index), isDashed: series.isDashed))
            }
        }
        let table = makeTable(lines)
        guard !lines.isEmpty else {
            return EmptyChart.render(spec: spec, kindName: "line", reason: "There are no values to show.", notes: cleaning.notes, tables: [table])
        }

        let labelWidths = lines.map { min(TextMeasure.width($0.name, fontSize: ChartMetrics.labelSize), Self.maxLabelWidth) }
        let reserve = (labelWidths.max() ?? 0) + 12
        let direct: Bool = switch chart.labelling {
        case .direct: true
        case .legend: false
        case .automatic: lines.count <= 10 && reserve <= spec.size.width * 0.3
        }
        let legend = direct ? [] : lines.map { LegendItem(label: $0.name, swatch: .line($0.color, dashed: $0.isDashed)) }
        let frame = ChartFrame(spec: spec, kindName: "line", legend: legend, notes: cleaning.notes)
        let total = frame.fittedHeight(spec.size.height ?? (spec.size.width * 0.6).rounded())
        let body = frame.body(totalHeight: total)
        let axes = CartesianAxes(
            body: body,
            xValues: lines.flatMap { $0.points.map(\.x) }, yValues: lines.flatMap { $0.points.map(\.y) },
            xSpec: chart.xAxis, ySpec: chart.yAxis,
            xExtent: chart.xAxis.extent ?? .data, xIncludesZero: chart.xAxis.includesZero ?? false,
            yExtent: chart.yAxis.extent ?? .nice, yIncludesZero: chart.yAxis.includesZero ?? true,
            rightReserve: direct ? reserve : 0
        )

        var svg = SVGWriter()
        frame.begin(&svg, totalHeight: total)
        _ = axes.drawBackground(&svg, verticalGrid: false)
        axes.drawAxes(&svg, tickMarks: true)
        drawLines(&svg, lines, axes: axes)
        _ = axes.drawThresholds(&svg)
        if direct { drawLabels(&svg, lines, axes: axes) }
        frame.end(&svg, totalHeight: total)
        return RenderedChart(svg: svg.markup, tables: [table], plotArea: axes.plot, notes: cleaning.notes, hasData: true)
    }

    private func drawLines(_ svg: inout SVGWriter, _ lines: [Line], axes: CartesianAxes) {
        let totalPoints = lines.reduce(0) { $0 + $1.points.count }
        svg.open("g", [.init("class", "atlas-marks")])
        for line in lines {
            let positions = line.points.map { axes.point($0.x, $0.y) }
            var path = ""
            for (index, position) in positions.enumerated() {
                path += (index == 0 ? "M" : "L") + SVGNumber.format(position.x) + " " + SVGNumber.format(position.y)
            }
            var attributes: [SVGAttribute] = [
                .init("class", "atlas-line atlas-mark " + ChartPalette.strokeClass(line.color)), .init("d", path),
                .init("fill", "none"), .init("stroke", ChartPalette.hex(line.color)), .init("stroke-width", "2.25"),
                .init("stroke-linejoin", "round"), .init("stroke-linecap", "round"),
            ]
            if line.isDashed { attributes.append(.init("stroke-dasharray", "6 4")) }
            svg.element("path", attributes, tooltip: line.name)
            // Markers (with a tooltip each) while they stay sparse; dense or many lines read better bare.
            let showsMarkers = line.points.count == 1 || (line.points.count <= 40 && totalPoints <= 300 && lines.count <= 6)
            guard showsMarkers else { continue }
            for (point, position) in zip(line.points, positions) {
                svg.element("circle", [
                    .init("class", "atlas-point atlas-mark " + ChartPalette.fillClass(line.color) + " atlas-outline"),
                    .init("cx", position.x), .init("cy", position.y), .init("r", 3.25),
                    .init("fill", ChartPalette.hex(line.color)), .init("stroke", ChartPalette.chromeColor("bg")), .init("stroke-width", "1"),
                ], tooltip: "\(line.name), \(chart.xAxis.format.format(point.x)): \(chart.yAxis.format.format(point.y))")
            }
        }
        svg.close()
    }

    private func drawLabels(_ svg: inout SVGWriter, _ lines: [Line], axes: CartesianAxes) {
        let ends = lines.map { axes.point($0.points[$0.points.count - 1].x, $0.points[$0.points.count - 1].y) }
        let centres = LabelSpreader.spread(
            ends.map(\.y), spacing: Self.labelSpacing, top: axes.plot.y + 4, bottom: axes.plot.maxY - 4
        )
        svg.open("g", [.init("class", "atlas-direct-labels")])
        for (index, line) in lines.enumerated() {
            let centre = centres[index]
            let x = axes.plot.maxX + 10
            if abs(centre - ends[index].y) > 2 {
                svg.element("line", [
                    .init("class", ChartPalette.strokeClass(line.color)), .init("x1", axes.plot.maxX + 3), .init("y1", ends[index].y),
                    .init("x2", x - 2), .init("y2", centre), .init("stroke", ChartPalette.hex(line.color)), .init("stroke-width", "1"),
                ])
            }
            let text = TextMeasure.truncate(line.name, toFit: Self.maxLabelWidth, fontSize: ChartMetrics.labelSize)
            svg.text(text, [
                .init("class", ChartPalette.fillClass(line.color) + " atlas-series-label"), .init("x", x),
                .init("y", ChartMetrics.baseline(centredOn: centre)), .init("fill", ChartPalette.hex(line.color)),
                .init("font-weight", "600"),
            ], tooltip: text == line.name ? nil : line.name)
        }
        svg.close()
    }

    private func makeTable(_ lines: [Line]) -> DataTable {
        let xs = Array(Set(lines.flatMap { $0.points.map(\.x) })).sorted()
        let columns = [DataColumn(title: chart.xAxis.format.columnTitle(chart.xLabel), isNumeric: true)]
            + lines.map { DataColumn(title: chart.yAxis.format.columnTitle($0.name), isNumeric: true) }
        let rows = xs.map { x in
            [DataCell.number(x, format: chart.xAxis.format)] + lines.map { line in
                DataCell.number(line.points.last { $0.x == x }?.y, format: chart.yAxis.format)
            }
        }
        return DataTable(caption: spec.title, columns: columns, rows: rows)
    }
}
