public import AtlasContent
internal import AtlasSimulation

/// One curve of a scenario's results.
struct ScenarioSeries: Sendable {
    let name: String
    let points: [(x: Double, y: Double)]
}

/// A scenario's sweep, computed: curves, axes and provenance.
struct ScenarioResult: Sendable {
    /// The scenario as written, so an unchanged one is not run again.
    var input: Scenario? = nil
    let xLabel: String
    let xUnit: String
    let xLog: Bool
    let yLabel: String
    let yUnit: String
    let yLog: Bool
    let yIsPercent: Bool
    let series: [ScenarioSeries]
    let summary: String
    let provenance: [Provenance]
}

/// Runs the sweeps of scenario pages through the simulation core.
enum ScenarioRuns {
    static func run(_ scenario: Scenario) -> Result<ScenarioResult, ModelGap> {
        do throws(SimulationError) {
            var result: ScenarioResult
            switch scenario.model {
            case .windCoverage: result = try windCoverage(scenario)
            case .opticsPower: result = try opticsPower(scenario)
            case .crossSiteTraining: result = try crossSite(scenario)
            }
            result.input = scenario
            return .success(result)
        } catch {
            return .failure(ModelGap("\(error)"))
        }
    }

    private static func windCoverage(_ scenario: Scenario) throws(SimulationError) -> ScenarioResult {
        let load = scenario.loadMW ?? 100
        let curve: PowerCurve = switch scenario.turbine ?? .iea15MW {
        case .iea15MW: .iea15MW
        case .nrel5MW: .nrel5MW
        case .generic: .parametric()
        }
        var series: [ScenarioSeries] = []
        var provenance: [Provenance] = []
        for hours in scenario.batteryHours ?? [0] {
            var points: [(Double, Double)] = []
            for overbuild in scenario.overbuild ?? [] {
                let battery = hours > 0 ? Battery(energyMWh: hours * load, powerMW: load) : .none
                let result = try WindSupplySimulation.run(WindSupplyScenario(
                    farm: WindFarm(capacityMW: overbuild * load, curve: curve),
                    resource: WindResource(meanSpeedMS: scenario.meanSpeedMS ?? 9.5, weibullK: scenario.weibullK),
                    battery: battery, loadMW: load, years: scenario.years ?? 5, seed: 1))
                points.append((overbuild, result.coverage * 100))
                if provenance.isEmpty { provenance.append(result.provenance) }
            }
            series.append(ScenarioSeries(name: hours == 0 ? "No battery" : "\(NumberFormatting.decimal(hours)) h of battery", points: points))
        }
        let best = series.flatMap(\.points).max { $0.y < $1.y }
        return ScenarioResult(
            xLabel: "Wind capacity per MW of load", xUnit: "×", xLog: false, yLabel: "Hourly-matched coverage", yUnit: "%", yLog: false,
            yIsPercent: true, series: series,
            summary: "Coverage of a flat \(NumberFormatting.decimal(load)) MW load rises with overbuild and storage but flattens: the best case here reaches \(NumberFormatting.decimal(best?.y ?? 0, decimals: 1)) %.",
            provenance: provenance)
    }

    private static func opticsPower(_ scenario: Scenario) throws(SimulationError) -> ScenarioResult {
        var series: [ScenarioSeries] = []
        var provenance: [Provenance] = []
        for technology in OpticsTechnology.allCases {
            var points: [(Double, Double)] = []
            for count in scenario.accelerators ?? [] {
                // Beyond what three tiers of 51.2 Tb/s switches connect, use the next generation (102.4 Tb/s).
                let nic = scenario.nicGbps ?? 400
                let fabric: FabricResult
                if let standard = try? FatTreeFabric.size(FabricInput(accelerators: count, nicGbps: nic, technology: technology)) {
                    fabric = standard
                } else {
                    fabric = try FatTreeFabric.size(FabricInput(accelerators: count, nicGbps: nic, switchTbps: 102.4, technology: technology))
                }
                points.append((Double(count), fabric.opticsMW))
                if points.count == 1 { provenance.append(fabric.provenance) }
            }
            series.append(ScenarioSeries(name: technology.label.prefix(1).uppercased() + technology.label.dropFirst(), points: points))
        }
        let largest = (scenario.accelerators ?? []).max() ?? 0
        let ends = series.compactMap { $0.points.last?.y }
        let saving = ends.count == 3 && ends[0] > 0 ? 1 - ends[2] / ends[0] : 0
        return ScenarioResult(
            xLabel: "Accelerators", xUnit: "", xLog: true, yLabel: "Optics power", yUnit: "MW", yLog: true, yIsPercent: false,
            series: series,
            summary: "At \(NumberFormatting.integer(largest)) accelerators, co-packaged optics draw \(NumberFormatting.percent(saving)) less than DSP pluggables for the same fabric.",
            provenance: provenance)
    }

    private static func crossSite(_ scenario: Scenario) throws(SimulationError) -> ScenarioResult {
        var series: [ScenarioSeries] = []
        var provenance: [Provenance] = []
        let gpus = scenario.gpus ?? 4096, perNode = scenario.gpusPerNode ?? 8
        for gbps in scenario.wanGbps ?? [] {
            let wan = Link(name: "wan-\(Int(gbps))g", lineRateGBs: gbps / 8, efficiency: Link.ethernet400.efficiency,
                           stepLatency: Link.ethernet400.stepLatency)
            var points: [(Double, Double)] = []
            for distance in scenario.distanceKM ?? [] {
                let result = try CollectiveModel.estimate(CollectiveInput(
                    operation: .allReduce, algorithm: .auto, ranks: gpus, ranksPerNode: perNode,
                    bytes: (scenario.gradientGB ?? 8) * 1e9, intra: .nvlink4, inter: wan, nicsPerNode: 1, distanceKM: distance))
                points.append((distance, result.seconds))
                if provenance.isEmpty { provenance.append(result.provenance) }
            }
            series.append(ScenarioSeries(name: "\(NumberFormatting.decimal(gbps)) Gb/s per node", points: points))
        }
        return ScenarioResult(
            xLabel: "Distance between the sites", xUnit: "km", xLog: false, yLabel: "All-reduce time per step", yUnit: "s", yLog: true,
            yIsPercent: false, series: series,
            summary: "The fastest modelled all-reduce (ring, tree or hierarchical) of \(NumberFormatting.decimal(scenario.gradientGB ?? 8)) GB of gradients over \(NumberFormatting.integer(gpus)) accelerators: bandwidth sets the time at short range, fibre latency adds up with distance.",
            provenance: provenance)
    }
}
