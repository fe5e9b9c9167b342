import Testing
import AtlasSimulation

/// Debug builds run the hourly loop about fifty times slower, so property tests use few years.
private let propertyYears = 3

private func scenario(capacityMW: Double = 200, storageMWh: Double = 400, storageMW: Double = 100, persistence: Double = 0.95,
                      losses: WindLosses = WindLosses(total: 0.12), years: Int = propertyYears, seed: UInt64 = 1,
                      curve: PowerCurve = .iea15MW) -> WindSupplyScenario {
    WindSupplyScenario(
        farm: WindFarm(capacityMW: capacityMW, curve: curve, losses: losses),
        resource: WindResource(meanSpeedMS: 9.5, weibullK: 2, persistence: persistence),
        battery: Battery(energyMWh: storageMWh, powerMW: storageMW, roundTripEfficiency: 0.85),
        loadMW: 100, years: years, seed: seed)
}

@Suite struct WindAnalyticsTests {
    @Test("V18: IEA 15 MW, Weibull k=2, mean 9.5 m/s: CF_gross 0.569 (NREL/turbine-models curve; models.md §2.3)")
    func grossCapacityFactor() throws {
        let cf = try WindAnalytics.grossCapacityFactor(curve: .iea15MW, meanSpeedMS: 9.5, weibullK: 2)
        #expect(abs(cf - 0.569) <= 0.005)
    }

    @Test("§2.3 gross CF table, IEA 15 MW and NREL 5 MW (derived, 0.01 m/s integration)", arguments: [
        (8.0, 2.0, 0.464, 0.423), (9.0, 2.0, 0.538, 0.498), (9.5, 2.0, 0.569, 0.530),
        (10.0, 2.0, 0.596, 0.558), (9.5, 1.8, 0.545, 0.510), (9.5, 2.2, 0.587, 0.545),
    ])
    func capacityFactorTable(mean: Double, k: Double, iea: Double, nrel: Double) throws {
        #expect(abs(try WindAnalytics.grossCapacityFactor(curve: .iea15MW, meanSpeedMS: mean, weibullK: k) - iea) <= 0.005)
        #expect(abs(try WindAnalytics.grossCapacityFactor(curve: .nrel5MW, meanSpeedMS: mean, weibullK: k) - nrel) <= 0.005)
    }

    @Test("§2.4 analytic no-storage coverage by C/L; V18: 0.691 at C/L = 2 (derived)", arguments: [
        (1.0, 0.569), (1.5, 0.644), (2.0, 0.691), (2.5, 0.723), (3.0, 0.747),
    ])
    func noStorageCoverage(ratio: Double, expected: Double) throws {
        let coverage = try WindAnalytics.noStorageCoverage(curve: .iea15MW, meanSpeedMS: 9.5, weibullK: 2, capacityToLoad: ratio)
        #expect(abs(coverage - expected) <= 0.005)
    }

    @Test func parametricCurveIsCubicThenFlat() {
        let curve = PowerCurve.parametric(cutInMS: 3, ratedSpeedMS: 11, cutOutMS: 25)
        #expect(curve.fraction(atSpeed: 2.9) == 0)
        #expect(curve.fraction(atSpeed: 3) == 0)
        #expect(abs(curve.fraction(atSpeed: 7) - (343 - 27) / (1331 - 27)) < 1e-15)
        #expect(curve.fraction(atSpeed: 11) == 1)
        #expect(curve.fraction(atSpeed: 25) == 1)
        #expect(curve.fraction(atSpeed: 25.01) == 0)
    }
}

@Suite struct WindSupplyTests {
    @Test("Zero storage, independent hours: simulated coverage equals the analytic value within Monte-Carlo error")
    func monteCarloMatchesAnalytic() throws {
        let result = try WindSupplySimulation.run(scenario(storageMWh: 0, storageMW: 0, persistence: 0, losses: .none, years: 10))
        // Independent hours: σ(coverage) ≈ 0.3/√87,600 ≈ 0.001; allow four σ plus the analytic table's rounding.
        #expect(abs(result.coverage - 0.691) <= 0.006)
        #expect(abs(result.grossCapacityFactor - 0.569) <= 0.006)
    }

    @Test("Persistent wind keeps the Weibull marginal: the capacity factor does not depend on φ")
    func persistenceKeepsMarginal() throws {
        let result = try WindSupplySimulation.run(scenario(storageMWh: 0, storageMW: 0, persistence: 0.9, losses: .none, years: 10))
        // Effective sample ≈ 87,600 × (1 − φ)/(1 + φ) ≈ 4,600 hours → σ ≈ 0.005.
        #expect(abs(result.grossCapacityFactor - 0.569) <= 0.02)
    }

    @Test("§2.4 Monte-Carlo band: φ 0.95, C/L 2, 4 h battery ≈ 0.76 (derived, implementation-dependent)")
    func storagePlausibilityBand() throws {
        let result = try WindSupplySimulation.run(scenario(storageMWh: 400, storageMW: 100, persistence: 0.95, losses: .none, years: 10))
        #expect(abs(result.coverage - 0.76) <= 0.03)
    }

    @Test func coverageRisesWithStorage() throws {
        var previous = -1.0
        for hours in [0.0, 2, 4, 8, 24, 96] {
            let result = try WindSupplySimulation.run(scenario(storageMWh: 100 * hours, storageMW: 100 * hours / 4))
            #expect(result.coverage >= previous)
            previous = result.coverage
        }
    }

    @Test func coverageRisesWithOverbuild() throws {
        var previous = -1.0
        for ratio in [0.5, 1.0, 1.5, 2.0, 3.0, 5.0] {
            let result = try WindSupplySimulation.run(scenario(capacityMW: 100 * ratio))
            #expect(result.coverage >= previous)
            previous = result.coverage
        }
    }

    @Test(arguments: [(50.0, 0.0), (100.0, 100.0), (200.0, 400.0), (300.0, 1200.0), (600.0, 10.0)])
    func coverageRespectsEnergyBounds(capacity: Double, storage: Double) throws {
        let result = try WindSupplySimulation.run(scenario(capacityMW: capacity, storageMWh: storage, storageMW: storage / 4))
        let initialEnergy = storage * 0.5 * 0.85.squareRoot()
        let bound = (result.windMWh + initialEnergy / Double(result.years)) / result.loadMWh
        #expect(result.coverage <= 1)
        #expect(result.coverage <= bound + 1e-12)
        #expect(result.coverage >= 0)
        #expect(abs(result.servedMWh + result.gridImportMWh - result.loadMWh) < 1e-6 * result.loadMWh)
        #expect(result.curtailment >= 0 && result.curtailment <= 1)
    }

    @Test func energyBalancesHourByHourInTheWeek() throws {
        let result = try WindSupplySimulation.run(scenario())
        let week = result.representativeWeek
        #expect(week.windMW.count == 168)
        for hour in 0..<168 {
            // wind + discharge − charge + grid − curtailed = load
            let balance = week.windMW[hour] + week.batteryMW[hour] + week.gridMW[hour] - week.curtailedMW[hour]
            #expect(abs(balance - week.loadMW[hour]) < 1e-9)
            #expect(week.stateOfChargeMWh[hour] >= 0 && week.stateOfChargeMWh[hour] <= 400 + 1e-9)
        }
        #expect(abs(week.coverage - result.coverage) < 0.3)
    }

    @Test func resultsAreDeterministicForASeed() throws {
        let first = try WindSupplySimulation.run(scenario(seed: 99))
        let second = try WindSupplySimulation.run(scenario(seed: 99))
        let other = try WindSupplySimulation.run(scenario(seed: 100))
        #expect(first == second)
        #expect(first.coverage != other.coverage)
    }

    @Test func monthsAndYearsAddUp() throws {
        let result = try WindSupplySimulation.run(scenario())
        #expect(result.monthly.count == 12)
        #expect(result.yearly.count == propertyYears)
        let monthlyWind = result.monthly.reduce(0) { $0 + $1.windMWh }
        #expect(abs(monthlyWind - result.windMWh) < 1e-6 * result.windMWh)
        #expect(abs(result.monthly.reduce(0) { $0 + $1.loadMWh } - 876_000) < 1e-6)
        #expect(result.storageCycles > 0)
        #expect(result.provenance.model == "wind-supply")
        #expect(result.provenance.modelVersion == ModelVersion.current)
    }

    @Test func rejectsBadInputs() {
        let bad = [
            scenario(capacityMW: -1), scenario(capacityMW: .nan), scenario(storageMWh: -5),
            scenario(persistence: 1), scenario(persistence: -0.1), scenario(years: 0),
            WindSupplyScenario(farm: WindFarm(capacityMW: 1, curve: .iea15MW), resource: WindResource(meanSpeedMS: 9), loadMW: 0),
            WindSupplyScenario(farm: WindFarm(capacityMW: 1, curve: .iea15MW), resource: WindResource(meanSpeedMS: .infinity), loadMW: 1),
            WindSupplyScenario(farm: WindFarm(capacityMW: 1, curve: .iea15MW), resource: WindResource(meanSpeedMS: 9),
                               battery: Battery(energyMWh: 1, powerMW: 1, roundTripEfficiency: 1.2), loadMW: 1),
        ]
        for input in bad { #expect(throws: SimulationError.self) { try WindSupplySimulation.run(input) } }
        #expect(throws: SimulationError.self) { try PowerCurve.named("vestas-v236") }
    }
}
