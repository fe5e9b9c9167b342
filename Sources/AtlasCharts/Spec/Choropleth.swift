/// Countries shaded by a metric on a sequential, colour-blind-safe ramp.
public struct Choropleth: Sendable {
    /// What the metric is ("Facility power").
    public var label: String
    /// How its values read.
    public var format: ValueFormat
    /// Values by ISO 3166-1 alpha-3 code ("USA"); countries without one are shown as "no data".
    public var values: [String: Double]
    /// How values are grouped into colours.
    public var bins: ChoroplethBins

    /// A choropleth.
    public init(label: String, format: ValueFormat, values: [String: Double], bins: ChoroplethBins = .automatic) {
        self.label = label
        self.format = format
        self.values = values
        self.bins = bins
    }
}

/// How a choropleth's values are grouped into colours.
public enum ChoroplethBins: Sendable, Hashable {
    /// Equal 1-2-5 steps from zero (or the minimum) to the maximum.
    case automatic
    /// Powers of ten, for metrics spanning orders of magnitude.
    case logarithmic
    /// Given lower bounds of each bin after the first, increasing: [100, 500, 1000] makes four bins.
    case breaks([Double])
}
