public import AtlasContent
internal import AtlasMarkdown

/// One value in a fact row; a link when it names another entity.
struct FactValue: Sendable {
    let text: String
    var url: String? = nil
    var isLast = false
}

/// A labelled row of the facts table.
struct Fact: Sendable {
    let label: String
    let values: [FactValue]
}

/// A cited source.
struct SourceItem: Sendable {
    let title: String
    let url: String
    let publisher: String?
    let date: String?
}

/// Backlinks from one kind of entity.
struct BacklinkGroup: Sendable {
    let title: String
    let items: [LinkItem]
}

/// The view model of an entity page (and of a free page, which uses a subset).
struct EntityPage: Sendable {
    let site: SiteChrome
    let page: PageMeta
    let kindLabel: String
    let kindURL: String
    let title: String
    let summary: String?
    let confidence: String?
    let lowConfidence: Bool
    let asOf: String?
    let facts: [Fact]
    let panels: [ModelPanel]
    let charts: [ChartFigure]
    let members: [LinkItem]
    let body: String
    let sources: [SourceItem]
    let backlinkGroups: [BacklinkGroup]
    let tags: [LinkItem]
    let sourcePath: String
    let citeText: String?
    let citeBibTeX: String?

    /// Builds the page for `entry`.
    init(entry: Entry, context: SiteContext) {
        let route = Routes.entry(entry.id)
        let isPage = entry.id.kind == .pages
        site = context.chrome(section: isPage ? nil : entry.id.kind)
        page = context.meta(
            title: entry.title, description: entry.common.summary, route: route, type: isPage ? "website" : "article",
            breadcrumbs: isPage ? [] : [LinkItem(title: entry.id.kind.plural, url: context.link(Routes.list(entry.id.kind)))]
        )
        kindLabel = entry.id.kind.singular
        kindURL = context.link(Routes.list(entry.id.kind))
        title = entry.title
        summary = entry.common.summary
        confidence = entry.common.confidence?.rawValue
        lowConfidence = entry.common.confidence == .low
        asOf = entry.common.asOf?.description
        facts = EntityFacts.facts(for: entry, context: context)
        panels = ModelPanels.panels(for: entry, computed: context.computed, values: context.values[entry.id] ?? [:])
        charts = EntityCharts.charts(for: entry, route: route, context: context)
        members = Self.members(of: entry, context: context)
        body = context.bodies[entry.id]?.html ?? ""
        sources = (entry.common.sources ?? []).map {
            SourceItem(title: $0.title, url: $0.url.value, publisher: $0.publisher, date: $0.date?.description)
        }
        tags = (entry.common.tags ?? []).map { LinkItem(title: $0.value, url: context.link(Routes.tag($0.value))) }.markingLast()
        sourcePath = entry.path
        let canonical = context.options.baseURL.absolute(route)
        citeText = isPage ? nil : Citation.plain(entry: entry, url: canonical)
        citeBibTeX = isPage ? nil : Citation.bibtex(entry: entry, url: canonical)

        var groups: [ContentKind: [LinkItem]] = [:]
        for backlink in context.graph.backlinks[entry.id] ?? [] {
            groups[backlink.source.kind, default: []].append(
                context.linkItem(backlink.source, note: Self.role(of: backlink.field))
            )
        }
        backlinkGroups = groups.keys.sorted().map { BacklinkGroup(title: $0.plural, items: groups[$0]!) }
    }

    /// For a consortium: each founder or member and what it builds or operates in the atlas.
    static func members(of entry: Entry, context: SiteContext) -> [LinkItem] {
        guard case .consortium(let consortium) = entry.details else { return [] }
        var seen: Set<String> = []
        return ((consortium.founders ?? []) + (consortium.members ?? [])).compactMap { slug -> LinkItem? in
            guard seen.insert(slug.value).inserted else { return nil }
            let id = EntryID(kind: .organizations, slug: slug.value)
            guard let organization = context.graph[id] else { return nil }
            var parts: [String] = []
            let chips = context.graph.entries(of: .chips).filter { if case .chip(let c) = $0.details { return c.vendor == slug } else { return false } }
            if !chips.isEmpty { parts.append("builds " + chips.map(\.title).joined(separator: ", ")) }
            let facilities = EntityCharts.relatedFacilities(organization, context: context)
            if !facilities.isEmpty { parts.append("runs or owns " + facilities.map(\.title).joined(separator: ", ")) }
            return LinkItem(title: organization.title, url: context.link(Routes.entry(id)),
                            note: parts.isEmpty ? "no chips or facilities in the atlas yet" : parts.joined(separator: "; "))
        }
    }

    /// How a referring field reads from the referenced entity's side.
    static func role(of field: String?) -> String {
        guard let field else { return "mentioned" }
        switch field.split(separator: ".").first.map(String.init) ?? field {
        case "operator": return "operator"
        case "owners": return "owner"
        case "country": return "country"
        case "fleet": return "in fleet"
        case "vendor": return "vendor"
        case "founders": return "founder"
        case "members": return "member"
        case "investors": return "investor"
        case "target": return "target"
        case "chips": return "chip"
        case "facilities": return "facility"
        default: return field
        }
    }
}
