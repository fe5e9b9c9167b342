/// What the hourly wind-and-storage simulation found; energies are averages per simulated year.
public struct WindSupplyResult: Sendable, Hashable {
    /// Years simulated.
    public var years: Int
    /// Net capacity factor (after losses).
    public var capacityFactor: Double
    /// Gross capacity factor (power curve only).
    public var grossCapacityFactor: Double
    /// Hourly-matched share of the load served by wind and battery.
    public var coverage: Double
    /// Standard deviation of the yearly coverage.
    public var coverageStandardDeviation: Double
    /// Share of wind energy curtailed.
    public var curtailment: Double
    /// Wind energy after losses, MWh per year.
    public var windMWh: Double
    /// Load energy, MWh per year.
    public var loadMWh: Double
    /// Load served by wind and battery, MWh per year.
    public var servedMWh: Double
    /// Load served by the grid, MWh per year.
    public var gridImportMWh: Double
    /// Wind energy curtailed, MWh per year.
    public var curtailedMWh: Double
    /// Equivalent full battery cycles per year (energy discharged over capacity).
    public var storageCycles: Double
    /// Calendar months, averaged over the simulated years.
    public var monthly: [SupplyPeriod]
    /// Each simulated year.
    public var yearly: [SupplyPeriod]
    /// The week of the first year whose coverage is closest to the mean, hour by hour.
    public var representativeWeek: SupplyWeek
    /// How the result was computed.
    public var provenance: Provenance
}

/// Energy totals over one period (a month or a year).
public struct SupplyPeriod: Sendable, Hashable {
    /// Month 1–12 or year 1…n.
    public var index: Int
    /// Wind energy after losses, MWh.
    public var windMWh: Double
    /// Load, MWh.
    public var loadMWh: Double
    /// Load served by wind and battery, MWh.
    public var servedMWh: Double
    /// Load served by the grid, MWh.
    public var gridImportMWh: Double
    /// Wind energy curtailed, MWh.
    public var curtailedMWh: Double
    /// Net capacity factor over the period.
    public var capacityFactor: Double
    /// Served over load.
    public var coverage: Double { loadMWh > 0 ? servedMWh / loadMWh : 1 }
}

/// A week of hourly series, for charts.
public struct SupplyWeek: Sendable, Hashable {
    /// Hour of the first simulated year the week starts at.
    public var startHour: Int
    /// Coverage of the week.
    public var coverage: Double
    /// Wind output after losses, MW.
    public var windMW: [Double]
    /// Load, MW.
    public var loadMW: [Double]
    /// Battery discharge (positive) or charge (negative) at the terminals, MW.
    public var batteryMW: [Double]
    /// Grid import, MW.
    public var gridMW: [Double]
    /// Curtailed wind, MW.
    public var curtailedMW: [Double]
    /// Battery energy at the end of each hour, MWh.
    public var stateOfChargeMWh: [Double]
}
