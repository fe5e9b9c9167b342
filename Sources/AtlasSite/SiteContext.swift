public import AtlasContent
internal import AtlasMarkdown
internal import AtlasCharts

/// What every page renderer may read: the graph, rendered bodies and the URL scheme.
struct SiteContext: Sendable {
    let graph: ContentGraph
    let bodies: [EntryID: RenderedMarkdown]
    let options: BuildOptions
    let computed: ComputedModels
    let values: [EntryID: [String: NamedValue]]
    /// Natural Earth geometry, projected; nil when the project has no map data.
    let world: WorldMap?
    /// Entities by tag, built once for the tag pages.
    let tagged: [String: [Entry]]
    /// Facilities by the organization that runs or owns them and by region, built once.
    let facilitiesByOwner: [EntryID: [Entry]]
    /// Chips in the throughput-against-power plane, for each chip page's nearest chips.
    let chipPlane: ChipPlane
    /// The templates figures are drawn with; nil when they did not compile.
    let templates: TemplateSet?
    /// The 3A090 scatter of every chip, the same on every policy page with a rule: drawn once.
    private(set) var exportFigure: ChartFigure?

    init(graph: ContentGraph, bodies: [EntryID: RenderedMarkdown], options: BuildOptions, computed: ComputedModels,
         values: [EntryID: [String: NamedValue]], world: WorldMap?, templates: TemplateSet?, drawsSharedFigures: Bool = true) {
        self.graph = graph
        self.bodies = bodies
        self.options = options
        self.computed = computed
        self.values = values
        self.world = world
        var tagged: [String: [Entry]] = [:]
        for entry in graph.entries.values {
            for tag in entry.common.tags ?? [] { tagged[tag.value, default: []].append(entry) }
        }
        self.tagged = tagged.mapValues { $0.sorted { $0.id < $1.id } }
        var byOwner: [EntryID: [Entry]] = [:]
        for facility in graph.entries(of: .facilities) {
            guard case .facility(let fields) = facility.details else { continue }
            var owners = Set((fields.owners ?? []).map { EntryID(kind: .organizations, slug: $0.value) })
            if let operatorSlug = fields.operator { owners.insert(EntryID(kind: .organizations, slug: operatorSlug.value)) }
            if let country = fields.country { owners.insert(EntryID(kind: .regions, slug: country.value)) }
            for owner in owners { byOwner[owner, default: []].append(facility) }
        }
        facilitiesByOwner = byOwner
        chipPlane = ChipPlane(chips: graph.entries(of: .chips))
        self.templates = templates
        let ruled = graph.entries(of: .policies).contains { entry in
            if case .policy(let policy) = entry.details { return policy.rule != nil }
            return false
        }
        if drawsSharedFigures, ruled {
            var figure = ChartFigure(SiteCharts.exportScatter(id: "export-scatter", chips: graph.entries(of: .chips), context: self),
                                     name: "policies-export-scatter", context: self)
            figure.shared = true
            exportFigure = figure
        }
    }

    /// The link to a site-relative route.
    func link(_ route: String) -> String { options.baseURL.link(route) }

    /// The title and link of an entity, or the raw slug when it is missing.
    func linkItem(_ id: EntryID, note: String? = nil) -> LinkItem {
        LinkItem(title: graph[id]?.title ?? id.slug, url: link(Routes.entry(id)), note: note)
    }

    /// Chrome with `section` marked current in the navigation.
    func chrome(section: ContentKind?) -> SiteChrome {
        let kinds: [ContentKind] = [.facilities, .chips, .consortia, .investments, .organizations, .regions, .policies]
        return SiteChrome(
            title: "Atlas",
            home: link(""),
            stylesheet: link("assets/atlas.css"),
            chartStylesheet: link("assets/charts.css"),
            search: link(Routes.search),
            nav: kinds.map { NavLink(title: $0.plural, url: link(Routes.list($0)), current: $0 == section) }
        )
    }

    /// Metadata for a page at `route`.
    func meta(title: String, description: String?, route: String, type: String = "website", breadcrumbs: [LinkItem]) -> PageMeta {
        let crumbs = ([LinkItem(title: "Atlas", url: link(""))] + breadcrumbs).markingLast()
        return PageMeta(
            title: title,
            description: description ?? "Atlas of the AI-infrastructure buildout: \(title).",
            canonical: options.baseURL.absolute(route),
            type: type,
            feeds: [
                LinkItem(title: "Atlas: investments", url: link(Feeds.investments)),
                LinkItem(title: "Atlas: recently updated entries", url: link(Feeds.updates)),
            ],
            breadcrumbs: crumbs,
            showBreadcrumbs: crumbs.count > 1
        )
    }
}
