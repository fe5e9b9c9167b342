/// Points placed by two values (linear or log axes), labelled where room allows, coloured by group.
public struct ScatterChart: Sendable {
    /// The points.
    public var points: [ScatterPoint]
    /// The groups that colour points, in legend order; points without a known group are grey.
    public var groups: [ChartCategory]
    /// The horizontal axis.
    public var xAxis: AxisSpec
    /// The vertical axis.
    public var yAxis: AxisSpec
    /// The name of the points, for the data table's first column ("Model").
    public var pointLabel: String

    /// A scatter chart.
    public init(points: [ScatterPoint], groups: [ChartCategory] = [], xAxis: AxisSpec, yAxis: AxisSpec, pointLabel: String = "Name") {
        self.points = points
        self.groups = groups
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.pointLabel = pointLabel
    }
}

/// One point of a scatter chart.
public struct ScatterPoint: Sendable, Hashable {
    /// The name in its label, tooltip and table row.
    public var name: String
    /// The horizontal value.
    public var x: Double
    /// The vertical value.
    public var y: Double
    /// The key of its group (`ChartCategory.key`).
    public var group: String?
    /// A page the point links to.
    public var url: String?
    /// Whether to label it on the chart (when there is room); the tooltip always names it.
    public var showsLabel: Bool

    /// A point.
    public init(name: String, x: Double, y: Double, group: String? = nil, url: String? = nil, showsLabel: Bool = true) {
        self.name = name
        self.x = x
        self.y = y
        self.group = group
        self.url = url
        self.showsLabel = showsLabel
    }
}
