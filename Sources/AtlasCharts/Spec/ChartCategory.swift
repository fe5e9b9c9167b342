/// A category that colours marks and appears in a legend: facility status, chip vendor, energy source.
public struct ChartCategory: Sendable, Hashable {
    /// The key marks refer to ("operational").
    public var key: String
    /// What the legend says ("Operational").
    public var label: String
    /// The colour; `nil` takes the next palette colour in order.
    public var color: ChartColor?

    /// A category.
    public init(key: String, label: String, color: ChartColor? = nil) {
        self.key = key
        self.label = label
        self.color = color
    }
}
