internal import ArgumentParser
internal import AtlasSimulation

/// `atlas model wind`: hourly simulation of an own wind supply with a battery and a flat load.
struct WindModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wind",
        abstract: "Simulate a wind farm, battery and flat load hour by hour over several years.",
        discussion: """
        Example: atlas model wind --capacity-mw 200 --load-mw 100 --mean-speed-ms 9.5 --weibull-k 2 --turbine iea-15mw --losses 0.12 --persistence 0.95 --storage-mwh 400 --storage-mw 100 --efficiency 0.85 --years 10 --seed 1
        Energies (MWh) are averages per simulated year. Same inputs and seed, same output.
        """
    )

    @Option(name: .customLong("capacity-mw"), help: "Wind farm nameplate, MW.") var capacityMW: Double
    @Option(name: .customLong("load-mw"), help: "Flat load, MW.") var loadMW: Double
    @Option(name: .customLong("mean-speed-ms"), help: "Mean hub-height wind speed, m/s.") var meanSpeedMS: Double
    @Option(name: .customLong("weibull-k"), help: "Weibull shape (default 2).") var weibullK: Double?
    @Option(help: "iea-15mw, nrel-5mw or generic.") var turbine = "iea-15mw"
    @Option(help: "Combined wake, electrical and availability losses, 0–1 (default 0.12).") var losses: Double?
    @Option(help: "Hour-to-hour persistence φ, 0 ≤ φ < 1 (default 0.95).") var persistence: Double?
    @Option(name: .customLong("storage-mwh"), help: "Battery energy, MWh.") var storageMWh = 0.0
    @Option(name: .customLong("storage-mw"), help: "Battery power, MW (default: energy / 4 h).") var storageMW: Double?
    @Option(help: "Battery round-trip efficiency (default 0.85).") var efficiency = 0.85
    @Option(help: "Simulated years.") var years = 10
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Flag(help: "Include the representative week's hourly series.") var week = false
    @OptionGroup var output: ModelOutputOptions

    func validate() throws {
        try ArgumentCheck.nonNegative(capacityMW, "--capacity-mw")
        try ArgumentCheck.positive(loadMW, "--load-mw")
        try ArgumentCheck.positive(meanSpeedMS, "--mean-speed-ms")
        try ArgumentCheck.positive(weibullK, "--weibull-k")
        try ArgumentCheck.fraction(losses, "--losses", allowingZero: true)
        if let persistence { guard persistence.isFinite, persistence >= 0, persistence < 1 else {
            throw ValidationError("--persistence must be at least 0 and below 1, got \(persistence)")
        } }
        try ArgumentCheck.nonNegative(storageMWh, "--storage-mwh")
        try ArgumentCheck.nonNegative(storageMW, "--storage-mw")
        try ArgumentCheck.fraction(efficiency, "--efficiency")
        try ArgumentCheck.count(years, "--years")
        guard years <= 1000 else { throw ValidationError("--years must be at most 1000, got \(years)") }
        _ = try ArgumentCheck.model { () throws(SimulationError) in try PowerCurve.named(turbine) }
    }

    func run() async throws {
        let curve = try ArgumentCheck.model { () throws(SimulationError) in try PowerCurve.named(turbine) }
        let scenario = WindSupplyScenario(
            farm: WindFarm(capacityMW: capacityMW, curve: curve, losses: losses.map { WindLosses(total: $0) } ?? .typical),
            resource: WindResource(meanSpeedMS: meanSpeedMS, weibullK: weibullK, persistence: persistence),
            battery: Battery(energyMWh: storageMWh, powerMW: storageMW ?? storageMWh / 4, roundTripEfficiency: efficiency),
            loadMW: loadMW, years: years, seed: seed)
        let result = try ArgumentCheck.model { () throws(SimulationError) in try WindSupplySimulation.run(scenario) }
        var provenance = result.provenance
        if losses == nil { provenance.assumptions.append(WindLosses.typicalSource) }
        var fields: [(String, ReportValue)] = [
            ("capacity_factor", .of(result.capacityFactor)),
            ("gross_capacity_factor", .of(result.grossCapacityFactor)),
            ("coverage", .of(result.coverage)),
            ("coverage_std", .of(result.coverageStandardDeviation)),
            ("curtailment", .of(result.curtailment)),
            ("wind_mwh", .of(result.windMWh)),
            ("load_mwh", .of(result.loadMWh)),
            ("served_mwh", .of(result.servedMWh)),
            ("grid_import_mwh", .of(result.gridImportMWh)),
            ("curtailed_mwh", .of(result.curtailedMWh)),
            ("storage_cycles", .of(result.storageCycles)),
            ("years", .integer(result.years)),
            ("monthly", .array(result.monthly.map(Self.period))),
            ("provenance", provenance.report),
        ]
        if week {
            let series = result.representativeWeek
            fields.append(("representative_week", .object([
                ("start_hour", .integer(series.startHour)),
                ("coverage", .of(series.coverage)),
                ("wind_mw", .array(series.windMW.map(ReportValue.of))),
                ("load_mw", .array(series.loadMW.map(ReportValue.of))),
                ("battery_mw", .array(series.batteryMW.map(ReportValue.of))),
                ("grid_mw", .array(series.gridMW.map(ReportValue.of))),
                ("curtailed_mw", .array(series.curtailedMW.map(ReportValue.of))),
                ("state_of_charge_mwh", .array(series.stateOfChargeMWh.map(ReportValue.of))),
            ])))
        }
        output.print(ModelReport(fields: fields))
    }

    private static func period(_ period: SupplyPeriod) -> ReportValue {
        .object([
            ("month", .integer(period.index)),
            ("capacity_factor", .of(period.capacityFactor)),
            ("coverage", .of(period.coverage)),
            ("wind_mwh", .of(period.windMWh)),
            ("grid_import_mwh", .of(period.gridImportMWh)),
            ("curtailed_mwh", .of(period.curtailedMWh)),
        ])
    }
}
