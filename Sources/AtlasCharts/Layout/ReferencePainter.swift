/// Draws an axis's threshold lines and shaded regions, clipped to the plot, with their labels.
enum ReferencePainter {
    /// Which way the reference's axis runs.
    enum Direction {
        /// Values along x: regions are vertical bands, thresholds vertical lines.
        case horizontal
        /// Values along y: regions are horizontal bands, thresholds horizontal lines.
        case vertical
    }

    static let labelSize = 11.5
    /// Room to keep above a plot for labels drawn with `labelsAbove`.
    static let labelRoomAbove = 18.0

    /// Shaded regions, behind the marks. Returns the rectangles their labels take.
    @discardableResult
    static func drawRegions(_ svg: inout SVGWriter, references: [AxisReference], direction: Direction, scale: PlotScale, plot: ChartRect) -> [ChartRect] {
        var labelRects: [ChartRect] = []
        let regions = references.compactMap { reference -> (from: Double, to: Double, label: String)? in
            guard case .region(let from, let to, let label) = reference else { return nil }
            let low = from ?? scale.lower
            let high = to ?? scale.upper
            guard low.isFinite, high.isFinite, low < high, high > scale.lower, low < scale.upper else { return nil }
            if scale.isLogarithmic && high <= 0 { return nil }
            return (max(low, scale.lower), min(high, scale.upper), label)
        }
        guard !regions.isEmpty else { return [] }
        svg.open("g", [.init("class", "atlas-regions")])
        for region in regions {
            let a = scale.position(region.from), b = scale.position(region.to)
            let rect: ChartRect = switch direction {
            case .horizontal: ChartRect(x: min(a, b), y: plot.y, width: abs(b - a), height: plot.height)
            case .vertical: ChartRect(x: plot.x, y: min(a, b), width: plot.width, height: abs(b - a))
            }
            svg.element("rect", [
                .init("class", "atlas-region"), .init("x", rect.x), .init("y", rect.y), .init("width", rect.width),
                .init("height", rect.height), .init("fill", ChartPalette.chromeColor("muted")), .init("fill-opacity", "0.09"),
            ], tooltip: region.label)
            let text = TextMeasure.truncate(region.label, toFit: rect.width - 8, fontSize: labelSize)
            if !text.isEmpty, rect.height >= 18 {
                let labelRect = ChartRect(x: rect.x + 4, y: rect.y + 3, width: TextMeasure.width(text, fontSize: labelSize), height: labelSize + 2)
                svg.text(text, [
                    .init("class", "atlas-reference-label atlas-muted-text"), .init("x", labelRect.x), .init("y", rect.y + 3 + labelSize),
                    .init("font-size", SVGNumber.format(labelSize)), .init("fill", ChartPalette.chromeColor("muted")),
                ])
                labelRects.append(labelRect)
            }
        }
        svg.close()
        return labelRects
    }

    /// Dashed threshold lines with labels, over the marks. Returns the rectangles their labels take.
    ///
    /// - Parameter labelsAbove: put labels of vertical lines above the plot (in room the caller
    ///   kept free) rather than inside its top edge, where bars would run under them.
    @discardableResult
    static func drawThresholds(
        _ svg: inout SVGWriter, references: [AxisReference], direction: Direction, scale: PlotScale, plot: ChartRect, labelsAbove: Bool = false
    ) -> [ChartRect] {
        let thresholds = references.compactMap { reference -> (value: Double, label: String)? in
            guard case .threshold(let value, let label) = reference, scale.contains(value) else { return nil }
            return (value, label)
        }
        guard !thresholds.isEmpty else { return [] }
        var labelRects: [ChartRect] = []
        svg.open("g", [.init("class", "atlas-thresholds")])
        for threshold in thresholds {
            let position = scale.position(threshold.value)
            let line: (ChartPoint, ChartPoint) = switch direction {
            case .horizontal: (ChartPoint(x: position, y: plot.y), ChartPoint(x: position, y: plot.maxY))
            case .vertical: (ChartPoint(x: plot.x, y: position), ChartPoint(x: plot.maxX, y: position))
            }
            svg.element("line", [
                .init("class", "atlas-reference"), .init("x1", line.0.x), .init("y1", line.0.y), .init("x2", line.1.x),
                .init("y2", line.1.y), .init("stroke", ChartPalette.chromeColor("muted")), .init("stroke-width", "1.25"),
                .init("stroke-dasharray", "5 3"),
            ], tooltip: threshold.label)
            let text = TextMeasure.truncate(threshold.label, toFit: plot.width * 0.6, fontSize: labelSize)
            guard !text.isEmpty else { continue }
            let width = TextMeasure.width(text, fontSize: labelSize)
            var attributes: [SVGAttribute] = [.init("class", "atlas-reference-label atlas-halo")]
            let rect: ChartRect
            switch direction {
            case .horizontal:
                let fitsRight = position + 4 + width <= plot.maxX
                let x = fitsRight ? position + 4 : position - 4
                let baseline = labelsAbove ? plot.y - 5 : plot.y + labelSize + 2
                attributes += [.init("x", x), .init("y", baseline)]
                if !fitsRight { attributes.append(.init("text-anchor", "end")) }
                rect = ChartRect(x: fitsRight ? x : x - width, y: baseline - labelSize, width: width, height: labelSize + 2)
            case .vertical:
                let above = position - labelSize - 6 >= plot.y
                let baseline = above ? position - 5 : position + labelSize + 3
                attributes += [.init("x", plot.maxX - 4), .init("y", baseline), .init("text-anchor", "end")]
                rect = ChartRect(x: plot.maxX - 4 - width, y: baseline - labelSize, width: width, height: labelSize + 2)
            }
            attributes += [
                .init("font-size", SVGNumber.format(labelSize)), .init("fill", ChartPalette.chromeColor("text")),
                .init("stroke", ChartPalette.chromeColor("bg")), .init("stroke-width", "3"), .init("style", "paint-order:stroke"),
                .init("stroke-linejoin", "round"),
            ]
            svg.text(text, attributes)
            labelRects.append(rect)
        }
        svg.close()
        return labelRects
    }

    /// The threshold values of `references`, which an axis stretches to include.
    static func thresholdValues(_ references: [AxisReference]) -> [Double] {
        references.compactMap { reference in
            guard case .threshold(let value, _) = reference, value.isFinite, abs(value) <= DataCleaning.largestValue else { return nil }
            return value
        }
    }
}
