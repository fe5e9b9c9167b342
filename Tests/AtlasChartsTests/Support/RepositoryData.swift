import AtlasCharts
import Foundation

/// Files the tests read from the repository itself (never from outside it), found from this file's path.
enum RepositoryData {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func naturalEarth(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("data/naturalearth").appendingPathComponent(name), encoding: .utf8)
    }

    /// The world map from `data/naturalearth`, parsed once for all tests.
    static let world: WorldMap = {
        do {
            return try WorldMap(
                landGeoJSON: naturalEarth("ne_110m_land.geojson"),
                countriesGeoJSON: naturalEarth("ne_110m_admin_0_countries.geojson")
            )
        } catch {
            fatalError("data/naturalearth is missing or unreadable: \(error)")
        }
    }()
}
