public import AtlasContent

/// A table cell; numeric cells align right.
struct Cell: Sendable {
    let text: String
    var url: String? = nil
    var numeric = false
}

/// A table column heading.
struct Column: Sendable {
    let label: String
    var numeric = false
}

/// A table row.
struct Row: Sendable {
    let cells: [Cell]
}

/// The view model of a kind's list page: a sortable-by-eye table in a sensible default order.
struct ListPage: Sendable {
    let site: SiteChrome
    let page: PageMeta
    let heading: String
    let intro: String
    let count: Int
    let columns: [Column]
    let rows: [Row]
    let charts: [ChartFigure]

    init(kind: ContentKind, context: SiteContext) {
        let entries = Self.ordered(context.graph.entries(of: kind), kind: kind)
        site = context.chrome(section: kind)
        page = context.meta(title: kind.plural, description: Self.intro(kind), route: Routes.list(kind), breadcrumbs: [])
        heading = kind.plural
        intro = Self.intro(kind)
        count = entries.count
        let table = Self.table(kind, entries: entries, context: context)
        columns = table.columns
        rows = table.rows
        let route = Routes.list(kind)
        switch kind {
        case .facilities:
            var figures = [ChartFigure(SiteCharts.pipeline(id: "facilities-pipeline", facilities: entries),
                                       name: ChartFigure.name(route: route, chart: "pipeline"), context: context)]
            if let world = context.world {
                figures.insert(ChartFigure(SiteCharts.facilityMap(
                    id: "facilities-map", title: "Where the facilities are",
                    summary: "Facilities with approximate coordinates, sized by announced power and coloured by status.",
                    facilities: entries, world: world, shadeCountries: false, context: context),
                    name: ChartFigure.name(route: route, chart: "map"), context: context), at: 0)
            }
            charts = figures
        case .chips:
            charts = [ChartFigure(SiteCharts.chipRoadmap(id: "chips-roadmap", chips: entries, context: context),
                                  name: ChartFigure.name(route: route, chart: "roadmap"), context: context)]
        case .investments:
            charts = [ChartFigure(SiteCharts.dealTimeline(id: "investments-timeline", deals: entries, context: context),
                                  name: ChartFigure.name(route: route, chart: "timeline"), context: context)]
        default:
            charts = []
        }
    }

    static func intro(_ kind: ContentKind) -> String {
        switch kind {
        case .facilities: "AI data-center campuses on land, afloat and under the sea, largest announced power first. Power figures measure different things (grid connection, facility or IT load); the basis is given with each."
        case .chips: "AI accelerators with their dense throughput, newest first."
        case .consortia: "Consortia, standards bodies and multi-source agreements that shape AI hardware."
        case .investments: "Funding rounds, strategic stakes, supply and offtake agreements and project finance, newest first."
        case .organizations: "Companies, labs, investors and public bodies in the buildout."
        case .regions: "Countries and regions, with the carbon intensity of their grids."
        case .policies: "Export controls, industrial policy and permitting measures, newest first."
        case .scenarios: "What-if studies run by the atlas's simulation core, each with its parameters, results and charts."
        case .pages: "Pages."
        }
    }

    /// Largest facilities, newest chips, deals and policies first; everything else by title.
    static func ordered(_ entries: [Entry], kind: ContentKind) -> [Entry] {
        entries.sorted { a, b in
            switch (a.details, b.details) {
            case (.facility(let x), .facility(let y)):
                if (x.powerMW ?? -1) != (y.powerMW ?? -1) { return (x.powerMW ?? -1) > (y.powerMW ?? -1) }
            case (.chip(let x), .chip(let y)):
                if (x.year ?? 0) != (y.year ?? 0) { return (x.year ?? 0) > (y.year ?? 0) }
            case (.investment(let x), .investment(let y)):
                if x.date != y.date { return x.date > y.date }
            case (.policy(let x), .policy(let y)):
                if x.date != y.date { return (x.date ?? PartialDate(year: 0)) > (y.date ?? PartialDate(year: 0)) }
            default: break
            }
            return (a.title.lowercased(), a.id.slug) < (b.title.lowercased(), b.id.slug)
        }
    }

    private static func table(_ kind: ContentKind, entries: [Entry], context: SiteContext) -> (columns: [Column], rows: [Row]) {
        func name(_ entry: Entry) -> Cell { Cell(text: entry.title, url: context.link(Routes.entry(entry.id))) }
        func ref(_ kind: ContentKind, _ slug: Slug?) -> Cell {
            guard let slug else { return Cell(text: "") }
            let item = context.linkItem(EntryID(kind: kind, slug: slug.value))
            return Cell(text: item.title, url: item.url)
        }
        func number(_ value: Double?, decimals: Int = 1) -> Cell {
            Cell(text: value.map { NumberFormatting.decimal($0, decimals: decimals) } ?? "", numeric: true)
        }
        switch kind {
        case .facilities:
            return ([Column(label: "Facility"), Column(label: "Operator"), Column(label: "Country"), Column(label: "Status"),
                     Column(label: "Siting"), Column(label: "Power (MW)", numeric: true), Column(label: "Basis"),
                     Column(label: "First power", numeric: true)],
                    entries.map { entry in
                        guard case .facility(let f) = entry.details else { return Row(cells: []) }
                        return Row(cells: [name(entry), ref(.organizations, f.operator), ref(.regions, f.country),
                                           Cell(text: f.status?.label ?? ""), Cell(text: f.siting?.label ?? ""),
                                           number(f.powerMW), Cell(text: f.powerBasis?.rawValue ?? ""),
                                           Cell(text: f.firstPowerYear.map(String.init) ?? "", numeric: true)])
                    })
        case .chips:
            return ([Column(label: "Chip"), Column(label: "Vendor"), Column(label: "Year", numeric: true),
                     Column(label: "BF16 (TFLOPS)", numeric: true), Column(label: "FP8 (TFLOPS)", numeric: true),
                     Column(label: "Memory (GB)", numeric: true), Column(label: "Bandwidth (TB/s)", numeric: true),
                     Column(label: "TDP (W)", numeric: true)],
                    entries.map { entry in
                        guard case .chip(let c) = entry.details else { return Row(cells: []) }
                        return Row(cells: [name(entry), ref(.organizations, c.vendor),
                                           Cell(text: c.year.map(String.init) ?? "", numeric: true),
                                           number(c.bf16TFLOPS), number(c.fp8TFLOPS), number(c.memoryGB, decimals: 0),
                                           number(c.memoryTBs, decimals: 2), number(c.tdpW, decimals: 0)])
                    })
        case .consortia:
            return ([Column(label: "Consortium"), Column(label: "Founded"), Column(label: "Members listed", numeric: true), Column(label: "Focus")],
                    entries.map { entry in
                        guard case .consortium(let c) = entry.details else { return Row(cells: []) }
                        let members = Set((c.founders ?? []) + (c.members ?? [])).count
                        return Row(cells: [name(entry), Cell(text: c.founded?.description ?? ""),
                                           Cell(text: members > 0 ? String(members) : "", numeric: true), Cell(text: c.focus ?? "")])
                    })
        case .investments:
            return ([Column(label: "Date"), Column(label: "Deal"), Column(label: "Investors"), Column(label: "Target"),
                     Column(label: "Kind"), Column(label: "Amount", numeric: true)],
                    entries.map { entry in
                        guard case .investment(let d) = entry.details else { return Row(cells: []) }
                        let investors = d.investors.map { context.linkItem(EntryID(kind: .organizations, slug: $0.value)).title }
                        return Row(cells: [Cell(text: d.date.description), name(entry), Cell(text: investors.joined(separator: ", ")),
                                           ref(.organizations, d.target), Cell(text: d.kind?.label ?? ""),
                                           Cell(text: d.amountUSD.map(NumberFormatting.usd) ?? "", numeric: true)])
                    })
        case .organizations:
            return ([Column(label: "Organization"), Column(label: "Kind"), Column(label: "Country"), Column(label: "Referenced by", numeric: true)],
                    entries.map { entry in
                        guard case .organization(let o) = entry.details else { return Row(cells: []) }
                        let count = Set((context.graph.backlinks[entry.id] ?? []).map(\.source)).count
                        return Row(cells: [name(entry), Cell(text: o.kind?.label ?? ""), ref(.regions, o.country),
                                           Cell(text: String(count), numeric: true)])
                    })
        case .regions:
            return ([Column(label: "Region"), Column(label: "ISO code"), Column(label: "Grid intensity (gCO₂/kWh)", numeric: true),
                     Column(label: "Year", numeric: true)],
                    entries.map { entry in
                        guard case .region(let r) = entry.details else { return Row(cells: []) }
                        return Row(cells: [name(entry), Cell(text: r.isoA3), number(r.gridIntensityGCO2kWh),
                                           Cell(text: r.gridIntensityYear.map(String.init) ?? "", numeric: true)])
                    })
        case .policies:
            return ([Column(label: "Date"), Column(label: "Policy"), Column(label: "Jurisdiction"), Column(label: "Status")],
                    entries.map { entry in
                        guard case .policy(let p) = entry.details else { return Row(cells: []) }
                        return Row(cells: [Cell(text: p.date?.description ?? ""), name(entry), Cell(text: p.jurisdiction ?? ""),
                                           Cell(text: p.status ?? "")])
                    })
        case .scenarios:
            return ([Column(label: "Scenario"), Column(label: "Model"), Column(label: "Summary")],
                    entries.map { entry in
                        guard case .scenario(let s) = entry.details else { return Row(cells: []) }
                        return Row(cells: [name(entry), Cell(text: s.model.rawValue), Cell(text: entry.common.summary ?? "")])
                    })
        case .pages:
            return ([Column(label: "Page")], entries.map { Row(cells: [name($0)]) })
        }
    }
}
