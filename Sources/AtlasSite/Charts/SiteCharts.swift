public import AtlasContent
internal import AtlasCharts
internal import AtlasSimulation
internal import Foundation

/// The atlas's own charts: which data each page draws, as chart specs.
enum SiteCharts {
    /// Legend categories in palette order, one per name.
    static func categories(_ names: [String]) -> [ChartCategory] {
        names.enumerated().map { ChartCategory(key: $1, label: $1, color: .series($0 + 1)) }
    }

    // MARK: Maps

    /// Facilities as dots sized by power and coloured by status; countries shaded by facility power.
    static func facilityMap(id: String, title: String, summary: String, facilities: [Entry], world: WorldMap,
                            shadeCountries: Bool, context: SiteContext) -> ChartSpec {
        var dots: [MapDot] = []
        var byCountry: [String: Double] = [:]
        for entry in facilities {
            guard case .facility(let facility) = entry.details else { continue }
            if let lat = facility.lat, let lon = facility.lon {
                dots.append(MapDot(name: entry.title, latitude: lat, longitude: lon, value: facility.powerMW,
                                   category: facility.status?.rawValue, url: context.link(Routes.entry(entry.id))))
            }
            if let country = facility.country, case .region(let region)? = context.graph[EntryID(kind: .regions, slug: country.value)]?.details {
                byCountry[region.isoA3, default: 0] += facility.powerMW ?? 0
            }
        }
        let categories = FacilityStatus.allCases.enumerated().map { index, status in
            ChartCategory(key: status.rawValue, label: status.label, color: .series(index + 1))
        }
        let choropleth = shadeCountries && !byCountry.isEmpty
            ? Choropleth(label: "Announced facility power", format: .number(unit: "MW", decimals: 0),
                         values: byCountry.filter { $0.value > 0 }, bins: .logarithmic)
            : nil
        return ChartSpec(
            id: id, title: title, summary: summary,
            source: "Atlas facility entries; coordinates approximate. Made with Natural Earth.",
            kind: .map(MapChart(world: world, dots: dots, dotCategories: categories, dotValueLabel: "Announced power",
                                dotValueFormat: .number(unit: "MW", decimals: 0), choropleth: choropleth, dotLabel: "Facility")),
            size: ChartSize(width: 960))
    }

    // MARK: Facility supply

    /// A representative week: wind used, battery and grid stacked against the load.
    static func supplyWeek(id: String, supply: WindSupplyResult) -> ChartSpec {
        let week = supply.representativeWeek
        let hours = week.loadMW.indices.map(Double.init)
        let windUsed = zip(week.windMW, week.curtailedMW).map { max(0, $0 - $1) }
        let windToLoad = zip(zip(windUsed, week.batteryMW), week.loadMW).map { pair, load in
            // Wind that charged the battery is not serving the load this hour.
            min(load, max(0, pair.0 - max(0, -pair.1)))
        }
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let labels = hours.map { hour in "\(days[Int(hour) / 24 % 7]) \(String(format: "%02d", Int(hour) % 24)):00" }
        return ChartSpec(
            id: id, title: "A representative week of supply",
            subtitle: "Hourly MW: wind, battery and grid against the site's flat load",
            summary: "In the simulated week closest to the average, own supply covers \(NumberFormatting.percent(week.coverage)) of the load; the grid supplies the rest.",
            source: "Atlas wind and storage model (hourly, seeded)",
            kind: .stackedArea(AreaChart(
                x: hours, xLabels: labels,
                series: [
                    AreaSeries(name: "Wind to load", values: windToLoad, color: .series(1)),
                    AreaSeries(name: "Battery discharge", values: week.batteryMW.map { max(0, $0) }, color: .series(2)),
                    AreaSeries(name: "Grid import", values: week.gridMW, color: .series(3)),
                ],
                lines: [AreaSeries(name: "Load", values: week.loadMW, color: .foreground)],
                xAxis: AxisSpec(label: "Hour of the week", format: .number(decimals: 0),
                                ticks: stride(from: 0, to: 168, by: 24).map { AxisTick(value: Double($0), label: days[$0 / 24]) }),
                yAxis: AxisSpec(label: "Power", format: .number(unit: "MW", decimals: 1), includesZero: true))))
    }

    /// Coverage of the load by own supply, month by month.
    static func monthlyCoverage(id: String, supply: WindSupplyResult) -> ChartSpec {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return ChartSpec(
            id: id, title: "Hourly-matched coverage by month",
            subtitle: "Share of each month's load met by the site's own wind and battery",
            summary: "Own supply covers \(NumberFormatting.percent(supply.coverage)) of the load over \(supply.years) simulated years, from \(NumberFormatting.percent(supply.monthly.map(\.coverage).min() ?? 0)) in the weakest month to \(NumberFormatting.percent(supply.monthly.map(\.coverage).max() ?? 0)) in the strongest.",
            source: "Atlas wind and storage model",
            kind: .bar(BarChart(
                categories: supply.monthly.map { BarCategory(label: months[($0.index - 1 + 12) % 12]) },
                series: [BarSeries(name: "Coverage", values: supply.monthly.map { $0.coverage * 100 })],
                orientation: .vertical,
                valueAxis: AxisSpec(label: "Coverage", format: .percent(decimals: 0), extent: .fixed(lower: 0, upper: 100)),
                categoryLabel: "Month")))
    }

    // MARK: Scenarios

    /// A scenario's curves.
    static func scenario(id: String, title: String, result: ScenarioResult) -> ChartSpec {
        let yFormat: ValueFormat = result.yIsPercent ? .percent(decimals: 0) : .number(unit: result.yUnit, decimals: 2)
        return ChartSpec(
            id: id, title: title, summary: result.summary, source: "Atlas simulation core",
            kind: .line(LineChart(
                series: result.series.enumerated().map { index, series in
                    LineSeries(name: series.name, points: series.points.map { DataPoint(x: $0.x, y: $0.y) }, color: .series(index + 1))
                },
                xAxis: AxisSpec(label: result.xLabel, format: .number(unit: result.xUnit, decimals: 1), scale: result.xLog ? .log : .linear),
                yAxis: AxisSpec(label: result.yLabel, format: yFormat, scale: result.yLog ? .log : .linear,
                                extent: result.yIsPercent ? .fixed(lower: 0, upper: 100) : nil),
                labelling: .automatic)))
    }

    // MARK: Lists

    /// Announced megawatts coming online by first-power year, stacked by status.
    static func pipeline(id: String, facilities: [Entry]) -> ChartSpec {
        var byYear: [Int: [FacilityStatus: Double]] = [:]
        for entry in facilities {
            guard case .facility(let facility) = entry.details, let year = facility.firstPowerYear, let mw = facility.powerMW,
                  let status = facility.status else { continue }
            byYear[year, default: [:]][status, default: 0] += mw
        }
        let years = byYear.keys.sorted()
        let statuses = FacilityStatus.allCases.filter { status in years.contains { byYear[$0]?[status] != nil } }
        return ChartSpec(
            id: id, title: "The pipeline: megawatts by first-power year",
            subtitle: "Announced power of facilities with a known first-power year, by status",
            summary: "Announced power by the year each facility first drew (or plans to draw) power; bases differ between sites, so totals are indicative.",
            source: "Atlas facility entries",
            kind: .bar(BarChart(
                categories: years.map { BarCategory(label: String($0)) },
                series: statuses.map { status in
                    BarSeries(name: status.label, values: years.map { byYear[$0]?[status] }, color: .series((FacilityStatus.allCases.firstIndex(of: status) ?? 0) + 1))
                },
                layout: .stacked, orientation: .vertical,
                valueAxis: AxisSpec(label: "Announced power", format: .number(unit: "MW", decimals: 0)),
                categoryLabel: "First-power year")))
    }

    /// Accelerators by year and dense BF16 throughput, by vendor (the roadmap).
    static func chipRoadmap(id: String, chips: [Entry], context: SiteContext) -> ChartSpec {
        var vendors: [String] = []
        var points: [ScatterPoint] = []
        for entry in chips {
            guard case .chip(let chip) = entry.details, let year = chip.year, let bf16 = chip.bf16TFLOPS else { continue }
            let vendor = chip.vendor.flatMap { context.graph[EntryID(kind: .organizations, slug: $0.value)]?.title } ?? "Other"
            if !vendors.contains(vendor) { vendors.append(vendor) }
            points.append(ScatterPoint(name: entry.title, x: Double(year), y: bf16 * 1e12, group: vendor, url: context.link(Routes.entry(entry.id))))
        }
        vendors.sort()
        return ChartSpec(
            id: id, title: "Accelerator roadmap",
            subtitle: "Dense BF16 throughput by year of introduction, by vendor",
            summary: "Each point is an accelerator; dense BF16 peak rises roughly tenfold from the 2020 A100 to the 2025 Blackwell parts.",
            source: "Atlas chip entries (vendor datasheets; dense, not sparse, figures)",
            kind: .scatter(ScatterChart(
                points: points,
                groups: SiteCharts.categories(vendors),
                xAxis: AxisSpec(label: "Year", format: .year),
                yAxis: AxisSpec(label: "Dense BF16", format: .si(unit: "FLOP/s"), scale: .log),
                pointLabel: "Accelerator")))
    }

    /// Every chip's dense throughput against its power, with `highlight` labelled; `ofAll` is how
    /// many chips the atlas has when `chips` is a selection of them.
    static func flopsVersusPower(id: String, chips: [Entry], highlight: EntryID?, context: SiteContext, ofAll: Int? = nil) -> ChartSpec {
        var points: [ScatterPoint] = []
        for entry in chips {
            guard case .chip(let chip) = entry.details, let tdp = chip.tdpW, let bf16 = chip.bf16TFLOPS else { continue }
            points.append(ScatterPoint(name: entry.title, x: tdp, y: bf16 * 1e12, group: entry.id == highlight ? "this" : "other",
                                       url: context.link(Routes.entry(entry.id)), showsLabel: entry.id == highlight || highlight == nil))
        }
        return ChartSpec(
            id: id, title: "Throughput against power",
            subtitle: ofAll.map { $0 > chips.count } == true
                ? "Dense BF16 FLOP/s against thermal design power: this accelerator and the \(chips.count - 1) nearest to it of the atlas's \(ofAll!)"
                : "Dense BF16 FLOP/s against thermal design power, every accelerator with both figures",
            summary: "Where this accelerator sits among the others: higher and further left is more efficient.",
            source: "Atlas chip entries",
            kind: .scatter(ScatterChart(
                points: points,
                groups: [ChartCategory(key: "this", label: "This accelerator", color: .series(1)),
                         ChartCategory(key: "other", label: "Other accelerators", color: .muted)],
                xAxis: AxisSpec(label: "Thermal design power", format: .number(unit: "W", decimals: 0)),
                yAxis: AxisSpec(label: "Dense BF16", format: .si(unit: "FLOP/s"), scale: .log),
                pointLabel: "Accelerator")))
    }

    /// TPP against performance density, with the 3A090 threshold regions of the October 2023 rule.
    static func exportScatter(id: String, chips: [Entry], context: SiteContext) -> ChartSpec {
        var points: [ScatterPoint] = []
        var groups: [String] = []
        for entry in chips {
            guard case .success(let export)? = context.computed.chips[entry.id], let density = export.performanceDensity else { continue }
            let group = EntityValues.statusText(export.rule2023)
            if !groups.contains(group) { groups.append(group) }
            points.append(ScatterPoint(name: entry.title, x: density, y: export.tpp, group: group, url: context.link(Routes.entry(entry.id))))
        }
        groups.sort()
        return ChartSpec(
            id: id, title: "Where each chip falls under 3A090 (October 2023)",
            subtitle: "Total processing performance against performance density; chips with a published die area",
            summary: "Chips above TPP 4,800, or above TPP 1,600 with density 5.92 or more, are 3A090.a; the .b band sits below. Chips without a published die area cannot be placed.",
            source: "Atlas export-control model; thresholds from 88 FR 73458",
            kind: .scatter(ScatterChart(
                points: points,
                groups: SiteCharts.categories(groups),
                xAxis: AxisSpec(label: "Performance density (TPP per mm²)", format: .number(decimals: 1), scale: .log,
                                references: [.threshold(5.92, label: "PD 5.92"), .threshold(3.2, label: "PD 3.2"), .threshold(1.6, label: "PD 1.6")]),
                yAxis: AxisSpec(label: "Total processing performance", format: .number(decimals: 0), scale: .log,
                                references: [.region(from: 4800, to: nil, label: "3A090.a.1: TPP ≥ 4,800"),
                                             .threshold(2400, label: "TPP 2,400"), .threshold(1600, label: "TPP 1,600")]),
                pointLabel: "Accelerator")))
    }

    /// Deals over time: amount by date, coloured by kind.
    static func dealTimeline(id: String, deals: [Entry], context: SiteContext) -> ChartSpec {
        var points: [ScatterPoint] = []
        var kinds: [String] = []
        for entry in deals {
            guard case .investment(let deal) = entry.details, let amount = deal.amountUSD, amount > 0 else { continue }
            let kind = deal.kind?.label ?? "Other"
            if !kinds.contains(kind) { kinds.append(kind) }
            let x = Double(deal.date.year) + (Double((deal.date.month ?? 7) - 1) + Double((deal.date.day ?? 15) - 1) / 31) / 12
            points.append(ScatterPoint(name: entry.title, x: x, y: Double(amount), group: kind, url: context.link(Routes.entry(entry.id)),
                                       showsLabel: amount >= 10_000_000_000))
        }
        kinds.sort()
        return ChartSpec(
            id: id, title: "Capital flows over time",
            subtitle: "Disclosed deal amounts by announcement date, by kind of deal",
            summary: "Each point is a deal with a disclosed amount; labelled points are $10 billion or more.",
            source: "Atlas investment entries",
            kind: .scatter(ScatterChart(
                points: points,
                groups: SiteCharts.categories(kinds),
                xAxis: AxisSpec(label: "Announced", format: .year),
                yAxis: AxisSpec(label: "Amount", format: .usd, scale: .log),
                pointLabel: "Deal")))
    }
}
