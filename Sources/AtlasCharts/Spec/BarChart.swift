/// Bars along a value axis from zero: one series, or several grouped side by side or stacked.
public struct BarChart: Sendable {
    /// The bars' categories, in drawing order (top to bottom, or left to right).
    public var categories: [BarCategory]
    /// The series; each has one value per category.
    public var series: [BarSeries]
    /// How several series share a category.
    public var layout: BarLayout
    /// Horizontal bars (labels read easily) or vertical columns.
    public var orientation: BarOrientation
    /// The value axis. Bars always start at zero on a linear scale: a bar's length is its value.
    public var valueAxis: AxisSpec
    /// The name of the categories, for the data table's first column ("Chip").
    public var categoryLabel: String
    /// Whether each bar (or stack) is labelled with its value.
    public var showsValueLabels: Bool

    /// Bars for `categories`, one value per category in each series.
    public init(
        categories: [BarCategory],
        series: [BarSeries],
        layout: BarLayout = .grouped,
        orientation: BarOrientation = .horizontal,
        valueAxis: AxisSpec,
        categoryLabel: String = "",
        showsValueLabels: Bool = true
    ) {
        self.categories = categories
        self.series = series
        self.layout = layout
        self.orientation = orientation
        self.valueAxis = valueAxis
        self.categoryLabel = categoryLabel
        self.showsValueLabels = showsValueLabels
    }

    /// One bar per label, all in one series named `seriesName`.
    public init(
        labels: [String],
        values: [Double],
        seriesName: String,
        orientation: BarOrientation = .horizontal,
        valueAxis: AxisSpec,
        categoryLabel: String = ""
    ) {
        self.init(
            categories: labels.map { BarCategory(label: $0) },
            series: [BarSeries(name: seriesName, values: values)],
            orientation: orientation,
            valueAxis: valueAxis,
            categoryLabel: categoryLabel
        )
    }
}

/// One category of a bar chart: its label and, optionally, the page it links to.
public struct BarCategory: Sendable, Hashable {
    /// The label beside (or under) the bar.
    public var label: String
    /// A page the label and bars link to.
    public var url: String?

    /// A category.
    public init(label: String, url: String? = nil) {
        self.label = label
        self.url = url
    }
}

/// One series of a bar chart.
public struct BarSeries: Sendable, Hashable {
    /// The name in the legend and tooltips.
    public var name: String
    /// One value per category; `nil`, NaN and infinities mean "no value" and draw no bar.
    public var values: [Double?]
    /// The colour; `nil` takes the palette colour for the series' position.
    public var color: ChartColor?

    /// A series.
    public init(name: String, values: [Double?], color: ChartColor? = nil) {
        self.name = name
        self.values = values
        self.color = color
    }
}

/// How several bar series share a category.
public enum BarLayout: Sendable, Hashable {
    /// Side by side.
    case grouped
    /// End to end, positive values one way and negative the other.
    case stacked
}

/// Which way bars run.
public enum BarOrientation: Sendable, Hashable {
    /// Bars run left to right, labels on the left.
    case horizontal
    /// Columns rise from the bottom, labels underneath.
    case vertical
}
