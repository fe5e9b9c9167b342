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
            let peers = nearestChips(to: entry, among: context.graph.entries(of: .chips), plane: context.chipPlane, limit: chipComparisonLimit)
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
    static func nearestChips(to chip: Entry, among chips: [Entry], plane: ChipPlane, limit: Int) -> [Entry] {
        guard chips.count > limit else { return chips }
        return plane.nearest(to: chip.id, limit: limit).map { chips[$0] }
    }

    /// Facilities in a region, or operated or owned by an organization, in slug order.
    static func relatedFacilities(_ entry: Entry, context: SiteContext) -> [Entry] {
        context.facilitiesByOwner[entry.id] ?? []
    }
}

/// Every chip's place in the throughput-against-power plane (log scales), found once per build,
/// so each chip page finds its nearest chips without reading every chip's entry again.
struct ChipPlane: Sendable {
    /// Positions in the order of `chips`; nil without both figures.
    private let positions: [SIMD2<Double>?]
    private let indexByID: [EntryID: Int]

    init(chips: [Entry]) {
        positions = chips.map { entry in
            guard case .chip(let fields) = entry.details, let tdp = fields.tdpW, let bf16 = fields.bf16TFLOPS, tdp > 0, bf16 > 0 else { return nil }
            return SIMD2(log(tdp), log(bf16))
        }
        indexByID = Dictionary(chips.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Indices of `id` and its nearest chips, `limit` in all, ascending; chips without a place
    /// come last, by index, so the choice never depends on anything but the content.
    func nearest(to id: EntryID, limit: Int) -> [Int] {
        guard let own = indexByID[id] else { return Array(positions.indices.prefix(limit)) }
        let origin = positions[own]
        var ranked: [(distance: Double, index: Int)] = []
        ranked.reserveCapacity(positions.count)
        for (index, position) in positions.enumerated() {
            if index == own { ranked.append((-1, index)); continue }
            guard let origin, let position else { ranked.append((.infinity, index)); continue }
            let delta = position - origin
            ranked.append(((delta * delta).sum(), index))
        }
        return ranked.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }.prefix(limit).map(\.index).sorted()
    }
}
