/// A what-if study: a model, its parameters, and the values to sweep.
public struct Scenario: Codable, Sendable, Hashable {
    /// Which study.
    public var model: ScenarioModel
    /// Flat load of the campus (wind-coverage).
    public var loadMW: Double?
    /// Mean wind speed at hub height (wind-coverage).
    public var meanSpeedMS: Double?
    /// Weibull shape (wind-coverage).
    public var weibullK: Double?
    /// Power curve (wind-coverage).
    public var turbine: TurbineModel?
    /// Wind capacity per MW of load to sweep (wind-coverage).
    public var overbuild: [Double]?
    /// Battery energy in hours of load to sweep (wind-coverage).
    public var batteryHours: [Double]?
    /// Simulated years (wind-coverage).
    public var years: Int?
    /// Cluster sizes to sweep (optics-power).
    public var accelerators: [Int]?
    /// Scale-out speed per accelerator (optics-power).
    public var nicGbps: Double?
    /// Distances between the two sites to sweep (cross-site-training).
    public var distanceKM: [Double]?
    /// WAN bandwidth per node to sweep, Gb/s (cross-site-training).
    public var wanGbps: [Double]?
    /// Accelerators taking part (cross-site-training).
    public var gpus: Int?
    /// Accelerators per node (cross-site-training).
    public var gpusPerNode: Int?
    /// Gradient bytes all-reduced per step, GB (cross-site-training).
    public var gradientGB: Double?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case model, loadMW = "load_mw", meanSpeedMS = "mean_speed_ms", weibullK = "weibull_k", turbine, overbuild
        case batteryHours = "battery_hours", years, accelerators, nicGbps = "nic_gbps", distanceKM = "distance_km"
        case wanGbps = "wan_gbps", gpus, gpusPerNode = "gpus_per_node", gradientGB = "gradient_gb"
    }

    /// Most values one sweep may list, so that a scenario stays a few milliseconds of work.
    public static let maximumSweep = 12

    func check(_ checker: inout RangeChecker) {
        func required(_ present: Bool, _ field: String) {
            checker.check(present, field, "the \(model.rawValue) model needs `\(field)`", incomplete: true)
        }
        func sweep<T: Comparable>(_ values: [T]?, _ field: String, minimum: T) {
            guard let values else { return }
            checker.check(!values.isEmpty && values.count <= Self.maximumSweep, field, "list 1 to \(Self.maximumSweep) values")
            checker.check(values.allSatisfy { $0 >= minimum }, field, "values must be at least \(minimum)")
        }
        switch model {
        case .windCoverage:
            required(loadMW != nil, "load_mw")
            required(meanSpeedMS != nil, "mean_speed_ms")
            required(overbuild != nil, "overbuild")
            checker.positive(loadMW, "load_mw")
            checker.positive(meanSpeedMS, "mean_speed_ms")
            sweep(overbuild, "overbuild", minimum: 0)
            sweep(batteryHours, "battery_hours", minimum: 0)
            if let years { checker.check((1...10).contains(years), "years", "\(years) is outside 1…10") }
        case .opticsPower:
            required(accelerators != nil, "accelerators")
            sweep(accelerators, "accelerators", minimum: 2)
            checker.positive(nicGbps, "nic_gbps")
        case .crossSiteTraining:
            required(distanceKM != nil, "distance_km")
            required(wanGbps != nil, "wan_gbps")
            sweep(distanceKM, "distance_km", minimum: 0)
            sweep(wanGbps, "wan_gbps", minimum: 1)
            if let gpus { checker.check(gpus >= 2, "gpus", "must be at least 2") }
            if let gpusPerNode { checker.check(gpusPerNode >= 1, "gpus_per_node", "must be at least 1") }
            checker.positive(gradientGB, "gradient_gb")
        }
    }
}
