public import AtlasContent
internal import AtlasCharts

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
            // The table shows this chip's row; every chip is in the chart, the CSV and the chips list.
            let spec = SiteCharts.flopsVersusPower(id: "flops-power", chips: context.graph.entries(of: .chips), highlight: entry.id, context: context)
            return [ChartFigure(spec, name: ChartFigure.name(route: route, chart: "flops-power"), context: context,
                                tableRows: { $0 == entry.title })]
        case .policy(let policy):
            guard policy.rule != nil else { return [] }
            return [figure(SiteCharts.exportScatter(id: "export-scatter", chips: context.graph.entries(of: .chips), context: context), "export-scatter")]
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

    /// Facilities in a region, or operated or owned by an organization, in slug order.
    static func relatedFacilities(_ entry: Entry, context: SiteContext) -> [Entry] {
        context.facilitiesByOwner[entry.id] ?? []
    }
}
