/// Scales and shifts unit Equal Earth coordinates into a rectangle of the chart.
struct MapTransform {
    let scale: Double
    let offsetX: Double
    let offsetY: Double

    /// Fits `bounds` (projected) into `rect`, centred, keeping the aspect ratio.
    init(bounds: ChartRect, into rect: ChartRect) {
        scale = min(rect.width / max(bounds.width, 1e-9), rect.height / max(bounds.height, 1e-9))
        offsetX = rect.x + (rect.width - bounds.width * scale) / 2 - bounds.x * scale
        offsetY = rect.y + (rect.height - bounds.height * scale) / 2 - bounds.y * scale
    }

    /// The page position of a projected point.
    func apply(_ point: ChartPoint) -> ChartPoint {
        ChartPoint(x: point.x * scale + offsetX, y: point.y * scale + offsetY)
    }
}
