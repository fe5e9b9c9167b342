/// The domain and ticks of one axis: major ticks are labelled and gridded, minor ones only marked.
struct AxisTicks: Sendable, Equatable {
    /// One labelled tick.
    struct Tick: Sendable, Equatable {
        let value: Double
        let label: String
    }

    let lower: Double
    let upper: Double
    let major: [Tick]
    let minor: [Double]
    let isLogarithmic: Bool

    /// The scale that puts this domain on `start...end` pixels.
    func scale(from start: Double, to end: Double) -> PlotScale {
        PlotScale(lower: lower, upper: upper, start: start, end: end, isLogarithmic: isLogarithmic)
    }
}
