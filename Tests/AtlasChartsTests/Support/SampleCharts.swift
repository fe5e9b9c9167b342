import AtlasCharts
import Foundation

/// One chart of each kind, with figures of the shape the atlas holds, for golden files and smoke tests.
enum SampleCharts {
    /// Every sample with its golden file name.
    static var all: [(name: String, spec: ChartSpec)] {
        [
            ("bar-horizontal.svg", horizontalBars),
            ("bar-grouped.svg", groupedBars),
            ("bar-stacked.svg", stackedColumns),
            ("line-linear.svg", linearLines),
            ("line-log.svg", logLines),
            ("area-stacked.svg", hourlySupply),
            ("scatter-log.svg", chipScatter),
            ("map-world.svg", worldMap),
            ("no-data.svg", noData),
        ]
    }

    static let chips: [(name: String, vendor: String, year: Double, tdp: Double, tpp: Double, bf16: Double, fp8: Double?)] = [
        ("NVIDIA A100", "nvidia", 2020, 400, 4992, 312, nil),
        ("NVIDIA H100 SXM5", "nvidia", 2022, 700, 15831, 989.4, 1978.9),
        ("NVIDIA H20", "nvidia", 2024, 400, 2368, 148, 296),
        ("NVIDIA B200", "nvidia", 2024, 1000, 36000, 2250, 4500),
        ("NVIDIA GB300", "nvidia", 2025, 1400, 60000, 2500, 5000),
        ("AMD Instinct MI300X", "amd", 2023, 750, 20919, 1307.4, 2614.9),
        ("AMD Instinct MI355X", "amd", 2025, 1400, 60000, 2500, 5000),
        ("Intel Gaudi 3", "intel", 2024, 900, 29360, 1835, 1835),
        ("Huawei Ascend 910B", "huawei", 2023, 400, 5120, 320, nil),
        ("Meta MTIA v2", "meta", 2024, 90, 2832, 177, nil),
    ]

    static let exportThreshold = AxisReference.threshold(4800, label: "3A090.a threshold: TPP 4,800")

    static var horizontalBars: ChartSpec {
        let sorted = chips.sorted { $0.tpp > $1.tpp }
        return ChartSpec(
            id: "chip-tpp",
            title: "Total processing performance of AI accelerators",
            subtitle: "TPP = 2 × dense MAC rate × bit length; the US export rule 3A090 uses it as its threshold.",
            summary: "NVIDIA's GB300 and AMD's MI355X lead at a TPP of 60,000; every chip shown but the H20 and MTIA v2 exceeds the 4,800 threshold.",
            source: "Vendor datasheets; atlas derivation",
            kind: .bar(BarChart(
                categories: sorted.map { BarCategory(label: $0.name, url: "/chips/\($0.name.lowercased().replacingOccurrences(of: " ", with: "-"))/") },
                series: [BarSeries(name: "TPP", values: sorted.map(\.tpp))],
                valueAxis: AxisSpec(label: "Total processing performance", format: .number(decimals: 0), references: [exportThreshold]),
                categoryLabel: "Accelerator"
            ))
        )
    }

    static var groupedBars: ChartSpec {
        let picked = chips.filter { $0.fp8 != nil }
        return ChartSpec(
            id: "chip-precision",
            title: "Dense compute by number format",
            summary: "Halving the number format roughly doubles dense throughput on every accelerator shown.",
            source: "Vendor datasheets (dense, without sparsity)",
            kind: .bar(BarChart(
                categories: picked.map { BarCategory(label: $0.name) },
                series: [
                    BarSeries(name: "BF16", values: picked.map(\.bf16)),
                    BarSeries(name: "FP8", values: picked.map(\.fp8)),
                ],
                layout: .grouped,
                valueAxis: AxisSpec(label: "Dense throughput", format: .si(unit: "FLOP/s")),
                categoryLabel: "Accelerator"
            ))
        )
        .scaledValues(by: 1e12)
    }

    static var stackedColumns: ChartSpec {
        ChartSpec(
            id: "power-by-year",
            title: "Announced AI campus power by year of first power",
            subtitle: "Gigawatts, by project status",
            summary: "Announced capacity rises from about 1 GW first powered in 2024 to more than 9 GW planned for 2027.",
            source: "Atlas facility pages (sample figures)",
            kind: .bar(BarChart(
                categories: ["2023", "2024", "2025", "2026", "2027", "2028"].map { BarCategory(label: $0) },
                series: [
                    BarSeries(name: "Operational", values: [0.4, 1.1, 2.6, 0.8, nil, nil], color: .series(3)),
                    BarSeries(name: "Under construction", values: [nil, 0.2, 1.9, 5.4, 4.1, 1.0], color: .series(2)),
                    BarSeries(name: "Planned", values: [nil, nil, 0.3, 2.2, 5.3, 3.5], color: .series(1)),
                ],
                layout: .stacked,
                orientation: .vertical,
                valueAxis: AxisSpec(label: "Power", format: .number(unit: "GW", decimals: 1)),
                categoryLabel: "Year"
            ))
        )
    }

    static var linearLines: ChartSpec {
        func series(_ vendor: String, _ name: String, _ color: Int) -> LineSeries {
            LineSeries(
                name: name,
                points: chips.filter { $0.vendor == vendor && $0.name != "NVIDIA H20" }.map { DataPoint(x: $0.year, y: $0.tdp) },
                color: .series(color)
            )
        }
        return ChartSpec(
            id: "tdp-by-year",
            title: "Accelerator power has tripled since 2020",
            subtitle: "Thermal design power of flagship accelerators, by year of release",
            summary: "Flagship accelerator power rose from 400 W in 2020 to 1,400 W in 2025 at both NVIDIA and AMD.",
            source: "Vendor datasheets",
            kind: .line(LineChart(
                series: [series("nvidia", "NVIDIA", 1), series("amd", "AMD", 4), series("intel", "Intel", 3)],
                xAxis: AxisSpec(format: .year),
                yAxis: AxisSpec(label: "Thermal design power", format: .number(unit: "W", decimals: 0)),
                xLabel: "Year"
            ))
        )
    }

    static var logLines: ChartSpec {
        let years = Array(stride(from: 2016.0, through: 2026, by: 1))
        let largest: [Double] = [30, 45, 60, 90, 120, 150, 300, 600, 1200, 2200, 5000]
        let median: [Double] = [8, 9, 12, 14, 16, 20, 28, 40, 60, 95, 150]
        return ChartSpec(
            id: "campus-power",
            title: "The largest AI campuses grew a hundredfold in ten years",
            subtitle: "Announced power of AI data-center campuses, megawatts (log scale)",
            summary: "The largest announced campus grew from about 30 MW in 2016 to 5 GW in 2026; the median grew from 8 to 150 MW.",
            source: "Atlas facility pages (sample figures)",
            kind: .line(LineChart(
                series: [
                    LineSeries(name: "Largest campus", points: zip(years, largest).map { DataPoint(x: $0, y: $1) }),
                    LineSeries(name: "Median campus", points: zip(years, median).map { DataPoint(x: $0, y: $1) }),
                    LineSeries(name: "Projection", points: [DataPoint(x: 2026, y: 5000), DataPoint(x: 2028, y: 10000)], color: .series(1), isDashed: true),
                ],
                xAxis: AxisSpec(format: .year),
                yAxis: AxisSpec(label: "Power", format: .si(unit: "W"), scale: .log, references: [.threshold(1e9, label: "1 GW")]),
                xLabel: "Year"
            ))
        )
        .scaledLineValues(by: 1e6)
    }

    static var hourlySupply: ChartSpec {
        let hours = Array(0..<168)
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let wind = hours.map { hour -> Double in
            let h = Double(hour)
            return max(0, 75 + 55 * sin(h / 17) + 25 * sin(h / 5.3) + 10 * cos(h / 2.1))
        }
        let load = hours.map { hour -> Double in
            let h = Double(hour)
            return 100 + 8 * sin((h.truncatingRemainder(dividingBy: 24) - 6) / 24 * 2 * .pi)
        }
        var charge = 40.0
        var storage: [Double] = []
        var grid: [Double] = []
        for (index, need) in load.enumerated() {
            let shortfall = need - wind[index]
            let discharge = shortfall > 0 ? min(shortfall, 25, charge) : 0
            charge = min(80, charge - discharge + max(0, -shortfall) * 0.9)
            storage.append(discharge)
            grid.append(max(0, shortfall - discharge))
        }
        let windUsed = zip(wind, load).map { min($0, $1) }
        return ChartSpec(
            id: "hourly-supply",
            title: "A week of supply for a 100 MW floating campus",
            subtitle: "Hourly power by source against load",
            summary: "Wind covers most hours; storage fills short lulls and grid imports cover the long calm on Thursday and Friday.",
            source: "Atlas energy model (sample week)",
            kind: .stackedArea(AreaChart(
                x: hours.map(Double.init),
                xLabels: hours.map { "\(days[$0 / 24]) \($0 % 24 < 10 ? "0" : "")\($0 % 24):00" },
                series: [
                    AreaSeries(name: "Wind", values: windUsed, color: .series(5)),
                    AreaSeries(name: "Storage discharge", values: storage, color: .series(2)),
                    AreaSeries(name: "Grid import", values: grid, color: .series(6)),
                ],
                lines: [AreaSeries(name: "Load", values: load)],
                xAxis: AxisSpec(ticks: days.enumerated().map { AxisTick(value: Double($0.offset * 24), label: $0.element) }),
                yAxis: AxisSpec(label: "Power", format: .number(unit: "MW", decimals: 1)),
                xLabel: "Hour"
            ))
        )
    }

    static var chipScatter: ChartSpec {
        ChartSpec(
            id: "chip-scatter",
            title: "More power buys more performance, past the export threshold",
            subtitle: "Thermal design power against total processing performance (both log scales)",
            summary: "All accelerators above about 500 W exceed the 3A090 threshold of TPP 4,800; the H20 and MTIA v2 stay below it.",
            source: "Vendor datasheets; atlas derivation",
            kind: .scatter(ScatterChart(
                points: chips.map {
                    ScatterPoint(name: $0.name, x: $0.tdp, y: $0.tpp, group: $0.vendor, url: "/chips/\($0.name.lowercased().replacingOccurrences(of: " ", with: "-"))/")
                },
                groups: [
                    ChartCategory(key: "nvidia", label: "NVIDIA"), ChartCategory(key: "amd", label: "AMD"),
                    ChartCategory(key: "intel", label: "Intel"), ChartCategory(key: "huawei", label: "Huawei"),
                    ChartCategory(key: "meta", label: "Meta"),
                ],
                xAxis: AxisSpec(label: "Thermal design power", format: .si(unit: "W"), scale: .log),
                yAxis: AxisSpec(
                    label: "Total processing performance", format: .number(decimals: 0), scale: .log,
                    references: [exportThreshold, .region(from: 4800, to: nil, label: "Controlled without a licence")]
                ),
                pointLabel: "Accelerator"
            ))
        )
    }

    static var worldMap: ChartSpec {
        let facilities: [(String, Double, Double, String, Double?)] = [
            ("Colossus 2", 35.0, -90.03, "operational", 1000), ("Hyperion", 32.46, -91.65, "construction", 5000),
            ("Stargate I, Abilene", 32.449, -99.733, "operational", 1200), ("Stargate Milam County", 30.79, -96.98, "planned", 1500),
            ("Project Rainier", 41.7, -86.51, "operational", 2200), ("Polaris Forge 1", 46.003, -98.527, "operational", 400),
            ("Nebius Mäntsälä", 60.634, 25.318, "operational", 75), ("Nebius Vineland", 39.46, -75.01, "operational", 300),
            ("Project Jade", 41.02, -104.8, "construction", 1800), ("Stargate UAE", 24.45, 54.38, "construction", 1000),
            ("Stargate Norway", 68.44, 17.43, "construction", 230), ("Humain Riyadh", 24.713, 46.675, "construction", 100),
            ("Reliance Jamnagar", 22.47, 70.06, "planned", 3000), ("Google Visakhapatnam", 17.69, 83.22, "planned", 1000),
            ("SoftBank Sakai", 34.57, 135.44, "construction", 150), ("ABCI 3.0", 35.9, 139.94, "operational", nil),
            ("SK Ulsan", 35.52, 129.38, "construction", 103), ("Hainan undersea", 18.4, 110.05, "operational", nil),
            ("Shanghai Lingang", 30.8, 122.05, "operational", 24), ("Nautilus Stockton", 37.946, -121.33, "operational", 6.5),
        ]
        let intensity: [String: Double] = [
            "USA": 383.5, "CHN": 559.6, "IND": 708.3, "JPN": 482.3, "KOR": 414.3, "SAU": 696.3, "ARE": 492.7, "GBR": 210.9,
            "DEU": 344.1, "FRA": 44.2, "NOR": 30.7, "FIN": 72.2, "SWE": 35.8, "IRL": 279.7, "NLD": 253.3, "ESP": 146.2,
            "PRT": 112.3, "MYS": 604.4, "TWN": 635.7, "CAN": 174.8, "BRA": 103.2, "ISL": 28.3, "AUS": 551.6,
        ]
        return ChartSpec(
            id: "world-facilities",
            title: "Where the AI campuses are",
            subtitle: "Facilities by announced power and status; countries by grid carbon intensity",
            summary: "Most announced AI power is in the United States; the largest sites outside it are in India and the Gulf, on grids above 400 g CO₂ per kWh.",
            source: "Atlas facility pages; Ember via Our World in Data (2024). Made with Natural Earth.",
            kind: .map(MapChart(
                world: RepositoryData.world,
                dots: facilities.map { MapDot(name: $0.0, latitude: $0.1, longitude: $0.2, value: $0.4, category: $0.3, url: "/facilities/\($0.0.lowercased().replacingOccurrences(of: " ", with: "-"))/") },
                dotCategories: [
                    ChartCategory(key: "operational", label: "Operational", color: .series(3)),
                    ChartCategory(key: "construction", label: "Under construction", color: .series(2)),
                    ChartCategory(key: "planned", label: "Planned", color: .series(6)),
                ],
                dotValueLabel: "Power",
                dotValueFormat: .number(unit: "MW", decimals: 1),
                choropleth: Choropleth(label: "Grid carbon intensity", format: .number(unit: "g CO₂/kWh", decimals: 0), values: intensity),
                dotLabel: "Facility"
            )),
            size: ChartSize(width: 960)
        )
    }

    static var noData: ChartSpec {
        ChartSpec(
            id: "empty",
            title: "Training compute of frontier models",
            summary: "No values are available yet.",
            kind: .line(LineChart(
                series: [LineSeries(name: "Models", points: [DataPoint(x: 2024, y: -1), DataPoint(x: .nan, y: 3), DataPoint(x: 2025, y: .infinity)])],
                xAxis: AxisSpec(format: .year),
                yAxis: AxisSpec(label: "Training compute", format: .scientific(unit: "FLOP"), scale: .log)
            ))
        )
    }
}

private extension ChartSpec {
    /// The bar values multiplied by `factor` (datasheets give TFLOP/s; the axis formats FLOP/s).
    func scaledValues(by factor: Double) -> ChartSpec {
        guard case .bar(var chart) = kind else { return self }
        chart.series = chart.series.map { series in
            var copy = series
            copy.values = series.values.map { $0.map { $0 * factor } }
            return copy
        }
        var copy = self
        copy.kind = .bar(chart)
        return copy
    }

    /// The line y values multiplied by `factor` (MW to W for an SI axis).
    func scaledLineValues(by factor: Double) -> ChartSpec {
        guard case .line(var chart) = kind else { return self }
        chart.series = chart.series.map { series in
            var copy = series
            copy.points = series.points.map { DataPoint(x: $0.x, y: $0.y * factor) }
            return copy
        }
        var copy = self
        copy.kind = .line(chart)
        return copy
    }
}
