/// Losses between the gross power curve and the grid connection, each a fraction 0–1.
public struct WindLosses: Sendable, Hashable {
    /// Energy lost to wakes between turbines.
    public var wake: Double
    /// Electrical (array cable, export, transformer) losses.
    public var electrical: Double
    /// Energy lost while turbines are unavailable.
    public var unavailability: Double

    /// Creates losses.
    public init(wake: Double, electrical: Double, unavailability: Double) {
        self.wake = wake
        self.electrical = electrical
        self.unavailability = unavailability
    }

    /// One combined loss fraction, booked as wake loss.
    public init(total: Double) {
        self.init(wake: total, electrical: 0, unavailability: 0)
    }

    /// 1 − (1 − wake)(1 − electrical)(1 − unavailability).
    public var total: Double { 1 - (1 - wake) * (1 - electrical) * (1 - unavailability) }

    /// No losses, for gross figures.
    public static let none = WindLosses(wake: 0, electrical: 0, unavailability: 0)

    /// About 12 % combined, within the 10–20 % typical range.
    public static let typical = WindLosses(wake: 0.07, electrical: 0.02, unavailability: 0.035)

    /// The source of `typical`.
    public static let typicalSource = Parameter(
        "losses", WindLosses.typical.total, unit: "fraction", low: 0.10, high: 0.20,
        source: "combined wake/electrical/availability losses 10–20 % (models.md §2.3; check NREL ATB offshore)",
        confidence: .uncertain)
}
