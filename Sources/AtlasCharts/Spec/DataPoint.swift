/// A point in data units.
public struct DataPoint: Sendable, Hashable {
    /// The horizontal value.
    public var x: Double
    /// The vertical value.
    public var y: Double

    /// A point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
