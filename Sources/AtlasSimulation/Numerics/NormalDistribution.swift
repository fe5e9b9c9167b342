/// The standard normal distribution: density, tails and quantiles, accurate far into the tails.
public enum NormalDistribution {
    /// 1/√(2π).
    private static let inverseSqrtTwoPi = 0.398942280401432677940

    /// φ(z), the density.
    public static func density(_ z: Double) -> Double {
        inverseSqrtTwoPi * Elementary.exp(-0.5 * z * z)
    }

    /// Φ(z) = P(Z <= z).
    public static func cdf(_ z: Double) -> Double {
        upperTail(-z)
    }

    /// Q(z) = P(Z > z), with full relative accuracy in the upper tail.
    public static func upperTail(_ z: Double) -> Double {
        if z.isNaN { return z }
        if z < 0 { return 1 - upperTail(-z) }
        if z <= 3 {
            // Marsaglia (2004): Φ(z) = 1/2 + φ(z)(z + z³/3 + z⁵/(3·5) + …); all terms positive.
            var term = z
            var sum = z
            let square = z * z
            var divisor = 1.0
            while true {
                divisor += 2
                term *= square / divisor
                let next = sum + term
                if next == sum { break }
                sum = next
            }
            return 0.5 - density(z) * sum
        }
        if z > 38.5 { return 0 }
        // Laplace's continued fraction Q(z) = φ(z)/(z + 1/(z + 2/(z + 3/(z + …)))), evaluated
        // backwards from a fixed depth that converges to double precision for z > 3.
        var fraction = z
        for n in stride(from: 120, through: 1, by: -1) {
            fraction = z + Double(n) / fraction
        }
        return density(z) / fraction
    }

    /// The z with Q(z) = `probability`, for 0 < probability < 1, by bisection (exact to the last bit).
    public static func upperTailQuantile(_ probability: Double) -> Double {
        guard probability > 0, probability < 1 else {
            return probability <= 0 ? .infinity : -.infinity
        }
        var low = -40.0
        var high = 40.0
        while true {
            let middle = 0.5 * (low + high)
            if middle == low || middle == high { return middle }
            if upperTail(middle) > probability { low = middle } else { high = middle }
        }
    }
}
