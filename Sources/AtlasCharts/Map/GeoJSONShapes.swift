import Foundation

/// Reads the polygons of a GeoJSON FeatureCollection: a name and ISO code per feature, rings of [lon, lat].
///
/// Only Polygon and MultiPolygon geometries are kept; other geometries and properties are skipped.
enum GeoJSONShapes {
    /// One feature: its name, ISO 3166-1 alpha-3 code and polygons (each a list of rings of (lon, lat)).
    struct Feature {
        let name: String
        let isoA3: String
        let polygons: [[[(longitude: Double, latitude: Double)]]]
    }

    /// The features of `text`, or an error naming what is wrong.
    static func features(in text: String) throws(WorldMapError) -> [Feature] {
        let collection: Collection
        do {
            collection = try JSONDecoder().decode(Collection.self, from: Data(text.utf8))
        } catch {
            throw WorldMapError(message: "not a GeoJSON FeatureCollection: \(error)")
        }
        return collection.features.compactMap { feature in
            guard let geometry = feature.geometry else { return nil }
            let polygons = geometry.polygons.map { polygon in
                polygon.map { ring in
                    ring.compactMap { position -> (longitude: Double, latitude: Double)? in
                        guard position.count >= 2, position[0].isFinite, position[1].isFinite else { return nil }
                        return (position[0], position[1])
                    }
                }
            }
            return Feature(name: feature.properties?.name ?? "", isoA3: feature.properties?.isoA3 ?? "", polygons: polygons)
        }
    }

    private struct Collection: Decodable {
        let features: [FeatureRecord]
    }

    private struct FeatureRecord: Decodable {
        let properties: Properties?
        let geometry: Geometry?

        enum CodingKeys: String, CodingKey { case properties, geometry }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            properties = try? container.decodeIfPresent(Properties.self, forKey: .properties)
            geometry = try? container.decodeIfPresent(Geometry.self, forKey: .geometry)
        }
    }

    private struct Properties: Decodable {
        let name: String?
        let isoA3: String?

        enum CodingKeys: String, CodingKey {
            case name
            case isoA3 = "iso_a3"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try? container.decodeIfPresent(String.self, forKey: .name)
            isoA3 = try? container.decodeIfPresent(String.self, forKey: .isoA3)
        }
    }

    private struct Geometry: Decodable {
        let polygons: [[[[Double]]]]

        enum CodingKeys: String, CodingKey { case type, coordinates }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            switch try container.decode(String.self, forKey: .type) {
            case "Polygon": polygons = [try container.decode([[[Double]]].self, forKey: .coordinates)]
            case "MultiPolygon": polygons = try container.decode([[[[Double]]]].self, forKey: .coordinates)
            default: polygons = []
            }
        }
    }
}
