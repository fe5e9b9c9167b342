public import AtlasContent
internal import AtlasCharts
internal import Foundation

/// Which charts an entity page shows.
enum EntityCharts {
    static func charts(for entry: Entry, route: String, context: SiteContext) -> [ChartFigure] {
        func figure(_ spec: ChartSpec, _ name: String) -> ChartFigure {
            ChartFigure(spec, name: ChartFigure.name(route: route, chart: name), context: context)
        }
        switch entry.details {
        case .facility:
            guard case .success(let result)? = context.computed.facilities[entry.id], let supply = result.assessment.supply else { return [] }
            return [figure(SiteCharts.supplyWeek(id: "supply-week", supply: supply), "supply-week"),
                    figure(SiteCharts.monthlyCoverage(id: "supply-months", supply: supply), "supply-months")]
        case .chip:
            // The table shows this chip's row; the CSV has every chip of the chart, the chips list all chips.
            let peers = nearestChips(to: entry, among: context.graph.entries(of: .chips), limit: chipComparisonLimit)
            let spec = SiteCharts.flopsVersusPower(id: "flops-power", chips: peers, highlight: entry.id, context: context,
                                                   ofAll: context.graph.entries(of: .chips).count)
            return [ChartFigure(spec, name: ChartFigure.name(route: route, chart: "flops-power"), context: context,
                                tableRows: { $0 == entry.title })]
        case .policy(let policy):
            guard policy.rule != nil, let shared = context.exportFigure else { return [] }
            return [shared]
        case .organization, .region:
            guard let world = context.world else { return [] }
            let facilities = relatedFacilities(entry, context: context)
            guard !facilities.isEmpty else { return [] }
            return [figure(SiteCharts.facilityMap(
                id: "facilities-map", title: "Facilities of \(entry.title)",
                summary: "\(facilities.count) facilit\(facilities.count == 1 ? "y" : "ies") linked to \(entry.title), sized by announced power.",
                facilities: facilities, world: world, shadeCountries: false, context: context), "map")]
        case .scenario:
            guard case .success(let result)? = context.computed.scenarios[entry.id] else { return [] }
            return [figure(SiteCharts.scenario(id: "results", title: entry.title, result: result), "results")]
        case .consortium, .investment, .page:
            return []
        }
    }

    /// Most chips a chip page plots: with more, each page would draw every chip, and the pages
    /// together would grow with the square of the number of chips.
    static let chipComparisonLimit = 40

    /// `chip` and the chips closest to it in the throughput-against-power plane (log scales),
    /// at most `limit` in all, in their original order; every chip when there are no more.
    static func nearestChips(to chip: Entry, among chips: [Entry], limit: Int) -> [Entry] {
        guard chips.count > limit else { return chips }
        func position(_ entry: Entry) -> (Double, Double)? {
            guard case .chip(let fields) = entry.details, let tdp = fields.tdpW, let bf16 = fields.bf16TFLOPS, tdp > 0, bf16 > 0 else { return nil }
            return (log(tdp), log(bf16))
        }
        let origin = position(chip)
        let ranked = chips.enumerated().map { index, entry -> (distance: Double, index: Int) in
            if entry.id == chip.id { return (-1, index) }
            guard let origin, let point = position(entry) else { return (.infinity, index) }
            return ((point.0 - origin.0) * (point.0 - origin.0) + (point.1 - origin.1) * (point.1 - origin.1), index)
        }
        let kept = ranked.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }.prefix(limit).map(\.index).sorted()
        return kept.map { chips[$0] }
    }

    /// Facilities in a region, or operated or owned by an organization, in slug order.
    static func relatedFacilities(_ entry: Entry, context: SiteContext) -> [Entry] {
        context.facilitiesByOwner[entry.id] ?? []
    }
}
