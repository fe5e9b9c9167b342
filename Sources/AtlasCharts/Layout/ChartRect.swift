/// A rectangle in the chart's viewBox units (y grows downwards).
public struct ChartRect: Sendable, Hashable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width, never negative.
    public var width: Double
    /// Height, never negative.
    public var height: Double

    /// A rectangle; negative sizes become zero.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = max(width, 0)
        self.height = max(height, 0)
    }

    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }
    /// Horizontal centre.
    public var midX: Double { x + width / 2 }
    /// Vertical centre.
    public var midY: Double { y + height / 2 }

    /// Whether `point` lies inside or on the edge, with `tolerance` to spare for rounding.
    public func contains(_ point: ChartPoint, tolerance: Double = 0.05) -> Bool {
        point.x >= x - tolerance && point.x <= maxX + tolerance && point.y >= y - tolerance && point.y <= maxY + tolerance
    }

    /// Whether the two rectangles overlap (touching edges do not count).
    func intersects(_ other: ChartRect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// The rectangle shrunk by the given insets.
    func inset(top: Double = 0, left: Double = 0, bottom: Double = 0, right: Double = 0) -> ChartRect {
        ChartRect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// Whether `other` lies wholly inside this rectangle.
    func encloses(_ other: ChartRect) -> Bool {
        other.x >= x - 0.05 && other.y >= y - 0.05 && other.maxX <= maxX + 0.05 && other.maxY <= maxY + 0.05
    }
}
