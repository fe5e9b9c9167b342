/// Draws the world map: land or countries shaded by a metric, dots sized by value (area
/// proportional) and coloured by category, linked, with legends for colour, size and shading.
struct MapChartRenderer {
    let spec: ChartSpec
    let chart: MapChart

    private struct Dot {
        let dot: MapDot
        let position: ChartPoint
        let radius: Double
        let color: ChartColor
    }

    private static let legendRowHeight = 22.0
    private static let swatchWidth = 44.0

    func render() -> RenderedChart {
        var cleaning = DataCleaning()
        let world = chart.world
        // Dots: valid coordinates inside the map's latitude range.
        var dots: [MapDot] = []
        var outside = 0
        for dot in chart.dots {
            guard dot.latitude.isFinite, dot.longitude.isFinite, abs(dot.latitude) <= 90, abs(dot.longitude) <= 180 else {
                cleaning.dropInvalid()
                continue
            }
            guard dot.latitude >= world.southernLatitude, dot.latitude <= world.northernLatitude else {
                outside += 1
                continue
            }
            var kept = dot
            if let value = dot.value, !(value.isFinite && value >= 0 && value <= DataCleaning.largestValue) {
                cleaning.dropInvalid()
                kept.value = nil
            }
            dots.append(kept)
        }
        if outside > 0 { cleaning.note("\(DataCleaning.count(outside, "place")) beyond the map's latitudes; not shown.") }
        var shading: [String: Double] = [:]
        if let choropleth = chart.choropleth {
            for (code, value) in choropleth.values where cleaning.acceptsNumber(value) {
                shading[code] = value
            }
        }
        let scale = chart.choropleth.flatMap { choropleth in
            shading.isEmpty ? nil : ChoroplethScale(values: shading.values.sorted(), bins: choropleth.bins, format: choropleth.format)
        }
        if scale?.wasTrimmed == true { cleaning.note("Only the first five breaks of the shading are used.") }
        let tables = makeTables(dots: dots, shading: shading)
        guard !dots.isEmpty || !shading.isEmpty else {
            return EmptyChart.render(spec: spec, kindName: "map", reason: "There are no places or values to show.", notes: cleaning.notes, tables: tables)
        }

        let frame = ChartFrame(spec: spec, kindName: "map", legend: [], notes: cleaning.notes)
        let colors = Dictionary(chart.dotCategories.enumerated().map { ($1.key, $1.color ?? .automatic($0)) }, uniquingKeysWith: { first, _ in first })
        let width = spec.size.width - 2 * ChartMetrics.padding
        let maxRadius = max(6, width * 0.016)
        let shadingWidth = scale.map { Self.shadingLegendWidth($0) } ?? 0
        // Dot legends sit beside the shading legend when both fit on one band, else below it.
        let dotLegendX = scale == nil ? 0 : (shadingWidth + 40 + 320 <= width ? max(shadingWidth + 40, width / 2) : 0)
        let shadingHeight = scale == nil ? 0 : 2 * Self.legendRowHeight + 8
        let dotHeight = dots.isEmpty ? 0 : Self.legendRowHeight + 2 * maxRadius + 12
        let legendHeight = dotLegendX > 0 ? max(shadingHeight, dotHeight) : shadingHeight + dotHeight
        let aspect = world.bounds.height / world.bounds.width
        let total = frame.fittedHeight(spec.size.height ?? frame.totalHeight(bodyHeight: width * aspect + legendHeight + 8))
        let body = frame.body(totalHeight: total)
        let mapHeight = min(body.height - legendHeight - 8, body.width * aspect)
        let mapRect = ChartRect(x: body.x, y: body.y, width: body.width, height: max(mapHeight, 1))
        let transform = MapTransform(bounds: world.bounds, into: mapRect)
        let drawn = ChartRect(
            x: transform.apply(ChartPoint(x: world.bounds.x, y: 0)).x, y: transform.apply(ChartPoint(x: 0, y: world.bounds.y)).y,
            width: world.bounds.width * transform.scale, height: world.bounds.height * transform.scale
        )
        let paths = MapPathWriter(transform: transform)

        let values = dots.compactMap(\.value)
        let maxValue = values.max() ?? 0
        let minRadius = 2.0
        func radius(_ value: Double?) -> Double {
            guard let value, maxValue > 0 else { return minRadius }
            return max(minRadius, maxRadius * (value / maxValue).squareRoot())
        }
        let placed = dots.enumerated()
            .map { index, dot in
                Dot(
                    dot: dot,
                    position: transform.apply(EqualEarth.project(longitude: dot.longitude, latitude: dot.latitude)),
                    radius: radius(dot.value),
                    color: dot.category.flatMap { colors[$0] } ?? .muted
                )
            }
            .enumerated()
            // Large dots first, so small ones stay visible on top; ties keep input order.
            .sorted { $0.element.radius != $1.element.radius ? $0.element.radius > $1.element.radius : $0.offset < $1.offset }
            .map(\.element)

        var svg = SVGWriter()
        frame.begin(&svg, totalHeight: total)
        if let choropleth = chart.choropleth, let scale {
            drawCountries(&svg, paths: paths, choropleth: choropleth, shading: shading, scale: scale)
        } else {
            svg.element("path", [
                .init("class", "atlas-land"), .init("d", paths.pathData(world.land)), .init("fill", ChartPalette.chromeColor("land")),
            ])
        }
        drawDots(&svg, placed)
        let legendTop = mapRect.maxY + 8
        if let choropleth = chart.choropleth, let scale {
            drawShadingLegend(&svg, choropleth: choropleth, scale: scale, x: body.x, top: legendTop)
        }
        if !dots.isEmpty {
            let beside = dotLegendX > 0
            drawDotLegends(
                &svg, dots: dots, colors: colors, maxValue: maxValue, maxRadius: maxRadius,
                x: body.x + dotLegendX, top: beside ? legendTop : legendTop + shadingHeight, width: body.width - dotLegendX
            )
        }
        frame.end(&svg, totalHeight: total)
        return RenderedChart(svg: svg.markup, tables: tables, plotArea: drawn, notes: cleaning.notes, hasData: true)
    }

    // MARK: - Layers

    private func drawCountries(_ svg: inout SVGWriter, paths: MapPathWriter, choropleth: Choropleth, shading: [String: Double], scale: ChoroplethScale) {
        svg.open("g", [
            .init("class", "atlas-countries atlas-border"), .init("stroke", ChartPalette.chromeColor("border")),
            .init("stroke-width", "0.5"), .init("fill-rule", "evenodd"),
        ])
        for country in chart.world.countries {
            let data = paths.pathData(country.polygons)
            guard !data.isEmpty else { continue }
            let className: String, fill: String, tooltip: String
            if let value = shading[country.isoA3] {
                (className, fill) = scale.color(ofBin: scale.bin(of: value))
                tooltip = "\(country.name): \(choropleth.format.format(value))"
            } else {
                (className, fill) = ("atlas-nodata", ChartPalette.chromeColor("nodata"))
                tooltip = "\(country.name): no data"
            }
            svg.element("path", [.init("class", "atlas-country " + className), .init("d", data), .init("fill", fill)], tooltip: tooltip)
        }
        svg.close()
    }

    private func drawDots(_ svg: inout SVGWriter, _ dots: [Dot]) {
        guard !dots.isEmpty else { return }
        svg.open("g", [
            .init("class", "atlas-marks atlas-dots atlas-outline"), .init("stroke", ChartPalette.chromeColor("bg")),
            .init("stroke-width", "1"), .init("fill-opacity", "0.9"),
        ])
        for dot in dots {
            if let url = dot.dot.url { svg.open("a", [.init("href", url)]) }
            svg.element("circle", [
                .init("class", "atlas-dot atlas-mark " + ChartPalette.fillClass(dot.color)), .init("cx", dot.position.x),
                .init("cy", dot.position.y), .init("r", dot.radius), .init("fill", ChartPalette.hex(dot.color)),
            ], tooltip: tooltip(dot.dot))
            if dot.dot.url != nil { svg.close() }
        }
        svg.close()
    }

    private func tooltip(_ dot: MapDot) -> String {
        var parts = [dot.name]
        if let value = dot.value { parts.append("\(chart.dotValueLabel): \(chart.dotValueFormat.format(value))") }
        if let key = dot.category, let category = chart.dotCategories.first(where: { $0.key == key }) { parts.append(category.label) }
        return parts.joined(separator: "\n")
    }

    // MARK: - Legends

    /// The width of the shading legend: its swatches and the "No data" key.
    private static func shadingLegendWidth(_ scale: ChoroplethScale) -> Double {
        Double(scale.binCount) * swatchWidth + 18 + swatchWidth + 6 + TextMeasure.width("No data", fontSize: ChartMetrics.labelSize)
    }

    private func drawShadingLegend(_ svg: inout SVGWriter, choropleth: Choropleth, scale: ChoroplethScale, x: Double, top: Double) {
        svg.open("g", [.init("class", "atlas-legend atlas-shading-legend")])
        let title = choropleth.format.columnTitle(choropleth.label)
        svg.text(title, [
            .init("x", x), .init("y", top + 12), .init("font-weight", "600"), .init("fill", ChartPalette.chromeColor("text")),
        ])
        let swatchTop = top + Self.legendRowHeight
        for bin in 0..<scale.binCount {
            let (className, fill) = scale.color(ofBin: bin)
            svg.element("rect", [
                .init("class", className), .init("x", x + Double(bin) * Self.swatchWidth), .init("y", swatchTop),
                .init("width", Self.swatchWidth - 1), .init("height", 10), .init("fill", fill),
            ])
        }
        svg.open("g", [.init("class", "atlas-muted-text"), .init("text-anchor", "middle"), .init("font-size", "11"), .init("fill", ChartPalette.chromeColor("muted"))])
        for (index, value) in scale.breaks.enumerated() {
            svg.text(scale.label(ofBreak: value, format: choropleth.format), [
                .init("x", x + Double(index + 1) * Self.swatchWidth - 0.5), .init("y", swatchTop + 23),
            ])
        }
        svg.close()
        let noDataX = x + Double(scale.binCount) * Self.swatchWidth + 18
        svg.element("rect", [
            .init("class", "atlas-nodata"), .init("x", noDataX), .init("y", swatchTop), .init("width", Self.swatchWidth - 1),
            .init("height", 10), .init("fill", ChartPalette.chromeColor("nodata")),
        ])
        svg.text("No data", frameText(x: noDataX + Self.swatchWidth + 6, y: swatchTop + 9.5))
        svg.close()
    }

    private func drawDotLegends(
        _ svg: inout SVGWriter, dots: [MapDot], colors: [String: ChartColor], maxValue: Double, maxRadius: Double,
        x: Double, top: Double, width: Double
    ) {
        svg.open("g", [.init("class", "atlas-legend atlas-dot-legend")])
        // Colour: the categories that occur, then "Other" for the rest.
        let used = Set(dots.compactMap(\.category))
        var items = chart.dotCategories.filter { used.contains($0.key) }.map { (label: $0.label, color: colors[$0.key] ?? .muted) }
        if dots.contains(where: { $0.category.map { colors[$0] == nil } ?? true }) { items.append((label: "Other", color: .muted)) }
        var cursor = x
        let middle = top + 10
        for item in items {
            let text = TextMeasure.truncate(item.label, toFit: width / 3, fontSize: ChartMetrics.labelSize)
            LegendItem(label: text, swatch: .dot(item.color)).drawSwatch(&svg, x: cursor, middle: middle)
            svg.text(text, frameText(x: cursor + LegendItem.swatchSpace, y: ChartMetrics.baseline(centredOn: middle)))
            cursor += LegendItem.swatchSpace + TextMeasure.width(text, fontSize: ChartMetrics.labelSize) + LegendItem.itemGap
        }
        // Size: up to three nice values, circles side by side on a shared baseline.
        if maxValue > 0 {
            let sizes = Self.legendSizes(for: maxValue)
            // Circles share a bottom line; each label sits beside its circle's centre.
            let bottom = top + Self.legendRowHeight + 2 * maxRadius + 6
            var sizeX = x
            let label = chart.dotValueLabel + ":"
            svg.text(label, frameText(x: sizeX, y: ChartMetrics.baseline(centredOn: bottom - maxRadius)))
            sizeX += TextMeasure.width(label, fontSize: ChartMetrics.labelSize) + 10
            for (index, value) in sizes.enumerated() {
                let r = max(2, maxRadius * (value / maxValue).squareRoot())
                svg.element("circle", [
                    .init("class", "atlas-size-key atlas-axis"), .init("cx", sizeX + r), .init("cy", bottom - r), .init("r", r),
                    .init("fill", "none"), .init("stroke", ChartPalette.chromeColor("axis")),
                ])
                let text = index == sizes.count - 1 ? chart.dotValueFormat.format(value) : chart.dotValueFormat.cellText(value)
                svg.text(text, frameText(x: sizeX + 2 * r + 5, y: ChartMetrics.baseline(centredOn: bottom - r)))
                sizeX += 2 * r + 5 + TextMeasure.width(text, fontSize: ChartMetrics.labelSize) + 16
            }
        }
        svg.close()
    }

    private func frameText(x: Double, y: Double) -> [SVGAttribute] {
        [.init("x", x), .init("y", y), .init("fill", ChartPalette.chromeColor("text"))]
    }

    /// Up to three round values for the size legend: about the largest, a quarter of it and a twentieth.
    static func legendSizes(for maxValue: Double) -> [Double] {
        let candidates = [maxValue, maxValue / 4, maxValue / 20].map(niceFloor)
        var sizes: [Double] = []
        for value in candidates where value > 0 && !sizes.contains(value) { sizes.append(value) }
        return sizes.sorted()
    }

    /// The largest 1-2-5 value not above `value`.
    private static func niceFloor(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 0 }
        let exponent = DecimalText.decimalExponent(of: value)
        let power = DecimalText.power(10, exponent)
        let leading = value / power
        let nice: Double = leading >= 5 ? 5 : leading >= 2 ? 2 : 1
        return nice * power
    }

    // MARK: - Tables

    private func makeTables(dots: [MapDot], shading: [String: Double]) -> [DataTable] {
        var tables: [DataTable] = []
        if !chart.dots.isEmpty {
            let hasCategories = !chart.dotCategories.isEmpty
            var columns = [DataColumn(title: chart.dotLabel)]
            if hasCategories { columns.append(DataColumn(title: "Category")) }
            columns += [
                DataColumn(title: chart.dotValueFormat.columnTitle(chart.dotValueLabel), isNumeric: true),
                DataColumn(title: "Latitude", isNumeric: true), DataColumn(title: "Longitude", isNumeric: true),
            ]
            let degrees = ValueFormat.number(decimals: 3)
            let rows = dots.map { dot -> [DataCell] in
                var row = [DataCell.label(dot.name, url: dot.url)]
                if hasCategories {
                    row.append(.label(dot.category.flatMap { key in chart.dotCategories.first { $0.key == key }?.label } ?? ""))
                }
                return row + [
                    DataCell.number(dot.value, format: chart.dotValueFormat),
                    DataCell.number(dot.latitude, format: degrees), DataCell.number(dot.longitude, format: degrees),
                ]
            }
            tables.append(DataTable(caption: spec.title, columns: columns, rows: rows))
        }
        if let choropleth = chart.choropleth {
            let names = Dictionary(chart.world.countries.map { ($0.isoA3, $0.name) }, uniquingKeysWith: { first, _ in first })
            let entries = shading.map { (code: $0.key, name: names[$0.key] ?? $0.key, value: $0.value) }
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.code < $1.code }
            let rows = entries.map { entry in
                [DataCell.label(entry.name), DataCell.label(entry.code), DataCell.number(entry.value, format: choropleth.format)]
            }
            tables.append(DataTable(
                caption: choropleth.label + " by country",
                columns: [DataColumn(title: "Country"), DataColumn(title: "ISO code"), DataColumn(title: choropleth.format.columnTitle(choropleth.label), isNumeric: true)],
                rows: rows
            ))
        }
        return tables
    }
}
