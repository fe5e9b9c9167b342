/// Propagation delay of light in fibre (`models.md` §3.5).
public enum FibreLatency {
    /// Standard single-mode fibre at 1550 nm (group index ≈ 1.468).
    public static let singleMode = Parameter(
        "fibre_delay_us_per_km", 4.897, unit: "µs/km", low: 4.895, high: 4.9,
        source: "MapYourTech, \"the 5-microsecond rule\" (group index 1.468 → 204,190 km/s)", confidence: .verified)
    /// Hollow-core fibre at ~99.7 % of c.
    public static let hollowCore = Parameter(
        "hollow_core_delay_us_per_km", 3.34, unit: "µs/km", source: "hollow-core fibre ≈ 99.7 % of c (models.md §3.5)",
        confidence: .secondary)

    /// One-way delay over `distanceKM` of fibre route, seconds.
    public static func oneWaySeconds(distanceKM: Double, fibre: Parameter = singleMode) throws(SimulationError) -> Double {
        try InputCheck.nonNegative(distanceKM, "distance_km")
        return distanceKM * fibre.value * 1e-6
    }
}
