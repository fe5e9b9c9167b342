import AtlasCharts
import Foundation
import Testing

/// The Equal Earth projection against known values, its symmetry and its equal-area property.
@Suite struct ProjectionTests {
    private func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-6) -> Bool { abs(a - b) <= tolerance }

    @Test func originMapsToOrigin() {
        let point = EqualEarth.project(longitude: 0, latitude: 0)
        #expect(close(point.x, 0) && close(point.y, 0))
    }

    @Test func extentsMatchThePublishedValues() {
        // Šavrič, Patterson & Jenny (2018): for a unit sphere the map spans ±2.7066 by ±1.3173.
        #expect(close(EqualEarth.maxX, 2.706_63, 1e-5))
        #expect(close(EqualEarth.maxY, 1.317_362_8, 1e-6))
        let corner = EqualEarth.project(longitude: 180, latitude: 90)
        #expect(close(corner.y, -1.317_362_8, 1e-6))
        // The paper's width-to-height ratio is about 2.05:1, and the poles are lines about 0.59 of the equator.
        #expect(close(EqualEarth.maxX / EqualEarth.maxY, 2.0546, 1e-3))
        #expect(close(corner.x / EqualEarth.maxX, 0.5925, 1e-3))
    }

    @Test func theProjectionIsSymmetric() {
        for (longitude, latitude) in [(10.0, 20.0), (-120.0, 45.0), (179.0, -60.0), (33.3, -0.5)] {
            let a = EqualEarth.project(longitude: longitude, latitude: latitude)
            let b = EqualEarth.project(longitude: -longitude, latitude: -latitude)
            #expect(close(a.x, -b.x) && close(a.y, -b.y))
        }
    }

    @Test func northIsUpAndEastIsRight() {
        let paris = EqualEarth.project(longitude: 2.35, latitude: 48.86)
        let nairobi = EqualEarth.project(longitude: 36.8, latitude: -1.3)
        #expect(paris.y < nairobi.y)
        #expect(paris.x < nairobi.x)
        // Along a parallel, x is proportional to longitude.
        let a = EqualEarth.project(longitude: 30, latitude: 40), b = EqualEarth.project(longitude: 60, latitude: 40)
        #expect(close(b.x, 2 * a.x) && close(a.y, b.y))
    }

    @Test func cellsOfEqualAreaOnTheGlobeHaveEqualAreaOnTheMap() {
        // A 10° × 10° cell's area on the unit sphere is Δλ·(sin φ₂ − sin φ₁); the projection keeps it.
        for latitude in stride(from: -80.0, through: 70, by: 30) {
            for longitude in [-170.0, 0, 120] {
                var ring: [ChartPoint] = []
                for step in 0...20 { ring.append(EqualEarth.project(longitude: longitude + Double(step) / 2, latitude: latitude)) }
                for step in 0...20 { ring.append(EqualEarth.project(longitude: longitude + 10, latitude: latitude + Double(step) / 2)) }
                for step in 0...20 { ring.append(EqualEarth.project(longitude: longitude + 10 - Double(step) / 2, latitude: latitude + 10)) }
                for step in 0...20 { ring.append(EqualEarth.project(longitude: longitude, latitude: latitude + 10 - Double(step) / 2)) }
                var twiceArea = 0.0
                for index in ring.indices {
                    let p = ring[index], q = ring[(index + 1) % ring.count]
                    twiceArea += p.x * q.y - q.x * p.y
                }
                let onMap = abs(twiceArea) / 2
                let onGlobe = 10 * Double.pi / 180 * (sin((latitude + 10) * .pi / 180) - sin(latitude * .pi / 180))
                #expect(abs(onMap / onGlobe - 1) < 0.002, "cell at \(longitude), \(latitude): \(onMap) vs \(onGlobe)")
            }
        }
    }

    @Test func theNaturalEarthDataLoads() throws {
        let world = RepositoryData.world
        #expect(world.countries.count == 176, "177 countries without Antarctica")
        #expect(world.country(isoA3: "FRA")?.name == "France")
        #expect(world.country(isoA3: "ATA") == nil)
        #expect(world.southernLatitude == -57 && world.northernLatitude == 84)
        let full = try WorldMap(
            landGeoJSON: RepositoryData.naturalEarth("ne_110m_land.geojson"),
            countriesGeoJSON: RepositoryData.naturalEarth("ne_110m_admin_0_countries.geojson"),
            excludesAntarctica: false
        )
        #expect(full.countries.count == 177)
    }

    @Test func badGeoJSONIsAnError() {
        #expect(throws: WorldMapError.self) { try WorldMap(landGeoJSON: "{", countriesGeoJSON: "{}") }
        #expect(throws: WorldMapError.self) {
            try WorldMap(landGeoJSON: #"{"type":"FeatureCollection","features":[]}"#, countriesGeoJSON: #"{"type":"FeatureCollection","features":[]}"#)
        }
    }
}
