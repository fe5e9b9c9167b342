/// Maps the AR(1) process's Gaussian state z straight to turbine output, so the hourly loop
/// needs one multiply-add per hour instead of Φ(z), a logarithm and a power.
///
/// The hour's speed is v = c · (−ln Q(z))^(1/k) (a Gaussian copula with a Weibull marginal),
/// monotone in z; cut-in and cut-out become thresholds on z, computed exactly, so the
/// interpolation never straddles a jump.
struct PowerLookupTable: Sendable {
    /// Lowest and highest z on the grid; beyond ±9 the probability is below 1e-18.
    static let zMinimum = -9.0
    static let zMaximum = 9.0
    static let cells = 4096
    static let step = (zMaximum - zMinimum) / Double(cells)
    static let inverseStep = Double(cells) / (zMaximum - zMinimum)

    /// −ln Q(z) on the grid, shared by every table: the costly part, computed once per process.
    static let logUpperTail: [Double] = (0...cells).map { index in
        let z = zMinimum + Double(index) * step
        return -Elementary.log(NormalDistribution.upperTail(z))
    }

    /// Output fraction at each grid point (uncut curve).
    let values: [Double]
    /// values[i + 1] − values[i].
    let slopes: [Double]
    /// z below which output is zero (cut-in).
    let zCutIn: Double
    /// z at and above which output is zero (cut-out).
    let zCutOut: Double

    init(curve: PowerCurve, scaleMS: Double, shape: Double) {
        // P(V < v) = 1 − exp(−(v/c)^k) ⇒ Q(z) = exp(−(v/c)^k) at the matching z.
        let upperAtCutIn = Elementary.exp(-Elementary.pow(curve.cutInMS / scaleMS, shape))
        let upperAtCutOut = Elementary.exp(-Elementary.pow(curve.cutOutMS / scaleMS, shape))
        zCutIn = Swift.max(NormalDistribution.upperTailQuantile(upperAtCutIn), Self.zMinimum)
        zCutOut = Swift.min(NormalDistribution.upperTailQuantile(upperAtCutOut), Self.zMaximum)

        var values = [Double](repeating: 0, count: Self.cells + 1)
        let first = Swift.max(Int(((zCutIn - Self.zMinimum) * Self.inverseStep).rounded(.down)), 0)
        let last = Swift.min(Int(((zCutOut - Self.zMinimum) * Self.inverseStep).rounded(.up)), Self.cells)
        let inverseShape = 1 / shape
        if first <= last {
            for index in first...last {
                let speed = scaleMS * Elementary.pow(Self.logUpperTail[index], inverseShape)
                values[index] = curve.uncutFraction(atSpeed: speed)
            }
        }
        var slopes = [Double](repeating: 0, count: Self.cells + 1)
        for index in 0..<Self.cells { slopes[index] = values[index + 1] - values[index] }
        self.values = values
        self.slopes = slopes
    }

    /// Output fraction at `z`.
    @inline(__always)
    func fraction(_ z: Double) -> Double {
        // Branch-free: about one hour in twelve falls below cut-in, too often for a predictable branch.
        let clamped = smaller(larger(z, zCutIn), zCutOut)
        let position = (clamped - Self.zMinimum) * Self.inverseStep
        let index = Int(position)
        let inside = (z >= zCutIn ? 1 : 0) & (z < zCutOut ? 1 : 0)
        return Double(inside) * (values[index] + (position - Double(index)) * slopes[index])
    }
}
