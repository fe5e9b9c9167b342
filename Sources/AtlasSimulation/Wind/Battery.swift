/// A battery: energy, power limit and round-trip efficiency.
public struct Battery: Sendable, Hashable {
    /// Usable energy, MWh.
    public var energyMWh: Double
    /// Charge and discharge limit at the terminals, MW.
    public var powerMW: Double
    /// Energy out over energy in, 0–1; split evenly between charge and discharge (√RTE each).
    public var roundTripEfficiency: Double
    /// State of charge at the first hour, fraction of `energyMWh`.
    public var initialStateOfCharge: Double

    /// Creates a battery.
    public init(energyMWh: Double, powerMW: Double, roundTripEfficiency: Double = Battery.defaultEfficiency.value,
                initialStateOfCharge: Double = 0.5) {
        self.energyMWh = energyMWh
        self.powerMW = powerMW
        self.roundTripEfficiency = roundTripEfficiency
        self.initialStateOfCharge = initialStateOfCharge
    }

    /// No battery.
    public static let none = Battery(energyMWh: 0, powerMW: 0, roundTripEfficiency: 1, initialStateOfCharge: 0)

    /// Li-ion planning round-trip efficiency.
    public static let defaultEfficiency = Parameter(
        "round_trip_efficiency", 0.85, unit: "fraction", low: 0.80, high: 0.90,
        source: "common planning value; vendor range 80–90 % (models.md §2.4; confirm with NREL ATB)", confidence: .uncertain)
}
