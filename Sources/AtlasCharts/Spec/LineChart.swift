/// Lines over two numeric axes, linear or log, labelled at their ends or in a legend.
public struct LineChart: Sendable {
    /// The lines.
    public var series: [LineSeries]
    /// The horizontal axis (years, usually; its extent defaults to the data's range).
    public var xAxis: AxisSpec
    /// The vertical axis (its linear extent includes zero unless told otherwise).
    public var yAxis: AxisSpec
    /// How lines are named.
    public var labelling: SeriesLabelling
    /// The name of the x values, for the data table's first column ("Year").
    public var xLabel: String

    /// A line chart.
    public init(series: [LineSeries], xAxis: AxisSpec, yAxis: AxisSpec, labelling: SeriesLabelling = .automatic, xLabel: String? = nil) {
        self.series = series
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.labelling = labelling
        self.xLabel = xLabel ?? (xAxis.label.isEmpty ? "x" : xAxis.label)
    }
}

/// One line.
public struct LineSeries: Sendable, Hashable {
    /// The name at the line's end (or in the legend) and in tooltips.
    public var name: String
    /// The points, in any order; points with non-finite values are dropped.
    public var points: [DataPoint]
    /// The colour; `nil` takes the palette colour for the series' position.
    public var color: ChartColor?
    /// Dashed, for projections or targets.
    public var isDashed: Bool

    /// A line.
    public init(name: String, points: [DataPoint], color: ChartColor? = nil, isDashed: Bool = false) {
        self.name = name
        self.points = points
        self.color = color
        self.isDashed = isDashed
    }
}

/// How the series of a chart are named.
public enum SeriesLabelling: Sendable, Hashable {
    /// Labels at line ends when they fit, a legend otherwise.
    case automatic
    /// Labels at line ends.
    case direct
    /// A legend above the chart.
    case legend
}
