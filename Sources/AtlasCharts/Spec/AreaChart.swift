/// Series stacked into areas over a shared x axis, with lines on top: hourly supply against load.
public struct AreaChart: Sendable {
    /// The shared x values (hours 0…167 for a week, say), increasing.
    public var x: [Double]
    /// What each x value is called in tooltips and the table ("Mon 14:00"); `nil` formats x with the axis format.
    public var xLabels: [String]?
    /// The stacked series, bottom first; one value per x.
    public var series: [AreaSeries]
    /// Lines drawn over the stack, not stacked (load, say); one value per x.
    public var lines: [AreaSeries]
    /// The horizontal axis (its extent defaults to the data's range).
    public var xAxis: AxisSpec
    /// The vertical axis (linear, from zero).
    public var yAxis: AxisSpec
    /// The name of the x values, for the data table's first column ("Hour").
    public var xLabel: String

    /// A stacked area chart.
    public init(
        x: [Double],
        xLabels: [String]? = nil,
        series: [AreaSeries],
        lines: [AreaSeries] = [],
        xAxis: AxisSpec,
        yAxis: AxisSpec,
        xLabel: String? = nil
    ) {
        self.x = x
        self.xLabels = xLabels
        self.series = series
        self.lines = lines
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.xLabel = xLabel ?? (xAxis.label.isEmpty ? "x" : xAxis.label)
    }
}

/// One series of an area chart: a stacked layer or a line over the stack.
public struct AreaSeries: Sendable, Hashable {
    /// The name in the legend and tooltips.
    public var name: String
    /// One value per x; missing (non-finite) values count as zero, with a note.
    public var values: [Double]
    /// The colour; `nil` takes the palette colour for the series' position (lines default to the text colour).
    public var color: ChartColor?

    /// A series.
    public init(name: String, values: [Double], color: ChartColor? = nil) {
        self.name = name
        self.values = values
        self.color = color
    }
}
