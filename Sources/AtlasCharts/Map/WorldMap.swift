/// Land and country shapes, projected once (Equal Earth) and shared by every map drawn from them.
///
/// Build it from the Natural Earth GeoJSON text the caller has read; nothing here touches files.
public struct WorldMap: Sendable {
    /// A country: its name, ISO code and projected polygons.
    public struct Country: Sendable {
        /// The name ("France").
        public let name: String
        /// The ISO 3166-1 alpha-3 code ("FRA") that choropleth values are keyed by.
        public let isoA3: String
        /// Polygons, each a list of rings (outer ring first), in unit Equal Earth coordinates.
        let polygons: [[[ChartPoint]]]
    }

    /// The countries, in the file's order.
    public let countries: [Country]
    /// Land polygons, in unit Equal Earth coordinates.
    let land: [[[ChartPoint]]]
    /// The projected area the map shows: full width, latitudes `southernLatitude…northernLatitude`.
    let bounds: ChartRect
    /// The southernmost latitude shown.
    public let southernLatitude: Double
    /// The northernmost latitude shown.
    public let northernLatitude: Double

    /// Parses and projects Natural Earth land and countries.
    ///
    /// - Parameter excludesAntarctica: leave Antarctica out and crop the map at 57°S, as most
    ///   thematic world maps do; it holds no data and takes a fifth of the height.
    public init(landGeoJSON: String, countriesGeoJSON: String, excludesAntarctica: Bool = true) throws(WorldMapError) {
        let southern = excludesAntarctica ? -57.0 : -90.0
        let northern = excludesAntarctica ? 84.0 : 90.0
        let landFeatures = try GeoJSONShapes.features(in: landGeoJSON)
        let countryFeatures = try GeoJSONShapes.features(in: countriesGeoJSON)
        guard !landFeatures.isEmpty || !countryFeatures.isEmpty else {
            throw WorldMapError(message: "the GeoJSON holds no polygons")
        }
        let keeps = { (polygon: [[(longitude: Double, latitude: Double)]]) -> Bool in
            // A polygon wholly south of the crop (Antarctica's land pieces) is left out.
            guard excludesAntarctica, let outer = polygon.first else { return true }
            return outer.contains { $0.latitude > southern }
        }
        land = landFeatures.flatMap { feature in
            feature.polygons.filter(keeps).map(Self.project)
        }
        countries = countryFeatures
            .filter { !(excludesAntarctica && $0.isoA3 == "ATA") }
            .map { feature in
                Country(name: feature.name, isoA3: feature.isoA3, polygons: feature.polygons.filter(keeps).map(Self.project))
            }
        let top = EqualEarth.project(longitude: 0, latitude: northern).y
        let bottom = EqualEarth.project(longitude: 0, latitude: southern).y
        bounds = ChartRect(x: -EqualEarth.maxX, y: top, width: 2 * EqualEarth.maxX, height: bottom - top)
        southernLatitude = southern
        northernLatitude = northern
    }

    /// The country with ISO code `isoA3`, if the map has it.
    public func country(isoA3: String) -> Country? {
        countries.first { $0.isoA3 == isoA3 }
    }

    private static func project(_ polygon: [[(longitude: Double, latitude: Double)]]) -> [[ChartPoint]] {
        polygon.map { ring in ring.map { EqualEarth.project(longitude: $0.longitude, latitude: $0.latitude) } }
    }
}
