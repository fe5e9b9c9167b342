import AtlasCharts

/// Random chart specifications with awkward data: NaN, infinities, zeros, negatives on log axes,
/// single points, huge and tiny magnitudes, empty series, odd sizes.
struct RandomCharts {
    var generator: SeededGenerator

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    /// A value that is usually ordinary and sometimes hostile.
    mutating func value(scale: Double = 1000) -> Double {
        switch Int.random(in: 0..<20, using: &generator) {
        case 0: return .nan
        case 1: return .infinity
        case 2: return -.infinity
        case 3: return 0
        case 4: return -Double.random(in: 0...scale, using: &generator)
        case 5: return Double.random(in: 0...1e-6, using: &generator)
        case 6: return Double.random(in: 1e12...1e20, using: &generator)
        case 7: return 42
        default: return Double.random(in: 0...scale, using: &generator)
        }
    }

    mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &generator) < probability }

    mutating func scale() -> AxisScale { chance(0.4) ? .log : .linear }

    mutating func format() -> ValueFormat {
        [ValueFormat.number(unit: "MW", decimals: 1), .si(unit: "FLOP/s"), .usd, .percent(), .year, .scientific(unit: "FLOP")][count(0...5)]
    }

    mutating func extent() -> AxisExtent? {
        switch count(0...5) {
        case 0: return .nice
        case 1: return .data
        case 2: return .fixed(lower: value(), upper: value())
        default: return nil
        }
    }

    mutating func references() -> [AxisReference] {
        var references: [AxisReference] = []
        if chance(0.3) { references.append(.threshold(value(), label: "Threshold")) }
        if chance(0.3) { references.append(.region(from: chance(0.5) ? nil : value(), to: chance(0.5) ? nil : value(), label: "Region")) }
        return references
    }

    mutating func axis() -> AxisSpec {
        AxisSpec(
            label: chance(0.8) ? "Quantity \(count(1...99))" : "",
            format: format(), scale: scale(), extent: extent(),
            includesZero: chance(0.3) ? chance(0.5) : nil, references: references()
        )
    }

    mutating func size() -> ChartSize {
        ChartSize(width: Double(count(240...1200)), height: chance(0.5) ? nil : Double(count(160...900)))
    }

    mutating func name() -> String {
        let words = ["Colossus", "Stargate", "Hyperion", "Rainier", "Ålesund <&> \"quoted\"", "Jade", "a very long facility name that will not fit anywhere"]
        return words[count(0...(words.count - 1))]
    }

    mutating func spec(_ kind: ChartKind, index: Int) -> ChartSpec {
        ChartSpec(
            id: "random \(index)", title: "Random chart \(index)", subtitle: chance(0.5) ? "A subtitle" : nil,
            summary: "Random data.", source: chance(0.5) ? "Tests" : nil, kind: kind, size: size()
        )
    }

    mutating func bars(_ index: Int) -> ChartSpec {
        let categories = (0..<count(0...14)).map { BarCategory(label: name() + " \($0)", url: chance(0.3) ? "/x/\($0)/?a=1&b=2" : nil) }
        let series = (0..<count(0...4)).map { number in
            BarSeries(name: "Series \(number)", values: (0..<count(0...16)).map { _ in chance(0.1) ? nil : value() })
        }
        return spec(.bar(BarChart(
            categories: categories, series: series, layout: chance(0.5) ? .grouped : .stacked,
            orientation: chance(0.5) ? .horizontal : .vertical, valueAxis: axis(), showsValueLabels: chance(0.8)
        )), index: index)
    }

    mutating func lines(_ index: Int) -> ChartSpec {
        let series = (0..<count(0...5)).map { number in
            LineSeries(
                name: name() + " \(number)",
                points: (0..<count(0...60)).map { _ in DataPoint(x: chance(0.5) ? Double(count(1990...2035)) : value(), y: value()) },
                isDashed: chance(0.2)
            )
        }
        let labelling: SeriesLabelling = [.automatic, .direct, .legend][count(0...2)]
        return spec(.line(LineChart(series: series, xAxis: axis(), yAxis: axis(), labelling: labelling)), index: index)
    }

    mutating func areas(_ index: Int) -> ChartSpec {
        let length = count(0...200)
        let xs = (0..<length).map { chance(0.02) ? value() : Double($0) }
        let series = (0..<count(0...4)).map { number in
            AreaSeries(name: "Source \(number)", values: (0..<count(max(0, length - 3)...(length + 3))).map { _ in value(scale: 100) })
        }
        let lines = (0..<count(0...2)).map { number in
            AreaSeries(name: "Load \(number)", values: (0..<length).map { _ in value(scale: 150) })
        }
        return spec(.stackedArea(AreaChart(
            x: xs, xLabels: chance(0.5) ? xs.map { "h\($0)" } : nil, series: series, lines: lines, xAxis: axis(), yAxis: axis()
        )), index: index)
    }

    mutating func scatter(_ index: Int) -> ChartSpec {
        let groups = (0..<count(0...4)).map { ChartCategory(key: "g\($0)", label: "Group \($0)") }
        let points = (0..<count(0...80)).map { number in
            ScatterPoint(
                name: name() + " \(number)", x: value(), y: value(), group: chance(0.8) ? "g\(count(0...5))" : nil,
                url: chance(0.5) ? "/p/\(number)/" : nil, showsLabel: chance(0.7)
            )
        }
        return spec(.scatter(ScatterChart(points: points, groups: groups, xAxis: axis(), yAxis: axis())), index: index)
    }

    mutating func map(_ index: Int, world: WorldMap) -> ChartSpec {
        let dots = (0..<count(0...60)).map { number in
            MapDot(
                name: name() + " \(number)",
                latitude: chance(0.05) ? .nan : Double.random(in: -95...95, using: &generator),
                longitude: chance(0.05) ? .infinity : Double.random(in: -185...185, using: &generator),
                value: chance(0.2) ? nil : value(), category: chance(0.8) ? ["operational", "planned", "unknown"][count(0...2)] : nil,
                url: chance(0.5) ? "/facilities/\(number)/" : nil
            )
        }
        let codes = ["USA", "CHN", "IND", "FRA", "NOR", "BRA", "XXX", "AUS", "ZAF", "RUS", "FJI"]
        var values: [String: Double] = [:]
        for code in codes where chance(0.6) { values[code] = value() }
        let bins: ChoroplethBins = [.automatic, .logarithmic, .breaks((0..<count(0...9)).map { _ in value() })][count(0...2)]
        let choropleth = chance(0.6) ? Choropleth(label: "Metric", format: format(), values: values, bins: bins) : nil
        return spec(.map(MapChart(
            world: world, dots: dots,
            dotCategories: [ChartCategory(key: "operational", label: "Operational"), ChartCategory(key: "planned", label: "Planned")],
            dotValueLabel: "Power", dotValueFormat: .number(unit: "MW"), choropleth: choropleth
        )), index: index)
    }
}
