/// The parts every chart shares: the `<svg>` element, title and description, headline, legend,
/// source and notes, and the "No data" state. It leaves a body rectangle for the chart itself.
struct ChartFrame {
    let id: String
    let width: Double
    let title: String
    let summary: String
    let kindName: String
    let titleLines: [String]
    let subtitleLines: [String]
    let footerLines: [String]
    let legendRows: [[(item: LegendItem, text: String, width: Double)]]

    /// Measures the shared parts of `spec` for a chart of kind `kindName` ("bar", "map").
    init(spec: ChartSpec, kindName: String, legend: [LegendItem], notes: [String]) {
        id = Self.safeID(spec.id)
        width = spec.size.width
        title = spec.title
        summary = spec.summary
        self.kindName = kindName
        let textWidth = width - 2 * ChartMetrics.padding
        titleLines = TextMeasure.wrap(spec.title, width: textWidth, fontSize: ChartMetrics.titleSize, bold: true, maxLines: 2)
        subtitleLines = spec.subtitle.map {
            TextMeasure.wrap($0, width: textWidth, fontSize: ChartMetrics.subtitleSize, maxLines: 3)
        } ?? []
        var footer: [String] = []
        if let source = spec.source, !source.isEmpty {
            footer += TextMeasure.wrap("Source: " + source, width: textWidth, fontSize: ChartMetrics.footerSize, maxLines: 3)
        }
        for note in notes {
            footer += TextMeasure.wrap("Note: " + note, width: textWidth, fontSize: ChartMetrics.footerSize, maxLines: 3)
        }
        footerLines = footer
        legendRows = Self.layoutLegend(legend, width: textWidth)
    }

    // MARK: - Layout

    /// Height above the legend: padding, title and subtitle.
    var headerHeight: Double {
        var height = ChartMetrics.padding + Double(titleLines.count) * ChartMetrics.titleLineHeight
        height += Double(subtitleLines.count) * ChartMetrics.subtitleLineHeight
        return height + 10
    }

    /// Height of the legend rows (and the gap after them).
    var legendHeight: Double {
        legendRows.isEmpty ? 0 : Double(legendRows.count) * LegendItem.rowHeight + 8
    }

    /// Height below the body: source, notes and padding.
    var footerHeight: Double {
        (footerLines.isEmpty ? 0 : 10 + Double(footerLines.count) * ChartMetrics.footerLineHeight) + ChartMetrics.padding - 4
    }

    /// The total height for a body of `bodyHeight`, rounded up to whole pixels.
    func totalHeight(bodyHeight: Double) -> Double {
        (headerHeight + legendHeight + max(bodyHeight, 0) + footerHeight).rounded(.up)
    }

    /// The smallest body a chart is drawn in; a requested height that leaves less is raised.
    static let minimumBodyHeight = 140.0

    /// `wished` raised, if needed, so the body keeps `minimumBodyHeight` after title, legend and notes.
    func fittedHeight(_ wished: Double) -> Double {
        max(wished, headerHeight + legendHeight + footerHeight + Self.minimumBodyHeight).rounded(.up)
    }

    /// The body: what is left for the chart inside `totalHeight`.
    func body(totalHeight: Double) -> ChartRect {
        let top = headerHeight + legendHeight
        return ChartRect(
            x: ChartMetrics.padding,
            y: top,
            width: width - 2 * ChartMetrics.padding,
            height: totalHeight - top - footerHeight
        )
    }

    // MARK: - Drawing

    /// Opens the `<svg>` and draws title, description, background, headline and legend.
    func begin(_ svg: inout SVGWriter, totalHeight: Double) {
        svg.open("svg", [
            .init("xmlns", "http://www.w3.org/2000/svg"),
            .init("viewBox", "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(totalHeight))"),
            .init("class", "atlas-chart atlas-chart-\(kindName)"),
            .init("role", "img"),
            .init("aria-labelledby", "\(id)-title"),
            .init("aria-describedby", "\(id)-desc"),
            .init("font-family", ChartMetrics.fontFamily),
            .init("font-size", SVGNumber.format(ChartMetrics.labelSize)),
        ])
        svg.textElement("title", title, [.init("id", "\(id)-title")])
        svg.textElement("desc", summary, [.init("id", "\(id)-desc")])
        svg.element("rect", [
            .init("class", "atlas-bg"), .init("width", width), .init("height", totalHeight),
            .init("fill", ChartPalette.chromeColor("bg")),
        ])
        var y = ChartMetrics.padding
        svg.open("g", [.init("class", "atlas-header")])
        for line in titleLines {
            svg.text(line, [
                .init("class", "atlas-title"), .init("x", ChartMetrics.padding), .init("y", y + ChartMetrics.titleSize * 0.95),
                .init("font-size", SVGNumber.format(ChartMetrics.titleSize)), .init("font-weight", "700"),
                .init("fill", ChartPalette.chromeColor("text")),
            ])
            y += ChartMetrics.titleLineHeight
        }
        for line in subtitleLines {
            svg.text(line, mutedText(x: ChartMetrics.padding, y: y + ChartMetrics.subtitleSize, size: ChartMetrics.subtitleSize))
            y += ChartMetrics.subtitleLineHeight
        }
        svg.close()
        drawLegend(&svg, top: headerHeight)
    }

    /// Draws source and notes, and closes the `<svg>`.
    func end(_ svg: inout SVGWriter, totalHeight: Double) {
        if !footerLines.isEmpty {
            svg.open("g", [.init("class", "atlas-footer")])
            var y = totalHeight - footerHeight + 10 + ChartMetrics.footerSize
            for line in footerLines {
                svg.text(line, mutedText(x: ChartMetrics.padding, y: y, size: ChartMetrics.footerSize))
                y += ChartMetrics.footerLineHeight
            }
            svg.close()
        }
        svg.close()
    }

    /// The explicit empty state: a dashed frame with "No data" and why.
    func drawNoData(_ svg: inout SVGWriter, in body: ChartRect, reason: String) {
        svg.open("g", [.init("class", "atlas-no-data")])
        svg.element("rect", [
            .init("class", "atlas-axis"), .init("x", body.x), .init("y", body.y), .init("width", body.width),
            .init("height", body.height), .init("fill", "none"), .init("stroke", ChartPalette.chromeColor("axis")),
            .init("stroke-dasharray", "6 4"), .init("rx", 4),
        ])
        svg.text("No data", [
            .init("class", "atlas-muted-text"), .init("x", body.midX), .init("y", body.midY - 2),
            .init("text-anchor", "middle"), .init("font-size", "16"), .init("font-weight", "700"),
            .init("fill", ChartPalette.chromeColor("muted")),
        ])
        let line = TextMeasure.truncate(reason, toFit: body.width - 24, fontSize: ChartMetrics.labelSize)
        svg.text(line, mutedText(x: body.midX, y: body.midY + 18, size: ChartMetrics.labelSize, anchor: "middle"))
        svg.close()
    }

    /// Attributes of muted text.
    func mutedText(x: Double, y: Double, size: Double, anchor: String? = nil) -> [SVGAttribute] {
        var attributes: [SVGAttribute] = [.init("class", "atlas-muted-text"), .init("x", x), .init("y", y)]
        if let anchor { attributes.append(.init("text-anchor", anchor)) }
        if size != ChartMetrics.labelSize { attributes.append(.init("font-size", SVGNumber.format(size))) }
        attributes.append(.init("fill", ChartPalette.chromeColor("muted")))
        return attributes
    }

    private func drawLegend(_ svg: inout SVGWriter, top: Double) {
        guard !legendRows.isEmpty else { return }
        svg.open("g", [.init("class", "atlas-legend")])
        for (rowIndex, row) in legendRows.enumerated() {
            let middle = top + LegendItem.rowHeight * (Double(rowIndex) + 0.5)
            var x = ChartMetrics.padding
            for entry in row {
                entry.item.drawSwatch(&svg, x: x, middle: middle)
                svg.text(entry.text, [
                    .init("x", x + LegendItem.swatchSpace), .init("y", ChartMetrics.baseline(centredOn: middle)),
                    .init("fill", ChartPalette.chromeColor("text")),
                ], tooltip: entry.text == entry.item.label ? nil : entry.item.label)
                x += entry.width
            }
        }
        svg.close()
    }

    private static func layoutLegend(_ items: [LegendItem], width: Double) -> [[(item: LegendItem, text: String, width: Double)]] {
        var rows: [[(item: LegendItem, text: String, width: Double)]] = []
        var row: [(item: LegendItem, text: String, width: Double)] = []
        var used = 0.0
        for item in items {
            let text = TextMeasure.truncate(item.label, toFit: width - LegendItem.swatchSpace - LegendItem.itemGap, fontSize: ChartMetrics.labelSize)
            let itemWidth = LegendItem.swatchSpace + TextMeasure.width(text, fontSize: ChartMetrics.labelSize) + LegendItem.itemGap
            if !row.isEmpty && used + itemWidth - LegendItem.itemGap > width {
                rows.append(row)
                row = []
                used = 0
            }
            row.append((item, text, itemWidth))
            used += itemWidth
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    /// `id` reduced to characters safe in an XML id and a URL fragment, starting with a letter.
    static func safeID(_ id: String) -> String {
        var safe = String(String.UnicodeScalarView(id.unicodeScalars.map { scalar in
            let isSafe = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9") || scalar == "-" || scalar == "_"
            return isSafe ? scalar : "-"
        }))
        if safe.isEmpty { safe = "chart" }
        if let first = safe.unicodeScalars.first, !((first >= "a" && first <= "z") || (first >= "A" && first <= "Z")) {
            safe = "chart-" + safe
        }
        return safe
    }
}
