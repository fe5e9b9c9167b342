/// A facility's own wind supply, battery and flat load, for the hourly simulation.
public struct WindSupplyScenario: Sendable, Hashable {
    /// The wind farm.
    public var farm: WindFarm
    /// The wind climate.
    public var resource: WindResource
    /// The battery; `Battery.none` for none.
    public var battery: Battery
    /// Flat load to serve, MW.
    public var loadMW: Double
    /// Simulated years of 8,760 hours.
    public var years: Int
    /// Seed of the random stream; the same seed gives the same result everywhere.
    public var seed: UInt64

    /// Creates a scenario.
    public init(farm: WindFarm, resource: WindResource, battery: Battery = .none, loadMW: Double, years: Int = 10, seed: UInt64 = 1) {
        self.farm = farm
        self.resource = resource
        self.battery = battery
        self.loadMW = loadMW
        self.years = years
        self.seed = seed
    }
}
