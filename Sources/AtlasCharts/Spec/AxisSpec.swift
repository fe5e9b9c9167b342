/// One axis of a chart: its title, number format, scale, extent, ticks and reference marks.
public struct AxisSpec: Sendable {
    /// The quantity on the axis ("Power"); the unit of a plain format is added in parentheses.
    public var label: String
    /// How tick labels, tooltips and table cells write the values.
    public var format: ValueFormat
    /// Linear, or logarithmic (values at or below zero are dropped with a note).
    public var scale: AxisScale
    /// How far the axis reaches; `nil` takes the chart kind's default.
    public var extent: AxisExtent?
    /// Whether zero must be on the axis; `nil` takes the chart kind's default. Ignored on log axes.
    public var includesZero: Bool?
    /// Hand-placed ticks (hours labelled as weekdays, say); `nil` places "nice" ticks.
    public var ticks: [AxisTick]?
    /// Threshold lines and shaded regions along this axis.
    public var references: [AxisReference]

    /// An axis; every part but the label has a sensible default.
    public init(
        label: String = "",
        format: ValueFormat = .number(),
        scale: AxisScale = .linear,
        extent: AxisExtent? = nil,
        includesZero: Bool? = nil,
        ticks: [AxisTick]? = nil,
        references: [AxisReference] = []
    ) {
        self.label = label
        self.format = format
        self.scale = scale
        self.extent = extent
        self.includesZero = includesZero
        self.ticks = ticks
        self.references = references
    }

    /// The label with a plain format's unit: "Power (MW)".
    public var title: String {
        guard let unit = format.axisTitleUnit else { return label }
        return label.isEmpty ? unit : "\(label) (\(unit))"
    }
}

/// How values map onto an axis.
public enum AxisScale: Sendable, Hashable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (powers of ten); only positive values.
    case log
}

/// How far an axis reaches beyond its data.
public enum AxisExtent: Sendable, Hashable {
    /// Out to the next "nice" tick (1-2-5 steps, or whole decades on a log axis).
    case nice
    /// Exactly the data's range; years on a time axis, say.
    case data
    /// A fixed range; values outside it are dropped with a note.
    case fixed(lower: Double, upper: Double)
}

/// A hand-placed tick: a value and its label.
public struct AxisTick: Sendable, Hashable {
    /// Where the tick sits, in data units.
    public var value: Double
    /// What it says.
    public var label: String

    /// A tick at `value` reading `label`.
    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}
