/// A world map (Equal Earth) with dots for places and, optionally, countries shaded by a metric.
public struct MapChart: Sendable {
    /// The land and country shapes, parsed once and shared.
    public var world: WorldMap
    /// The dots, sized by value (area proportional) and coloured by category.
    public var dots: [MapDot]
    /// The categories that colour dots, in legend order.
    public var dotCategories: [ChartCategory]
    /// What dot values measure ("Power"), for the size legend and the table.
    public var dotValueLabel: String
    /// How dot values read ("1,200 MW").
    public var dotValueFormat: ValueFormat
/// Countries shaded by a metric; `nil` draws plain land.
    public var choropleth: Choropleth?
    /// The name of the dots, for the data table's first column ("Facility").
    public var dotLabel: String

    /// A world map.
    public init(
        world: WorldMap,
        dots: [MapDot] = [],
        dotCategories: [ChartCategory] = [],
        dotValueLabel: String = "Value",
        dotValueFormat: ValueFormat = .number(),
        choropleth: Choropleth? = nil,
        dotLabel: String = "Name"
    ) {
        self.world = world
        self.dots = dots
        self.dotCategories = dotCategories
        self.dotValueLabel = dotValueLabel
        self.dotValueFormat = dotValueFormat
        self.choropleth = choropleth
        self.dotLabel = dotLabel
    }
}

/// One place on the map.
public struct MapDot: Sendable, Hashable {
    /// The name in its tooltip and table row.
    public var name: String
    /// Degrees north (−90…90).
    public var latitude: Double
    /// Degrees east (−180…180).
    public var longitude: Double
    /// What sets its size (power in MW, say); `nil` draws the smallest dot.
    public var value: Double?
    /// The key of its category (`ChartCategory.key`).
    public var category: String?
    /// The page it links to.
    public var url: String?

    /// A dot.
    public init(name: String, latitude: Double, longitude: Double, value: Double? = nil, category: String? = nil, url: String? = nil) {
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.value = value
        self.category = category
        self.url = url
    }
}
