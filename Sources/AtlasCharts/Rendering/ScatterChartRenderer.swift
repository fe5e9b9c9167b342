/// Draws a scatter chart: linked points coloured by group, labels placed where they collide with
/// nothing, threshold lines and shaded regions.
struct ScatterChartRenderer {
    let spec: ChartSpec
    let chart: ScatterChart

    private static let radius = 5.0
    private static let maxLabelWidth = 150.0
    private static let labelSize = 11.5

    func render() -> RenderedChart {
        var cleaning = DataCleaning()
        var points: [ScatterPoint] = []
        for point in chart.points {
            guard cleaning.accepts(point.x, on: chart.xAxis.scale), cleaning.accepts(point.y, on: chart.yAxis.scale) else { continue }
            guard DataCleaning.inside(point.x, extent: chart.xAxis.extent), DataCleaning.inside(point.y, extent: chart.yAxis.extent) else {
                cleaning.dropOutsideRange()
                continue
            }
            points.append(point)
        }
        let colors = Dictionary(chart.groups.enumerated().map { ($1.key, $1.color ?? .automatic($0)) }, uniquingKeysWith: { first, _ in first })
        let table = makeTable(points)
        guard !points.isEmpty else {
            return EmptyChart.render(spec: spec, kindName: "scatter", reason: "There are no points to show.", notes: cleaning.notes, tables: [table])
        }
        let usedGroups = Set(points.compactMap(\.group))
        var legend = chart.groups.filter { usedGroups.contains($0.key) }.map { LegendItem(label: $0.label, swatch: .dot(colors[$0.key] ?? .muted)) }
        if !legend.isEmpty, points.contains(where: { $0.group.map { colors[$0] == nil } ?? true }) {
            legend.append(LegendItem(label: "Other", swatch: .dot(.muted)))
        }
        let frame = ChartFrame(spec: spec, kindName: "scatter", legend: legend, notes: cleaning.notes)
        let total = frame.fittedHeight(spec.size.height ?? (spec.size.width * 0.66).rounded())
        let body = frame.body(totalHeight: total)
        let axes = CartesianAxes(
            body: body, xValues: points.map(\.x), yValues: points.map(\.y), xSpec: chart.xAxis, ySpec: chart.yAxis,
            xExtent: chart.xAxis.extent ?? .nice, xIncludesZero: chart.xAxis.includesZero ?? false,
            yExtent: chart.yAxis.extent ?? .nice, yIncludesZero: chart.yAxis.includesZero ?? false
        )

        var svg = SVGWriter()
        frame.begin(&svg, totalHeight: total)
        var obstacles = axes.drawBackground(&svg, verticalGrid: true)
        axes.drawAxes(&svg, tickMarks: false)
        let positions = points.map { axes.point($0.x, $0.y) }
        svg.open("g", [.init("class", "atlas-marks")])
        for (point, position) in zip(points, positions) {
            let color = point.group.flatMap { colors[$0] } ?? .muted
            if let url = point.url { svg.open("a", [.init("href", url)]) }
            svg.element("circle", [
                .init("class", "atlas-point atlas-mark " + ChartPalette.fillClass(color) + " atlas-outline"),
                .init("cx", position.x), .init("cy", position.y), .init("r", Self.radius), .init("fill", ChartPalette.hex(color)),
                .init("fill-opacity", "0.9"), .init("stroke", ChartPalette.chromeColor("bg")), .init("stroke-width", "1"),
            ], tooltip: tooltip(point))
            if point.url != nil { svg.close() }
        }
        svg.close()
        obstacles += axes.drawThresholds(&svg)
        obstacles += positions.map {
            ChartRect(x: $0.x - Self.radius, y: $0.y - Self.radius, width: 2 * Self.radius, height: 2 * Self.radius)
        }
        drawLabels(&svg, points: points, positions: positions, plot: axes.plot, obstacles: obstacles)
        frame.end(&svg, totalHeight: total)
        return RenderedChart(svg: svg.markup, tables: [table], plotArea: axes.plot, notes: cleaning.notes, hasData: true)
    }

    private func tooltip(_ point: ScatterPoint) -> String {
        let group = point.group.flatMap { key in chart.groups.first { $0.key == key }?.label }
        let xName = chart.xAxis.label.isEmpty ? "x" : chart.xAxis.label
        let yName = chart.yAxis.label.isEmpty ? "y" : chart.yAxis.label
        return point.name + (group.map { " (\($0))" } ?? "")
            + "\n\(xName): \(chart.xAxis.format.format(point.x))\n\(yName): \(chart.yAxis.format.format(point.y))"
    }

    /// Places each label right, left, above or below its point, skipping it when all collide.
    private func drawLabels(_ svg: inout SVGWriter, points: [ScatterPoint], positions: [ChartPoint], plot: ChartRect, obstacles: [ChartRect]) {
        var taken = obstacles
        svg.open("g", [.init("class", "atlas-point-labels")])
        for (index, point) in points.enumerated() where point.showsLabel && !point.name.isEmpty {
            let text = TextMeasure.truncate(point.name, toFit: Self.maxLabelWidth, fontSize: Self.labelSize)
            let width = TextMeasure.width(text, fontSize: Self.labelSize)
            let height = Self.labelSize + 2
            let centre = positions[index]
            let gap = Self.radius + 3
            let candidates = [
                ChartRect(x: centre.x + gap, y: centre.y - height / 2, width: width, height: height),
                ChartRect(x: centre.x - gap - width, y: centre.y - height / 2, width: width, height: height),
                ChartRect(x: centre.x - width / 2, y: centre.y - gap - height, width: width, height: height),
                ChartRect(x: centre.x - width / 2, y: centre.y + gap, width: width, height: height),
                ChartRect(x: centre.x + gap - 2, y: centre.y - gap - height + 3, width: width, height: height),
                ChartRect(x: centre.x + gap - 2, y: centre.y + gap - 3, width: width, height: height),
            ]
            let own = ChartRect(x: centre.x - Self.radius, y: centre.y - Self.radius, width: 2 * Self.radius, height: 2 * Self.radius)
            guard let spot = candidates.first(where: { candidate in
                plot.encloses(candidate) && !taken.contains { $0 != own && $0.intersects(candidate) }
            }) else { continue }
            taken.append(spot)
            if let url = point.url { svg.open("a", [.init("href", url)]) }
            svg.text(text, [
                .init("class", "atlas-point-label atlas-halo"), .init("x", spot.x), .init("y", spot.maxY - 3.5),
                .init("font-size", SVGNumber.format(Self.labelSize)), .init("fill", ChartPalette.chromeColor("text")),
                .init("stroke", ChartPalette.chromeColor("bg")), .init("stroke-width", "3"), .init("style", "paint-order:stroke"),
                .init("stroke-linejoin", "round"),
            ], tooltip: text == point.name ? nil : point.name)
            if point.url != nil { svg.close() }
        }
        svg.close()
    }

    private func makeTable(_ points: [ScatterPoint]) -> DataTable {
        let hasGroups = !chart.groups.isEmpty
        var columns = [DataColumn(title: chart.pointLabel)]
        if hasGroups { columns.append(DataColumn(title: "Group")) }
        columns += [
            DataColumn(title: chart.xAxis.format.columnTitle(chart.xAxis.label.isEmpty ? "x" : chart.xAxis.label), isNumeric: true),
            DataColumn(title: chart.yAxis.format.columnTitle(chart.yAxis.label.isEmpty ? "y" : chart.yAxis.label), isNumeric: true),
        ]
        let rows = points.map { point -> [DataCell] in
            var row = [DataCell.label(point.name, url: point.url)]
            if hasGroups {
                row.append(.label(point.group.flatMap { key in chart.groups.first { $0.key == key }?.label } ?? ""))
            }
            return row + [DataCell.number(point.x, format: chart.xAxis.format), DataCell.number(point.y, format: chart.yAxis.format)]
        }
        return DataTable(caption: spec.title, columns: columns, rows: rows)
    }
}
