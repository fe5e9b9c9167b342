/// One entry of a chart's legend: a swatch and what it stands for.
struct LegendItem {
    /// How the swatch is drawn.
    enum Swatch {
        case box(ChartColor)
        case line(ChartColor, dashed: Bool)
        case dot(ChartColor)
    }

    let label: String
    let swatch: Swatch

    /// The swatch's width plus the gap before its text.
    static let swatchSpace = 20.0
    /// The gap after an item's text.
    static let itemGap = 18.0
    static let rowHeight = 20.0

    /// Draws the swatch with its top-left corner at `x`, centred on `middle`.
    func drawSwatch(_ svg: inout SVGWriter, x: Double, middle: Double) {
        switch swatch {
        case .box(let color):
            svg.element("rect", [
                .init("class", ChartPalette.fillClass(color)), .init("x", x), .init("y", middle - 6),
                .init("width", 14), .init("height", 12), .init("rx", 2), .init("fill", ChartPalette.hex(color)),
            ])
        case .line(let color, let dashed):
            var attributes: [SVGAttribute] = [
                .init("class", ChartPalette.strokeClass(color)), .init("x1", x), .init("y1", middle),
                .init("x2", x + 14), .init("y2", middle), .init("stroke", ChartPalette.hex(color)), .init("stroke-width", "2.5"),
            ]
            if dashed { attributes.append(.init("stroke-dasharray", "4 2")) }
            svg.element("line", attributes)
        case .dot(let color):
            svg.element("circle", [
                .init("class", ChartPalette.fillClass(color)), .init("cx", x + 7), .init("cy", middle),
                .init("r", 5.5), .init("fill", ChartPalette.hex(color)),
            ])
        }
    }
}
