/// A number the models assume, with its unit, plausible range, source and confidence.
public struct Parameter: Sendable, Hashable {
    /// Machine name in snake_case, e.g. `pue`.
    public var name: String
    /// The value the model uses.
    public var value: Double
    /// Unit in words or symbols, e.g. `kW`, `fraction`.
    public var unit: String
    /// Low end of the plausible range, when the source gives one.
    public var low: Double?
    /// High end of the plausible range, when the source gives one.
    public var high: Double?
    /// Where the value comes from.
    public var source: String
    /// How well the source supports it.
    public var confidence: Confidence

    /// Creates a parameter.
    public init(_ name: String, _ value: Double, unit: String, low: Double? = nil, high: Double? = nil,
                source: String, confidence: Confidence) {
        self.name = name
        self.value = value
        self.unit = unit
        self.low = low
        self.high = high
        self.source = source
        self.confidence = confidence
    }

    /// The same parameter with a caller-supplied value, which then counts as an input.
    public func overridden(by value: Double) -> Parameter {
        var copy = self
        copy.value = value
        copy.low = nil
        copy.high = nil
        copy.source = "given by the caller"
        copy.confidence = .verified
        return copy
    }
}
