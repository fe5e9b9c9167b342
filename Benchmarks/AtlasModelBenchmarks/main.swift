// Prints speed figures for the simulation core. Run in release:
//   swift run -c release AtlasModelBenchmarks
// Not part of the test run: timings are machine-dependent and belong in the README, not in assertions.
import AtlasSimulation
import Dispatch
import Foundation

/// Median wall time of `runs` calls of `body`, in milliseconds, after one warm-up call.
func medianMilliseconds(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    try body()
    var samples: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<runs {
        let elapsed = try clock.measure { try body() }
        samples.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15)
    }
    samples.sort()
    return samples[samples.count / 2]
}

func formatted(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}

/// The issue's example site: 200 MW of IEA 15 MW turbines, 100 MW load, 400 MWh / 100 MW battery.
let windScenario = WindSupplyScenario(
    farm: WindFarm(capacityMW: 200, curve: .iea15MW, losses: WindLosses(total: 0.12)),
    resource: WindResource(meanSpeedMS: 9.5, weibullK: 2, persistence: 0.95),
    battery: Battery(energyMWh: 400, powerMW: 100, roundTripEfficiency: 0.85),
    loadMW: 100, years: 10, seed: 1)

/// Counts failures across threads.
final class FailureCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func record() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// 1,000 synthetic facilities cycling through chips, sizes and bases; every one has its own
/// 10-year wind-and-storage supply, so the figure is an upper bound for the atlas.
let chips = [AcceleratorCatalog.h100SXM, AcceleratorCatalog.h200SXM, AcceleratorCatalog.b200, AcceleratorCatalog.gb200,
             AcceleratorCatalog.gb300, AcceleratorCatalog.mi300x]
let bases: [PowerBasis] = [.grid, .facility, .it]
let facilities: [FacilityScenario] = (0..<1000).map { index in
    let powerMW = 20 + Double(index % 50) * 10
    let chip = chips[index % chips.count]
    let supply = WindSupplyScenario(
        farm: WindFarm(capacityMW: powerMW * 2, curve: index % 2 == 0 ? .iea15MW : .nrel5MW, losses: .typical),
        resource: WindResource(meanSpeedMS: 8 + Double(index % 5) * 0.5, weibullK: 2, persistence: 0.95),
        battery: Battery(energyMWh: powerMW * 4, powerMW: powerMW), loadMW: powerMW, years: 10, seed: UInt64(index))
    return FacilityScenario(
        capacity: CapacityInput(powerMW: powerMW, basis: bases[index % bases.count], pue: 1.1 + Double(index % 4) * 0.05,
                                accelerator: chip),
        gridIntensityGCO2PerKWh: Double(50 + index % 600), supply: supply)
}

let cores = ProcessInfo.processInfo.activeProcessorCount

let windMilliseconds = try medianMilliseconds(runs: 21) { _ = try WindSupplySimulation.run(windScenario) }
var oneYear = windScenario
oneYear.years = 1
let oneYearMilliseconds = try medianMilliseconds(runs: 21) { _ = try WindSupplySimulation.run(oneYear) }
let allMilliseconds = try medianMilliseconds(runs: 5) {
    for facility in facilities { _ = try FacilityModel.assess(facility) }
}
// The same work split over every core: facilities are independent and the models are pure.
let parallelMilliseconds = try medianMilliseconds(runs: 5) {
    let chunks = cores
    let failures = FailureCount()
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        for index in stride(from: chunk, to: facilities.count, by: chunks) {
            if (try? FacilityModel.assess(facilities[index])) == nil { failures.record() }
        }
    }
    if failures.value > 0 { throw SimulationError.unsupported("\(failures.value) facilities failed") }
}
let noSupply = facilities.map { facility -> FacilityScenario in
    var copy = facility
    copy.supply = nil
    return copy
}
// A mix closer to the atlas: one facility in ten has its own supply.
let mixed = facilities.enumerated().map { index, facility -> FacilityScenario in
    var copy = facility
    if index % 10 != 0 { copy.supply = nil }
    return copy
}
let mixedMilliseconds = try medianMilliseconds(runs: 5) {
    for facility in mixed { _ = try FacilityModel.assess(facility) }
}
let analyticMilliseconds = try medianMilliseconds(runs: 11) {
    for facility in noSupply { _ = try FacilityModel.assess(facility) }
}

print("AtlasSimulation \(ModelVersion.current) benchmarks (median, release build, one core)")
print("cores on this machine: \(cores)")
print("10-year hourly wind + storage simulation, one facility: \(formatted(windMilliseconds)) ms (target < 5 ms)")
print("1-year simulation (table set-up plus one year): \(formatted(oneYearMilliseconds)) ms")
print("all models, 1,000 facilities, each with a 10-year supply simulation: \(formatted(allMilliseconds)) ms (target < 1000 ms)")
print("the same on all \(cores) cores: \(formatted(parallelMilliseconds)) ms")
print("all models, 1,000 facilities, one in ten with a supply simulation: \(formatted(mixedMilliseconds)) ms")
print("all models except the supply simulation, 1,000 facilities: \(formatted(analyticMilliseconds)) ms")
