import Foundation

/// Maps data values to positions along one pixel axis, linearly or by powers of ten.
struct PlotScale: Sendable {
    /// The domain's lower and upper value; both positive on a log scale.
    let lower: Double
    let upper: Double
    /// Pixel positions of `lower` and `upper`; `end` may be smaller than `start` (a y axis grows upwards).
    let start: Double
    let end: Double
    let isLogarithmic: Bool

    /// A scale over `lower...upper`, which the caller has made non-empty (and positive for log).
    init(lower: Double, upper: Double, start: Double, end: Double, isLogarithmic: Bool) {
        self.lower = lower
        self.upper = upper
        self.start = start
        self.end = end
        self.isLogarithmic = isLogarithmic
    }

    /// The pixel position of `value`, clamped to the axis so no mark can leave the plot.
    func position(_ value: Double) -> Double {
        let fraction: Double
        if isLogarithmic {
            let low = log10(lower), high = log10(upper)
            fraction = value > 0 ? (log10(value) - low) / (high - low) : 0
        } else {
            fraction = (value - lower) / (upper - lower)
        }
        guard fraction.isFinite else { return start }
        return start + min(max(fraction, 0), 1) * (end - start)
    }

    /// Whether `value` lies in the domain (with a little slack for rounding).
    func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        if isLogarithmic && value <= 0 { return false }
        let slack = isLogarithmic ? 1e-9 * value : 1e-9 * max(abs(upper - lower), 1e-300)
        return value >= lower - slack && value <= upper + slack
    }

    /// The pixel length of the axis.
    var length: Double { abs(end - start) }
}
