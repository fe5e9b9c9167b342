/// Everything needed to draw one chart: words for people and screen readers, the data, the size.
public struct ChartSpec: Sendable {
    /// A prefix for the SVG's element ids, unique on its page ("facility-power"); unsafe characters become "-".
    public var id: String
    /// The headline, shown above the chart and read as the SVG's `<title>`.
    public var title: String
    /// A line under the title (what is measured, where, when); optional.
    public var subtitle: String?
    /// One sentence saying what the chart shows, read as the SVG's `<desc>`.
    public var summary: String
    /// Where the data comes from, shown under the chart ("Source: …"); optional.
    public var source: String?
    /// The kind of chart and its data.
    public var kind: ChartKind
    /// The viewBox size; the chart scales to its container.
    public var size: ChartSize

    /// A chart specification.
    public init(
        id: String,
        title: String,
        subtitle: String? = nil,
        summary: String,
        source: String? = nil,
        kind: ChartKind,
        size: ChartSize = .standard
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.summary = summary
        self.source = source
        self.kind = kind
        self.size = size
    }
}

/// The kind of chart, with its data.
public enum ChartKind: Sendable {
    /// Horizontal or vertical bars, one series or several grouped or stacked.
    case bar(BarChart)
    /// Lines over a linear or log axis.
    case line(LineChart)
    /// Series stacked into areas over a shared x axis, with optional lines on top (supply vs load).
    case stackedArea(AreaChart)
    /// Points placed by two values, labelled where room allows.
    case scatter(ScatterChart)
    /// A world map with dots and shaded countries.
    case map(MapChart)
}

/// The size of a chart's viewBox, in CSS pixels at its natural size.
public struct ChartSize: Sendable, Hashable {
    /// The width.
    public var width: Double
    /// The height; `nil` lets the chart choose (bars grow with their count, maps keep their aspect).
    public var height: Double?

    /// A size; widths below 240 are raised to 240 so labels keep room.
    public init(width: Double, height: Double? = nil) {
        self.width = width.isFinite ? max(width, 240) : 720
        self.height = height.flatMap { $0.isFinite ? max($0, 160) : nil }
    }

    /// 720 wide, height chosen by the chart.
    public static let standard = ChartSize(width: 720)
}
