/// Groups choropleth values into at most six bins by increasing breaks, one ramp colour each.
struct ChoroplethScale {
    /// Bin boundaries, increasing: a value below `breaks[0]` is in bin 0, at or above `breaks.last` in the last bin.
    let breaks: [Double]
    /// The step used to print the breaks ("500" not "500.0").
    let labelStep: Double
    /// Whether custom breaks were cut to fit the ramp.
    let wasTrimmed: Bool

    /// The ramp has six colours.
    static let maxBins = ChartPalette.ramp.count

    /// Bins for `values` (finite, non-empty) by `bins`.
    init(values: [Double], bins: ChoroplethBins, format: ValueFormat) {
        let low = values.min() ?? 0
        let high = values.max() ?? 1
        var trimmed = false
        switch bins {
        case .automatic:
            var target = 5
            var chosen: [Double] = []
            while target >= 1 {
                let ticks = TickGenerator.ticks(for: [low, high], format: format, scale: .linear, extent: .nice, includesZero: low >= 0, targetCount: target)
                chosen = ticks.major.map(\.value).filter { $0 > ticks.lower && $0 < ticks.upper }
                if chosen.count < Self.maxBins { break }
                target -= 1
            }
            breaks = chosen
            labelStep = chosen.count >= 2 ? chosen[1] - chosen[0] : (chosen.first ?? 1)
        case .logarithmic:
            let positive = values.filter { $0 > 0 }
            let lowest = positive.min() ?? 1
            let highest = positive.max() ?? 10
            var first = DecimalText.decimalExponent(of: lowest) + 1
            let last = DecimalText.decimalExponent(of: highest)
            if last - first + 1 > Self.maxBins - 1 { first = last - (Self.maxBins - 2) }
            breaks = first <= last ? (first...last).map { DecimalText.power(10, $0) } : []
            labelStep = breaks.first ?? 1
        case .breaks(let given):
            var sorted = Array(Set(given.filter { $0.isFinite })).sorted()
            if sorted.count > Self.maxBins - 1 {
                sorted = Array(sorted.prefix(Self.maxBins - 1))
                trimmed = true
            }
            breaks = sorted
            labelStep = sorted.count >= 2 ? zip(sorted, sorted.dropFirst()).map { $1 - $0 }.min() ?? 1 : (sorted.first ?? 1)
        }
        wasTrimmed = trimmed
    }

    /// The number of bins.
    var binCount: Int { breaks.count + 1 }

    /// The bin of `value`.
    func bin(of value: Double) -> Int {
        breaks.firstIndex { value < $0 } ?? breaks.count
    }

    /// The class and light colour of bin `bin`.
    func color(ofBin bin: Int) -> (className: String, hex: String) {
        ChartPalette.rampColor(step: bin, of: binCount)
    }

    /// The label printed at a break.
    func label(ofBreak value: Double, format: ValueFormat) -> String {
        format.tickLabel(value, step: isPowersOfTen ? value : abs(labelStep))
    }

    private var isPowersOfTen: Bool {
        breaks.allSatisfy { $0 > 0 && DecimalText.power(10, DecimalText.decimalExponent(of: $0)) == $0 }
    }
}
