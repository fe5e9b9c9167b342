/// Hour-by-hour simulation of a wind farm, a battery under greedy dispatch and a flat load
/// (`models.md` §2.3–2.4), over several years for statistics.
///
/// Wind speeds come from a Gaussian AR(1) z_t = φ z_{t−1} + √(1−φ²) ε_t mapped through
/// Φ and the Weibull quantile (Brown, Katz & Murphy 1984), so every hour has the site's Weibull
/// marginal while consecutive hours stay correlated. Dispatch is greedy with no foresight:
/// surplus charges the battery, deficits drain it, the grid serves the rest.
public enum WindSupplySimulation {
    /// Hours in each calendar month of a 365-day year.
    public static let hoursPerMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].map { $0 * 24 }
    /// Hours in a simulated year.
    public static let hoursPerYear = 8760
    /// Hours in the representative week.
    public static let hoursPerWeek = 168

    private static let sampler = NormalSampler()

    /// Runs the scenario; the same scenario (seed included) always gives the same result.
    public static func run(_ scenario: WindSupplyScenario) throws(SimulationError) -> WindSupplyResult {
        let farm = scenario.farm
        let battery = scenario.battery
        try InputCheck.nonNegative(farm.capacityMW, "capacity_mw")
        try InputCheck.positive(scenario.loadMW, "load_mw")
        try InputCheck.within(scenario.resource.meanSpeedMS, 0.5...30, "mean_speed_ms")
        try farm.curve.validate()
        for (value, name) in [(farm.losses.wake, "wake_loss"), (farm.losses.electrical, "electrical_loss"),
                              (farm.losses.unavailability, "unavailability")] {
            try InputCheck.within(value, 0...0.99, name)
        }
        try InputCheck.nonNegative(battery.energyMWh, "storage_mwh")
        try InputCheck.nonNegative(battery.powerMW, "storage_mw")
        try InputCheck.unitFraction(battery.roundTripEfficiency, "efficiency")
        try InputCheck.within(battery.initialStateOfCharge, 0...1, "initial_state_of_charge")
        try InputCheck.count(scenario.years, "years")
        guard scenario.years <= 1000 else {
            throw .invalidInput(name: "years", value: Double(scenario.years), requirement: "at most 1000")
        }
        let shape = scenario.resource.weibullK ?? WindResource.defaultShape.value
        let persistence = scenario.resource.persistence ?? WindResource.defaultPersistence.value
        try InputCheck.within(shape, 0.5...10, "weibull_k")
        guard persistence.isFinite, persistence >= 0, persistence < 1 else {
            throw .invalidInput(name: "persistence", value: persistence, requirement: "at least 0 and below 1")
        }

        let scale = WindResource.weibullScale(meanSpeedMS: scenario.resource.meanSpeedMS, shape: shape)
        let table = PowerLookupTable(curve: farm.curve, scaleMS: scale, shape: shape)
        let lossFactor = 1 - farm.losses.total
        let netCapacity = farm.capacityMW * lossFactor
        let load = scenario.loadMW
        let energyCapacity = battery.energyMWh
        let powerLimit = battery.powerMW
        let efficiency = battery.roundTripEfficiency.squareRoot()
        let innovationScale = (1 - persistence * persistence).squareRoot()

        var generator = Xoshiro256StarStar(seed: scenario.seed)
        let sampler = Self.sampler
        var z = sampler.next(using: &generator)
        let initialCharge = battery.initialStateOfCharge * energyCapacity
        var stateOfCharge = initialCharge
        let dispatcher = Dispatcher(load: load, energyCapacity: energyCapacity, powerLimit: powerLimit, efficiency: efficiency)

        var monthly = (1...12).map { SupplyPeriod(index: $0, windMWh: 0, loadMWh: 0, servedMWh: 0, gridImportMWh: 0, curtailedMWh: 0, capacityFactor: 0) }
        var yearly: [SupplyPeriod] = []
        yearly.reserveCapacity(scenario.years)
        var discharged = 0.0
        // The first year's wind, from which the representative week is replayed afterwards.
        var firstYearWind = [Double](repeating: 0, count: hoursPerYear)
        var innovations = [Double](repeating: 0, count: hoursPerMonth.max()!)

        for year in 0..<scenario.years {
            var yearTotals = SupplyPeriod(index: year + 1, windMWh: 0, loadMWh: 0, servedMWh: 0, gridImportMWh: 0, curtailedMWh: 0, capacityFactor: 0)
            var hourOfYear = 0
            for month in 0..<12 {
                var wind = 0.0, grid = 0.0, curtailed = 0.0, monthDischarge = 0.0
                let hours = hoursPerMonth[month]
                // Drawing the month's innovations first keeps the sampler's rejection branches out
                // of the dispatch loop, which then runs straight through.
                for hour in 0..<hours { innovations[hour] = sampler.next(using: &generator) }
                for hour in 0..<hours {
                    z = persistence * z + innovationScale * innovations[hour]
                    let generation = netCapacity * table.fraction(z)
                    let hour = dispatcher.step(generation: generation, stateOfCharge: &stateOfCharge)
                    wind += generation
                    grid += hour.grid
                    curtailed += hour.curtailed
                    monthDischarge += hour.discharge
                    if year == 0 { firstYearWind[hourOfYear] = generation }
                    hourOfYear += 1
                }
                let monthLoad = load * Double(hours)
                let served = monthLoad - grid
                discharged += monthDischarge
                monthly[month].windMWh += wind
                monthly[month].loadMWh += monthLoad
                monthly[month].servedMWh += served
                monthly[month].gridImportMWh += grid
                monthly[month].curtailedMWh += curtailed
                yearTotals.windMWh += wind
                yearTotals.loadMWh += monthLoad
                yearTotals.servedMWh += served
                yearTotals.gridImportMWh += grid
                yearTotals.curtailedMWh += curtailed
            }
            yearTotals.capacityFactor = farm.capacityMW > 0 ? yearTotals.windMWh / (farm.capacityMW * Double(hoursPerYear)) : 0
            yearly.append(yearTotals)
        }

        let years = Double(scenario.years)
        for month in 0..<12 {
            monthly[month].windMWh /= years
            monthly[month].loadMWh /= years
            monthly[month].servedMWh /= years
            monthly[month].gridImportMWh /= years
            monthly[month].curtailedMWh /= years
            monthly[month].capacityFactor = farm.capacityMW > 0
                ? monthly[month].windMWh / (farm.capacityMW * Double(hoursPerMonth[month])) : 0
        }
        // Sum years in order so the result does not depend on summation strategy.
        var total = SupplyPeriod(index: 0, windMWh: 0, loadMWh: 0, servedMWh: 0, gridImportMWh: 0, curtailedMWh: 0, capacityFactor: 0)
        for period in yearly {
            total.windMWh += period.windMWh
            total.loadMWh += period.loadMWh
            total.servedMWh += period.servedMWh
            total.gridImportMWh += period.gridImportMWh
            total.curtailedMWh += period.curtailedMWh
        }
        let coverage = total.servedMWh / total.loadMWh
        var squares = 0.0
        for period in yearly { squares += (period.coverage - coverage) * (period.coverage - coverage) }
        let deviation = yearly.count > 1 ? (squares / Double(yearly.count - 1)).squareRoot() : 0
        let capacityFactor = farm.capacityMW > 0 ? total.windMWh / (farm.capacityMW * years * Double(hoursPerYear)) : 0

        let week = representativeWeek(coverage: coverage, wind: firstYearWind, initialCharge: initialCharge, dispatcher: dispatcher)

        return WindSupplyResult(
            years: scenario.years, capacityFactor: capacityFactor,
            grossCapacityFactor: lossFactor > 0 ? capacityFactor / lossFactor : 0,
            coverage: coverage, coverageStandardDeviation: deviation,
            curtailment: total.windMWh > 0 ? total.curtailedMWh / total.windMWh : 0,
            windMWh: total.windMWh / years, loadMWh: total.loadMWh / years, servedMWh: total.servedMWh / years,
            gridImportMWh: total.gridImportMWh / years, curtailedMWh: total.curtailedMWh / years,
            storageCycles: energyCapacity > 0 ? discharged / years / energyCapacity : 0,
            monthly: monthly, yearly: yearly, representativeWeek: week,
            provenance: provenance(scenario, shape: shape, persistence: persistence, scale: scale))
    }

    /// Replays the first year's dispatch from its wind series (the dispatch is deterministic), picks
    /// the week whose coverage is closest to the long-run mean, and records its hours.
    private static func representativeWeek(coverage: Double, wind: [Double], initialCharge: Double, dispatcher: Dispatcher) -> SupplyWeek {
        let weeks = hoursPerYear / hoursPerWeek
        var chargeAtWeekStart = [Double](repeating: 0, count: weeks)
        var best = 0
        var bestDistance = Double.infinity
        var stateOfCharge = initialCharge
        let weekLoad = dispatcher.load * Double(hoursPerWeek)
        for week in 0..<weeks {
            chargeAtWeekStart[week] = stateOfCharge
            var imported = 0.0
            for hour in (week * hoursPerWeek)..<((week + 1) * hoursPerWeek) {
                imported += dispatcher.step(generation: wind[hour], stateOfCharge: &stateOfCharge).grid
            }
            let distance = Swift.abs(1 - imported / weekLoad - coverage)
            if distance < bestDistance {
                best = week
                bestDistance = distance
            }
        }
        var result = SupplyWeek(startHour: best * hoursPerWeek, coverage: 0, windMW: [], loadMW: [], batteryMW: [], gridMW: [],
                                curtailedMW: [], stateOfChargeMWh: [])
        stateOfCharge = chargeAtWeekStart[best]
        var imported = 0.0
        for hour in result.startHour..<(result.startHour + hoursPerWeek) {
            let step = dispatcher.step(generation: wind[hour], stateOfCharge: &stateOfCharge)
            imported += step.grid
            result.windMW.append(wind[hour])
            result.loadMW.append(dispatcher.load)
            result.batteryMW.append(step.discharge - step.charge)
            result.gridMW.append(step.grid)
            result.curtailedMW.append(step.curtailed)
            result.stateOfChargeMWh.append(stateOfCharge)
        }
        result.coverage = 1 - imported / weekLoad
        return result
    }

    private static func provenance(_ scenario: WindSupplyScenario, shape: Double, persistence: Double, scale: Double) -> Provenance {
        var inputs = [
            ProvenanceInput("capacity_mw", scenario.farm.capacityMW, unit: "MW"),
            ProvenanceInput("load_mw", scenario.loadMW, unit: "MW"),
            ProvenanceInput("mean_speed_ms", scenario.resource.meanSpeedMS, unit: "m/s"),
            ProvenanceInput("turbine", text: scenario.farm.curve.name),
            ProvenanceInput("losses", scenario.farm.losses.total, unit: "fraction"),
            ProvenanceInput("storage_mwh", scenario.battery.energyMWh, unit: "MWh"),
            ProvenanceInput("storage_mw", scenario.battery.powerMW, unit: "MW"),
            ProvenanceInput("efficiency", scenario.battery.roundTripEfficiency, unit: "fraction"),
            ProvenanceInput("years", Double(scenario.years), unit: "years"),
            ProvenanceInput("seed", Double(scenario.seed), unit: ""),
        ]
        var assumptions = [
            Parameter("power_curve", scenario.farm.curve.ratedKW, unit: "kW rated", source: scenario.farm.curve.source, confidence: .verified),
            Parameter("weibull_scale_ms", scale, unit: "m/s", source: "c = mean / Γ(1 + 1/k)", confidence: .derived),
            Parameter("initial_state_of_charge", scenario.battery.initialStateOfCharge, unit: "fraction",
                      source: "models.md §2.4 default 50 %", confidence: .uncertain),
        ]
        if scenario.resource.weibullK == nil { assumptions.append(WindResource.defaultShape) } else {
            inputs.append(ProvenanceInput("weibull_k", shape, unit: ""))
        }
        if scenario.resource.persistence == nil { assumptions.append(WindResource.defaultPersistence) } else {
            inputs.append(ProvenanceInput("persistence", persistence, unit: "lag-1 autocorrelation"))
        }
        return Provenance(model: "wind-supply", inputs: inputs, assumptions: assumptions)
    }
}

/// Greedy, no-foresight dispatch of one hour (`models.md` §2.4).
///
/// Written without branches and with the battery's state as the only loop-carried value: whether
/// wind exceeds load flips every few hours, so a branch would mispredict often, and the two
/// divisions of the textbook form would sit on the hour-to-hour dependency chain. The energy that
/// reaches storage is min(surplus·η, P·η, E − SoC) and the energy drawn from it is
/// min(deficit/η, P/η, SoC), which is the textbook rule rearranged.
struct Dispatcher: Sendable {
    let load: Double
    let energyCapacity: Double
    /// Most energy storage can take in one hour, P·η.
    let chargeLimit: Double
    /// Most energy storage can give in one hour, P/η.
    let dischargeLimit: Double
    /// One-way efficiency η = √(round-trip).
    let efficiency: Double
    let inverseEfficiency: Double

    init(load: Double, energyCapacity: Double, powerLimit: Double, efficiency: Double) {
        self.load = load
        self.energyCapacity = energyCapacity
        self.efficiency = efficiency
        self.inverseEfficiency = 1 / efficiency
        self.chargeLimit = powerLimit * efficiency
        self.dischargeLimit = powerLimit / efficiency
    }

    /// One hour's flows at the battery terminals and the grid, MWh.
    struct Hour {
        var charge: Double
        var discharge: Double
        var grid: Double
        var curtailed: Double
    }

    @inline(__always)
    func step(generation: Double, stateOfCharge: inout Double) -> Hour {
        let surplus = larger(generation - load, 0)
        let deficit = larger(load - generation, 0)
        // At most one of the two terms is non-zero.
        let change = smaller(surplus * efficiency, chargeLimit) - smaller(deficit * inverseEfficiency, dischargeLimit)
        let next = larger(smaller(stateOfCharge + change, energyCapacity), 0)
        let stored = next - stateOfCharge
        stateOfCharge = next
        let charge = larger(stored, 0) * inverseEfficiency
        let discharge = larger(-stored, 0) * efficiency
        return Hour(charge: charge, discharge: discharge, grid: larger(deficit - discharge, 0),
                    curtailed: larger(surplus - charge, 0))
    }
}

/// max with a strict comparison, which x86 can compile to one `maxsd`; `Swift.max` compares with
/// `>=`, which it cannot.
@inline(__always)
func larger(_ a: Double, _ b: Double) -> Double { a > b ? a : b }

/// min that compiles to one `minsd`.
@inline(__always)
func smaller(_ a: Double, _ b: Double) -> Double { a < b ? a : b }
