import Foundation

/// Places "nice" ticks: 1-2-5 steps on linear axes, whole decades (or 1-2-5 within one) on log axes.
enum TickGenerator {
    /// The ticks for an axis over `values` (finite, and positive for a log axis; at least one).
    ///
    /// - Parameters:
    ///   - extent: how far the domain reaches; `.fixed` bounds that make no sense fall back to `.nice`.
    ///   - includesZero: stretch a linear domain to zero.
    ///   - targetCount: roughly how many labelled ticks fit.
    static func ticks(
        for values: [Double],
        format: ValueFormat,
        scale: AxisScale,
        extent: AxisExtent,
        includesZero: Bool,
        custom: [AxisTick]? = nil,
        targetCount: Int
    ) -> AxisTicks {
        let target = min(max(targetCount, 2), 12)
        let axis: AxisTicks
        switch scale {
        case .linear: axis = linear(values, format: format, extent: extent, includesZero: includesZero, target: target)
        case .log: axis = logarithmic(values, format: format, extent: extent, target: target)
        }
        guard let custom else { return axis }
        let placed = custom
            .filter { $0.value.isFinite && (scale == .linear || $0.value > 0) }
            .filter { $0.value >= axis.lower - 1e-9 * abs(axis.upper - axis.lower) && $0.value <= axis.upper + 1e-9 * abs(axis.upper - axis.lower) }
            .sorted { $0.value < $1.value }
        var unique: [AxisTicks.Tick] = []
        for tick in placed where unique.last?.value != tick.value {
            unique.append(AxisTicks.Tick(value: tick.value, label: tick.label))
        }
        return AxisTicks(lower: axis.lower, upper: axis.upper, major: unique, minor: [], isLogarithmic: axis.isLogarithmic)
    }

    // MARK: - Linear

    /// A 1-2-5 step of about `span / target`, as an integer mantissa and a power of ten.
    struct Step: Equatable {
        let mantissa: Int
        let exponent: Int

        var value: Double { multiple(1) }

        /// `count × step`, computed so that 3 × 0.1 prints as 0.3.
        func multiple(_ count: Int) -> Double {
            let whole = Double(count * mantissa)
            return exponent >= 0
                ? whole * DecimalText.power(10, exponent)
                : whole / DecimalText.power(10, -exponent)
        }

        static func nice(span: Double, target: Int) -> Step {
            let raw = span / Double(max(target, 1))
            let exponent = DecimalText.decimalExponent(of: raw)
            let residual = raw / DecimalText.power(10, exponent)
            switch residual {
            case ...1.0001: return Step(mantissa: 1, exponent: exponent)
            case ...2.0001: return Step(mantissa: 2, exponent: exponent)
            case ...5.0001: return Step(mantissa: 5, exponent: exponent)
            default: return Step(mantissa: 1, exponent: exponent + 1)
            }
        }
    }

    private static func linear(_ values: [Double], format: ValueFormat, extent: AxisExtent, includesZero: Bool, target: Int) -> AxisTicks {
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        var extent = extent
        if case .fixed(let lower, let upper) = extent {
            if lower.isFinite, upper.isFinite, lower < upper {
                low = lower
                high = upper
            } else {
                extent = .nice
            }
        }
        let isFixed = if case .fixed = extent { true } else { false }
        if includesZero && !isFixed {
            low = min(low, 0)
            high = max(high, 0)
        }
        if high - low <= 1e-9 * max(abs(low), abs(high)) {
            // One value: give it room around itself (or up from zero when zero is wanted).
            let value = high
            if value == 0 {
                (low, high) = (0, 1)
            } else if includesZero {
                (low, high) = value > 0 ? (0, value) : (value, 0)
            } else {
                (low, high) = (value - abs(value) * 0.1, value + abs(value) * 0.1)
            }
            if !isFixed { extent = .nice }
        }
        let step = Step.nice(span: high - low, target: target)
        let stepValue = step.value
        let first: Int
        let last: Int
        let lower: Double
        let upper: Double
        switch extent {
        case .nice:
            first = Int((low / stepValue).rounded(.down))
            last = Int((high / stepValue).rounded(.up))
            lower = step.multiple(first)
            upper = step.multiple(last)
        case .data, .fixed:
            first = Int((low / stepValue - 1e-9).rounded(.up))
            last = Int((high / stepValue + 1e-9).rounded(.down))
            lower = low
            upper = high
        }
        let major = first <= last
            ? (first...last).map { AxisTicks.Tick(value: step.multiple($0), label: format.tickLabel(step.multiple($0), step: stepValue)) }
            : []
        return AxisTicks(lower: lower, upper: upper, major: major, minor: [], isLogarithmic: false)
    }

    // MARK: - Logarithmic

    private static func logarithmic(_ values: [Double], format: ValueFormat, extent: AxisExtent, target: Int) -> AxisTicks {
        var low = values.min() ?? 1
        var high = values.max() ?? 10
        var extent = extent
        if case .fixed(let lower, let upper) = extent {
            if lower.isFinite, upper.isFinite, lower > 0, lower < upper {
                low = lower
                high = upper
            } else {
                extent = .nice
            }
        }
        if high / low < 1 + 1e-9 {
            // One value: show the decade around it.
            extent = .nice
            low /= 3
            high *= 3
        }
        let lower: Double
        let upper: Double
        switch extent {
        case .nice:
            // Out to 1-2-5 values when the data spans little, to whole decades when it spans much.
            let (niceLow, niceHigh) = (oneTwoFiveFloor(low), oneTwoFiveCeiling(high))
            if log10(niceHigh / niceLow) <= 2.5 {
                (lower, upper) = (niceLow, niceHigh)
            } else {
                let lowExponent = DecimalText.decimalExponent(of: low)
                var highExponent = DecimalText.decimalExponent(of: high)
                if DecimalText.power(10, highExponent) < high { highExponent += 1 }
                (lower, upper) = (DecimalText.power(10, lowExponent), DecimalText.power(10, highExponent))
            }
        case .data, .fixed:
            (lower, upper) = (low, high)
        }
        let lowExponent = max(DecimalText.decimalExponent(of: lower), -300)
        let highExponent = min(max(DecimalText.decimalExponent(of: upper), lowExponent), 300)
        let inside = { (value: Double) in value >= lower * (1 - 1e-12) && value <= upper * (1 + 1e-12) }
        let exponents = Array(lowExponent...highExponent)
        let decades = exponents.map { DecimalText.power(10, $0) }.filter(inside)
        let oneTwoFive = exponents.flatMap { exponent in [1.0, 2, 5].map { $0 * DecimalText.power(10, exponent) } }.filter(inside)
        let oneThree = exponents.flatMap { exponent in [1.0, 3].map { $0 * DecimalText.power(10, exponent) } }.filter(inside)
        var major: [Double]
        var minor: [Double] = []
        let allMinor = exponents.flatMap { exponent in (2...9).map { Double($0) * DecimalText.power(10, exponent) } }.filter(inside)
        if decades.count < 3 && oneTwoFive.count <= target + 1 {
            // Within a decade or two, whole decades alone are too few: 1-2-5 steps.
            major = oneTwoFive
            minor = allMinor.filter { !major.contains($0) }
        } else if decades.count < 3 && oneThree.count <= target + 1 {
            major = oneThree
            minor = allMinor.filter { !major.contains($0) }
        } else {
            let every = max(1, Int((Double(decades.count) / Double(target)).rounded(.up)))
            let labelled = exponents.filter { $0.isMultiple(of: every) }.map { DecimalText.power(10, $0) }.filter(inside)
            major = labelled
            if every > 1 {
                minor = decades.filter { !labelled.contains($0) }
            } else if decades.count <= 8 {
                minor = allMinor
            }
        }
        if major.count < 2 {
            // A narrow range (400…600, say) holds too few 1-2-5 values: use evenly spaced linear steps.
            let steps = linear([lower, upper], format: format, extent: .data, includesZero: false, target: target)
            let values = steps.major.map(\.value).filter { $0 > 0 }
            if values.count >= 2 {
                let ticks = steps.major.filter { $0.value > 0 }
                return AxisTicks(lower: lower, upper: upper, major: ticks, minor: [], isLogarithmic: true)
            }
        }
        let ticks = major.sorted().map { AxisTicks.Tick(value: $0, label: format.tickLabel($0, step: $0)) }
        return AxisTicks(lower: lower, upper: upper, major: ticks, minor: minor.sorted(), isLogarithmic: true)
    }

    /// The largest value 1, 2 or 5 × 10ⁿ at or below `value`.
    static func oneTwoFiveFloor(_ value: Double) -> Double {
        let exponent = DecimalText.decimalExponent(of: value)
        let power = DecimalText.power(10, exponent)
        return [5.0, 2, 1].map { $0 * power }.first { $0 <= value * (1 + 1e-12) } ?? power
    }

    /// The smallest value 1, 2 or 5 × 10ⁿ at or above `value`.
    static func oneTwoFiveCeiling(_ value: Double) -> Double {
        let exponent = DecimalText.decimalExponent(of: value)
        let power = DecimalText.power(10, exponent)
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= value * (1 - 1e-12) } ?? 10 * power
    }
}
