/// A wind turbine's power output as a function of hub-height wind speed.
public struct PowerCurve: Sendable, Hashable {
    /// Preset name, e.g. `iea-15mw`.
    public var name: String
    /// Nameplate rating, kW.
    public var ratedKW: Double
    /// Lowest speed with output, m/s.
    public var cutInMS: Double
    /// Speed above which the turbine shuts down, m/s.
    public var cutOutMS: Double
    /// The curve's shape.
    public var shape: Shape
    /// Where the curve comes from.
    public var source: String

    /// How the output between cut-in and cut-out is given.
    public enum Shape: Sendable, Hashable {
        /// Measured or modelled points (m/s, kW), linearly interpolated and held flat after the last point.
        case tabulated(speedsMS: [Double], kilowatts: [Double])
        /// P = P_r (v³ − v_ci³)/(v_r³ − v_ci³) up to the rated speed, P_r above it.
        case parametric(ratedSpeedMS: Double)
    }

    /// Creates a curve.
    public init(name: String, ratedKW: Double, cutInMS: Double, cutOutMS: Double, shape: Shape, source: String) {
        self.name = name
        self.ratedKW = ratedKW
        self.cutInMS = cutInMS
        self.cutOutMS = cutOutMS
        self.shape = shape
        self.source = source
    }

    /// Output as a fraction of rating at speed `speedMS`: zero below cut-in and above cut-out.
    public func fraction(atSpeed speedMS: Double) -> Double {
        guard speedMS >= cutInMS, speedMS <= cutOutMS else { return 0 }
        return uncutFraction(atSpeed: speedMS)
    }

    /// Output fraction ignoring cut-in and cut-out (held at their edge values), so a lookup
    /// table can interpolate across the thresholds while the caller applies them exactly.
    func uncutFraction(atSpeed speedMS: Double) -> Double {
        let speed = Swift.min(Swift.max(speedMS, cutInMS), cutOutMS)
        switch shape {
        case let .tabulated(speeds, kilowatts):
            if speed <= speeds[0] { return kilowatts[0] / ratedKW }
            guard speed < speeds[speeds.count - 1] else { return Swift.min(kilowatts[kilowatts.count - 1] / ratedKW, 1) }
            var low = 0
            var high = speeds.count - 1
            while high - low > 1 {
                let middle = (low + high) / 2
                if speeds[middle] <= speed { low = middle } else { high = middle }
            }
            let t = (speed - speeds[low]) / (speeds[high] - speeds[low])
            return Swift.min((kilowatts[low] + t * (kilowatts[high] - kilowatts[low])) / ratedKW, 1)
        case let .parametric(ratedSpeed):
            guard speed < ratedSpeed else { return 1 }
            let cubeIn = cutInMS * cutInMS * cutInMS
            return (speed * speed * speed - cubeIn) / (ratedSpeed * ratedSpeed * ratedSpeed - cubeIn)
        }
    }

    /// Speeds where the curve's slope changes, for integration.
    var knotsMS: [Double] {
        switch shape {
        case let .tabulated(speeds, _): speeds.filter { $0 > cutInMS && $0 < cutOutMS }
        case let .parametric(ratedSpeed): ratedSpeed > cutInMS && ratedSpeed < cutOutMS ? [ratedSpeed] : []
        }
    }

    /// Checks the curve is usable.
    public func validate() throws(SimulationError) {
        try InputCheck.positive(ratedKW, "rated_kw")
        try InputCheck.nonNegative(cutInMS, "cut_in_ms")
        try InputCheck.positive(cutOutMS, "cut_out_ms")
        guard cutOutMS > cutInMS else { throw .invalidInput(name: "cut_out_ms", value: cutOutMS, requirement: "above the cut-in speed") }
        switch shape {
        case let .tabulated(speeds, kilowatts):
            guard speeds.count >= 2, speeds.count == kilowatts.count,
                  zip(speeds, speeds.dropFirst()).allSatisfy({ $0 < $1 }),
                  kilowatts.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
                throw .unsupported("a tabulated power curve needs two or more increasing speeds with non-negative power")
            }
        case let .parametric(ratedSpeed):
            guard ratedSpeed.isFinite, ratedSpeed > cutInMS, ratedSpeed <= cutOutMS else {
                throw .invalidInput(name: "rated_speed_ms", value: ratedSpeed, requirement: "between cut-in and cut-out")
            }
        }
    }

    /// IEA Wind 15 MW reference turbine (IEA Task 37): 240 m rotor, 150 m hub.
    public static let iea15MW = PowerCurve(
        name: "iea-15mw", ratedKW: 15_000, cutInMS: 2.999999831, cutOutMS: 25,
        shape: .tabulated(
            speedsMS: [
                2.999999831, 3.499999916, 4, 4.500000084, 4.750000126, 5.000000169, 5.249999874, 5.999999663,
                6.199999966, 6.40000027, 6.499999747, 6.55000016, 6.599999899, 6.700000051, 6.800000202,
                6.900000354, 6.919999845, 6.929999928, 6.94000001, 6.950000093, 6.960000175, 6.969999584,
                6.980000341, 6.989999749, 6.999999831, 7.499999916, 8, 8.500000084, 9.000000169, 9.500000253,
                10.00000034, 10.2499997, 10.49999975, 10.60000057, 10.70000005, 10.8000002, 10.89999968,
                10.99999983, 11.24999987, 11.50000059, 11.75000063, 11.99999933, 12.99999949, 13.99999966,
                14.99999983, 17.50000025, 20.00000067, 22.49999975, 24.99999882,
            ],
            kilowatts: [
                70.021377, 301.9937, 595.088475, 964.887394, 1185.081978, 1429.216889, 1695.245223, 2656.263808,
                2957.216831, 3275.743373, 3442.669566, 3528.654678, 3614.989064, 3791.164267, 3971.967845,
                4155.58904, 4192.387051, 4210.773549, 4228.841377, 4247.186435, 4265.458105, 4283.898392,
                4301.948494, 4320.289911, 4339.296326, 5338.82324, 6481.116995, 7774.570984, 9229.227024,
                10855.04374, 12661.25448, 13638.148, 14660.65727, 14994.84635, 14994.64979, 14994.53984,
                14994.4265, 14994.26629, 14994.02192, 14994.10762, 14994.17514, 14994.17331, 14994.76256,
                14994.76121, 14994.75771, 14994.82665, 14994.82754, 14996.27008, 14997.62687,
            ]),
        source: "NREL/turbine-models IEA_15MW_240_RWT.csv (BSD-3); Gaertner et al. 2020, NREL/TP-5000-75698")

    /// NREL 5 MW reference turbine: 126 m rotor, 90 m hub.
    public static let nrel5MW = PowerCurve(
        name: "nrel-5mw", ratedKW: 5_000, cutInMS: 3, cutOutMS: 25,
        shape: .tabulated(
            speedsMS: [
                3, 4, 5, 6, 7, 7.1, 7.2, 7.3, 7.4, 7.5, 7.6, 7.7, 7.8, 7.9, 8, 9, 10, 10.1, 10.2, 10.3, 10.4, 10.5,
                10.6, 10.7, 10.8, 10.9, 11, 11.1, 11.2, 11.3, 11.4, 11.5, 11.6, 11.7, 11.8, 11.9, 12, 13, 14, 15,
                16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
            ],
            kilowatts: [
                40.52, 177.67, 403.9, 737.59, 1187.18, 1239.25, 1292.52, 1347.32, 1403.26, 1460.7, 1519.64, 1580.17,
                1642.11, 1705.76, 1771.17, 2518.55, 3448.38, 3552.14, 3657.95, 3765.12, 3873.93, 3984.48, 4096.58,
                4210.72, 4326.15, 4443.4, 4562.5, 4683.42, 4806.16, 4929.93, 5000.92, 5000.16, 4999.98, 4999.96,
                4999.98, 5000, 5000, 5000.01, 5000.01, 5000.02, 5000, 5000.02, 5000.03, 5000.02, 5000.04, 5000.02,
                5000.05, 5000.01, 5000, 5000.04,
            ]),
        source: "NREL/turbine-models NREL_Reference_5MW_126.csv (BSD-3); Jonkman et al. 2009")

    /// A generic cubic curve for turbines without a published table.
    public static func parametric(ratedKW: Double = 1000, cutInMS: Double = 3, ratedSpeedMS: Double = 11,
                                  cutOutMS: Double = 25) -> PowerCurve {
        PowerCurve(name: "generic", ratedKW: ratedKW, cutInMS: cutInMS, cutOutMS: cutOutMS,
                   shape: .parametric(ratedSpeedMS: ratedSpeedMS),
                   source: "parametric cubic curve, models.md §2.3")
    }

    /// Looks up a preset: `iea-15mw`, `nrel-5mw` or `generic`.
    public static func named(_ name: String) throws(SimulationError) -> PowerCurve {
        switch name.lowercased() {
        case "iea-15mw", "iea15mw", "iea-15": return iea15MW
        case "nrel-5mw", "nrel5mw", "nrel-5": return nrel5MW
        case "generic", "parametric": return parametric()
        default: throw .unknownPreset(kind: "turbine", name: name, known: ["iea-15mw", "nrel-5mw", "generic"])
        }
    }
}
