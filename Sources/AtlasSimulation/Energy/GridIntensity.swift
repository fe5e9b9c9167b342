/// Location-based grid carbon intensities, lifecycle gCO2e/kWh, 2023 (`models.md` §2.2).
///
/// A fallback only: the site should load the Ember yearly dataset (CC-BY 4.0) and pass the
/// region's figure to `AnnualEnergyInput`.
public enum GridIntensity {
    /// Source of the table.
    public static let source = "Ember via Our World in Data, 2023 (Norway and World via Statista)"

    /// ISO 3166 alpha-3 code (or `WLD`) to gCO2e/kWh.
    public static let byRegion: [(code: String, gramsPerKWh: Double)] = [
        ("WLD", 481), ("CHN", 582), ("IND", 713), ("AUS", 549), ("DEU", 381), ("IRL", 291), ("CHL", 291),
        ("CZE", 450), ("NOR", 30), ("FRA", 56), ("FIN", 79), ("AUT", 111), ("BEL", 138), ("DNK", 152),
        ("CAN", 170), ("BRA", 98), ("CRI", 53), ("BGD", 691),
    ]

    /// The region's intensity as a parameter, or nil when not tabulated.
    public static func parameter(region code: String) -> Parameter? {
        guard let row = byRegion.first(where: { $0.code == code.uppercased() }) else { return nil }
        return Parameter("grid_intensity_gco2_per_kwh", row.gramsPerKWh, unit: "gCO2e/kWh",
                         source: "\(source), \(row.code)", confidence: .verified)
    }
}
