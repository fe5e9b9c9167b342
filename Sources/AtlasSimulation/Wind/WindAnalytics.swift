/// Closed-form (integrated) wind statistics, the exact counterparts of the simulation's limits.
public enum WindAnalytics {
    /// Gross capacity factor ∫ P(v) f(v) dv / P_rated for a Weibull wind (no losses).
    public static func grossCapacityFactor(curve: PowerCurve, meanSpeedMS: Double, weibullK: Double) throws(SimulationError) -> Double {
        try noStorageCoverage(curve: curve, meanSpeedMS: meanSpeedMS, weibullK: weibullK, capacityToLoad: 1, losses: .none)
    }

    /// Hourly coverage of a flat load with no storage, E[min(r · (1−L) · P(v)/P_rated, 1)], where
    /// r is farm capacity over load. At r = 1 with no losses it equals the gross capacity factor.
    public static func noStorageCoverage(curve: PowerCurve, meanSpeedMS: Double, weibullK: Double, capacityToLoad: Double,
                                         losses: WindLosses = .none) throws(SimulationError) -> Double {
        try curve.validate()
        try InputCheck.within(meanSpeedMS, 0.5...30, "mean_speed_ms")
        try InputCheck.within(weibullK, 0.5...10, "weibull_k")
        try InputCheck.nonNegative(capacityToLoad, "capacity_to_load")
        let scale = WindResource.weibullScale(meanSpeedMS: meanSpeedMS, shape: weibullK)
        let multiplier = capacityToLoad * (1 - losses.total)
        func integrand(_ speed: Double) -> Double {
            guard speed > 0 else { return 0 }
            let ratio = speed / scale
            let power = Elementary.pow(ratio, weibullK)
            let density = weibullK / scale * power / ratio * Elementary.exp(-power)
            return Swift.min(multiplier * curve.uncutFraction(atSpeed: speed), 1) * density
        }
        // Composite Simpson between the curve's knots, at most 1 mm/s per step.
        let edges = [curve.cutInMS] + curve.knotsMS + [curve.cutOutMS]
        var total = 0.0
        for (low, high) in zip(edges, edges.dropFirst()) {
            let intervals = Swift.max(2, Int(((high - low) / 0.001).rounded(.up)) & ~1)
            let step = (high - low) / Double(intervals)
            var sum = integrand(low) + integrand(high)
            for index in 1..<intervals {
                sum += (index % 2 == 1 ? 4 : 2) * integrand(low + Double(index) * step)
            }
            total += sum * step / 3
        }
        return total
    }
}
