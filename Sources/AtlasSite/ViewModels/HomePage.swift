public import AtlasContent
internal import AtlasSimulation

/// A headline number.
struct Stat: Sendable {
    let label: String
    let value: String
    let url: String
}

/// Facilities in one status, with their announced power.
struct StatusSummary: Sendable {
    let label: String
    let url: String
    let count: Int
    let megawatts: String
}

/// The home page: headline totals, the pipeline by status, latest deals and the atlas's themes.
struct HomePage: Sendable {
    let site: SiteChrome
    let page: PageMeta
    let stats: [Stat]
    let statuses: [StatusSummary]
    let latestInvestments: [CollectionItem]
    let themes: [LinkItem]
    let headline: [Stat]
    let charts: [ChartFigure]

    init(context: SiteContext) {
        site = context.chrome(section: nil)
        page = context.meta(title: "Atlas of the AI-infrastructure buildout",
                            description: "Facilities, chips, consortia, investments and policies of the AI-infrastructure buildout, sourced and cross-referenced.",
                            route: "", breadcrumbs: [])
        let kinds: [ContentKind] = [.facilities, .chips, .consortia, .investments, .organizations, .regions, .policies]
        stats = kinds.map { Stat(label: $0.plural, value: NumberFormatting.integer(context.graph.entries(of: $0).count), url: context.link(Routes.list($0))) }

        var byStatus: [FacilityStatus: (count: Int, mw: Double)] = [:]
        for entry in context.graph.entries(of: .facilities) {
            guard case .facility(let facility) = entry.details, let status = facility.status else { continue }
            byStatus[status, default: (0, 0)].count += 1
            byStatus[status, default: (0, 0)].mw += facility.powerMW ?? 0
        }
        statuses = FacilityStatus.allCases.compactMap { status in
            guard let summary = byStatus[status] else { return nil }
            return StatusSummary(label: status.label, url: context.link(Routes.status(status)), count: summary.count,
                                 megawatts: NumberFormatting.decimal(summary.mw, decimals: 0))
        }
        latestInvestments = ListPage.ordered(context.graph.entries(of: .investments), kind: .investments).prefix(5).map {
            CollectionItem(title: $0.title, url: context.link(Routes.entry($0.id)), summary: $0.common.summary)
        }
        // The theme pages tell the story; fall back to the sections when one is missing.
        let themePages: [(slug: String, fallback: LinkItem)] = [
            ("optical-interconnects", LinkItem(title: "Optical interconnects", url: context.link(Routes.list(.consortia)))),
            ("offshore-and-floating", LinkItem(title: "Offshore and floating data centers", url: context.link(Routes.siting(.floating)))),
            ("power-and-sovereignty", LinkItem(title: "Power and sovereignty", url: context.link(Routes.list(.regions)))),
            ("export-controls", LinkItem(title: "Export controls", url: context.link(Routes.list(.policies)))),
            ("capital-flows", LinkItem(title: "Capital flows", url: context.link(Routes.list(.investments)))),
            ("distributed-ai", LinkItem(title: "Distributed AI across regions", url: context.link(Routes.list(.scenarios)))),
        ]
        var themes = themePages.map { theme in
            context.graph[EntryID(kind: .pages, slug: theme.slug)].map { LinkItem(title: $0.title, url: context.link(Routes.entry($0.id))) } ?? theme.fallback
        }
        themes.append(LinkItem(title: "Scenarios", url: context.link(Routes.list(.scenarios))))
        self.themes = themes

        // Headline totals from the simulation core, over every facility it could model.
        var accelerators = 0, bf16 = 0.0, energyMWh = 0.0, modelled = 0
        for case .success(let result) in context.computed.facilities.values {
            modelled += 1
            accelerators += result.assessment.capacity.accelerators
            bf16 += result.assessment.capacity.peak(.bf16) ?? 0
            energyMWh += result.assessment.energy.facilityEnergyMWh
        }
        headline = [
            Stat(label: "facilities modelled", value: NumberFormatting.integer(modelled), url: context.link(Routes.list(.facilities))),
            Stat(label: "accelerators (declared or derived)", value: NumberFormatting.compact(Double(accelerators)), url: context.link(Routes.list(.facilities))),
            Stat(label: "peak dense BF16", value: NumberFormatting.si(bf16, unit: "FLOP/s"), url: context.link(Routes.list(.facilities))),
            Stat(label: "facility energy a year", value: NumberFormatting.si(energyMWh * 1e6, unit: "Wh"), url: context.link(Routes.list(.facilities))),
        ]
        if let world = context.world {
            let facilities = context.graph.entries(of: .facilities)
            let located = facilities.filter { if case .facility(let f) = $0.details { return f.lat != nil } else { return false } }
            charts = [ChartFigure(SiteCharts.facilityMap(
                id: "home-map", title: "AI data centers of the atlas",
                summary: "\(located.count) of \(facilities.count) facilities have approximate coordinates; dots are sized by announced power and coloured by status, countries shaded by the announced power of their facilities.",
                facilities: facilities, world: world, shadeCountries: true, context: context),
                name: ChartFigure.name(route: "", chart: "map"), context: context)]
        } else {
            charts = []
        }
    }
}

/// The not-found page.
struct NotFoundPage: Sendable {
    let site: SiteChrome
    let page: PageMeta

    init(context: SiteContext) {
        site = context.chrome(section: nil)
        page = context.meta(title: "Page not found", description: "This page does not exist in the atlas.", route: "404.html", breadcrumbs: [])
    }
}
