/// The elementary functions the models need, written in Swift on the standard library alone.
///
/// Why not Foundation or libm: the platform maths libraries differ in the last bit between
/// Glibc and Darwin, and the core promises identical output for identical inputs and seed on
/// every machine. These implementations use fixed-order arithmetic (range reduction, then a
/// fixed-degree polynomial), are accurate to a few units in the last place, and none sits in
/// the hourly loop of the supply simulation, so their speed hardly matters.
public enum Elementary {
    private static let ln2High = 6.93147180369123816490e-01
    private static let ln2Low = 1.90821492927058770002e-10
    private static let log2e = 1.44269504088896338700e+00
    private static let sqrt2 = 1.41421356237309504880

    /// eˣ.
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709.782712893384 { return .infinity }
        if x < -745.1332191019412 { return 0 }
        let k = (x * log2e).rounded(.toNearestOrEven)
        let r = (x - k * ln2High) - k * ln2Low
        // Taylor series of e^r for |r| <= ln2/2; the first omitted term is below 1e-17.
        var sum = 1.0 / 6_227_020_800.0
        sum = sum * r + 1.0 / 479_001_600.0
        sum = sum * r + 1.0 / 39_916_800.0
        sum = sum * r + 1.0 / 3_628_800.0
        sum = sum * r + 1.0 / 362_880.0
        sum = sum * r + 1.0 / 40_320.0
        sum = sum * r + 1.0 / 5_040.0
        sum = sum * r + 1.0 / 720.0
        sum = sum * r + 1.0 / 120.0
        sum = sum * r + 1.0 / 24.0
        sum = sum * r + 1.0 / 6.0
        sum = sum * r + 0.5
        sum = sum * r + 1.0
        sum = sum * r + 1.0
        return scaled(sum, byPowerOfTwo: Int(k))
    }

    /// Natural logarithm; NaN below zero, −∞ at zero.
    public static func log(_ x: Double) -> Double {
        if x.isNaN || x == .infinity { return x }
        if x < 0 { return .nan }
        if x == 0 { return -.infinity }
        var exponent = Int(x.exponent)
        var mantissa = x.significand
        if mantissa > sqrt2 {
            mantissa *= 0.5
            exponent += 1
        }
        // log(m) = 2 atanh(s) with s = (m − 1)/(m + 1), |s| <= 0.172, so s² <= 0.0295.
        let f = mantissa - 1
        let s = f / (2 + f)
        let s2 = s * s
        var series = 1.0 / 23.0
        series = series * s2 + 1.0 / 21.0
        series = series * s2 + 1.0 / 19.0
        series = series * s2 + 1.0 / 17.0
        series = series * s2 + 1.0 / 15.0
        series = series * s2 + 1.0 / 13.0
        series = series * s2 + 1.0 / 11.0
        series = series * s2 + 1.0 / 9.0
        series = series * s2 + 1.0 / 7.0
        series = series * s2 + 1.0 / 5.0
        series = series * s2 + 1.0 / 3.0
        let e = Double(exponent)
        // atanh(s) = s + s³/3 + s⁵/5 + …; the small terms are added first to keep their bits.
        return e * ln2High + (2 * s + (2 * s * s2 * series + e * ln2Low))
    }

    /// log(1 + x), accurate when x is tiny.
    public static func log1p(_ x: Double) -> Double {
        let u = 1 + x
        if u == 1 { return x }
        // Goldberg's correction: the rounding error of 1 + x cancels in x / (u − 1).
        return log(u) * (x / (u - 1))
    }

    /// xʸ for x > 0 (the only case the models use); NaN otherwise.
    public static func pow(_ x: Double, _ y: Double) -> Double {
        if x == 1 || y == 0 { return 1 }
        guard x > 0 else { return x == 0 && y > 0 ? 0 : .nan }
        return exp(y * log(x))
    }

    /// Γ(x) for x >= 0.5, by the Lanczos approximation (g = 7, nine coefficients, ~1e-15).
    public static func gamma(_ x: Double) -> Double {
        guard x >= 0.5, x.isFinite else { return .nan }
        let coefficients: [Double] = [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7,
        ]
        let z = x - 1
        var sum = coefficients[0]
        for index in 1..<coefficients.count { sum += coefficients[index] / (z + Double(index)) }
        let t = z + 7.5
        // √(2π) · t^(z+0.5) · e^(−t) · sum
        return 2.5066282746310002 * exp((z + 0.5) * log(t) - t) * sum
    }

    private static func scaled(_ value: Double, byPowerOfTwo power: Int) -> Double {
        // Two steps keep the intermediate representable when the result is subnormal or near overflow.
        let half = power / 2
        return value * Double(sign: .plus, exponent: half, significand: 1)
            * Double(sign: .plus, exponent: power - half, significand: 1)
    }
}
