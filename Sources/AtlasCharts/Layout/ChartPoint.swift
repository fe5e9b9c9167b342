/// A point in the chart's viewBox units.
public struct ChartPoint: Sendable, Hashable {
    /// Horizontal position.
    public var x: Double
    /// Vertical position, growing downwards.
    public var y: Double

    /// A point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
