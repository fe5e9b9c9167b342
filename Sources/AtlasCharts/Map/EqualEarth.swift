import Foundation

/// The Equal Earth projection (Šavrič, Patterson & Jenny 2018): equal-area, with a pleasing shape.
///
/// Coordinates are for a unit sphere, x growing east and y growing **south**, so they map
/// straight onto SVG's downward y axis.
public enum EqualEarth {
    private static let a1 = 1.340264
    private static let a2 = -0.081106
    private static let a3 = 0.000893
    private static let a4 = 0.003796
    private static let m = 3.0.squareRoot() / 2

    /// Half the map's width: x at longitude ±180° on the equator (≈ 2.7066).
    public static let maxX: Double = project(longitude: 180, latitude: 0).x
    /// Half the map's height: |y| at the poles (≈ 1.3173).
    public static let maxY: Double = -project(longitude: 0, latitude: 90).y

    /// The projected point of a longitude and latitude in degrees (clamped to ±180°, ±90°).
    public static func project(longitude: Double, latitude: Double) -> ChartPoint {
        let lambda = min(max(longitude, -180), 180) * .pi / 180
        let phi = min(max(latitude, -90), 90) * .pi / 180
        let theta = asin(m * sin(phi))
        let theta2 = theta * theta
        let theta6 = theta2 * theta2 * theta2
        let x = lambda * cos(theta) / (m * (a1 + 3 * a2 * theta2 + theta6 * (7 * a3 + 9 * a4 * theta2)))
        let y = theta * (a1 + a2 * theta2 + theta6 * (a3 + a4 * theta2))
        return ChartPoint(x: x, y: -y)
    }
}
