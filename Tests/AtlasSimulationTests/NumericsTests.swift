import Testing
@testable import AtlasSimulation

@Suite struct NumericsTests {
    @Test(arguments: [
        (0.0, 1.0), (1.0, 2.718281828459045), (-1.0, 0.36787944117144233), (10.0, 22026.465794806718),
        (-20.0, 2.061153622438558e-09), (0.5, 1.6487212707001282), (700.0, 1.0142320547350045e+304),
    ])
    func expMatchesReferenceValues(x: Double, expected: Double) {
        #expect(abs(Elementary.exp(x) - expected) <= 4 * expected.ulp)
    }

    @Test(arguments: [
        (1.0, 0.0), (2.0, 0.6931471805599453), (10.0, 2.302585092994046), (0.001, -6.907755278982137),
        (1e300, 690.7755278982137), (1.5, 0.4054651081081644), (Double.leastNonzeroMagnitude, -744.4400719213812),
    ])
    func logMatchesReferenceValues(x: Double, expected: Double) {
        #expect(abs(Elementary.log(x) - expected) <= 4 * max(expected.ulp, Double.ulpOfOne))
    }

    @Test func log1pKeepsTinyArguments() {
        #expect(Elementary.log1p(1e-18) == 1e-18)
        #expect(abs(Elementary.log1p(1e-8) - 9.999999950000000333e-9) < 1e-23)
    }

    @Test func gammaMatchesClosedForms() {
        #expect(abs(Elementary.gamma(1.5) - 0.886226925452758) < 1e-14)
        #expect(abs(Elementary.gamma(5) - 24) < 1e-12)
        #expect(abs(Elementary.gamma(1.5555555555555556) - 0.8892867324522129) < 1e-14)
    }

    @Test func normalTailsMatchTables() {
        #expect(abs(NormalDistribution.upperTail(1.96) - 0.024997895148220435) < 1e-15)
        #expect(abs(NormalDistribution.cdf(-1) - 0.15865525393145705) < 1e-15)
        // Relative accuracy deep in the tail, on both sides of the series/continued-fraction switch.
        #expect(abs(NormalDistribution.upperTail(3) / 0.0013498980316300946 - 1) < 1e-12)
        #expect(abs(NormalDistribution.upperTail(6) / 9.865876450376946e-10 - 1) < 1e-12)
        #expect(abs(NormalDistribution.upperTail(10) / 7.619853024160527e-24 - 1) < 1e-12)
    }

    @Test(arguments: [0.5, 0.1, 0.025, 1e-6, 0.9, 0.999])
    func quantileInvertsTheTail(probability: Double) {
        let z = NormalDistribution.upperTailQuantile(probability)
        #expect(abs(NormalDistribution.upperTail(z) / probability - 1) < 1e-13)
    }

    @Test func generatorIsReproducibleAndSeedDependent() {
        var first = Xoshiro256StarStar(seed: 42)
        var second = Xoshiro256StarStar(seed: 42)
        var other = Xoshiro256StarStar(seed: 43)
        let a = (0..<8).map { _ in first.next() }
        #expect(a == (0..<8).map { _ in second.next() })
        #expect(a != (0..<8).map { _ in other.next() })
    }

    @Test func normalSamplerHasStandardMoments() {
        let sampler = NormalSampler()
        var generator = Xoshiro256StarStar(seed: 2024)
        let count = 400_000
        var sum = 0.0, squares = 0.0, below = 0, tail = 0
        for _ in 0..<count {
            let x = sampler.next(using: &generator)
            sum += x
            squares += x * x
            if x < -1 { below += 1 }
            if x > 3 { tail += 1 }
        }
        let mean = sum / Double(count)
        #expect(abs(mean) < 0.006)
        #expect(abs(squares / Double(count) - 1) < 0.01)
        #expect(abs(Double(below) / Double(count) - 0.158655) < 0.003)
        #expect(abs(Double(tail) / Double(count) - 0.0013499) < 0.0003)
    }
}
