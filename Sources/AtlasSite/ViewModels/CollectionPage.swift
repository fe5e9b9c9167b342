public import AtlasContent

/// Entities of one kind inside a collection page.
struct CollectionGroup: Sendable {
    let title: String
    let items: [CollectionItem]
}

/// One entity in a collection, with its summary.
struct CollectionItem: Sendable {
    let title: String
    let url: String
    let summary: String?
}

/// A page gathering entities by tag, facility status or siting, or the index of all tags.
struct CollectionPage: Sendable {
    let site: SiteChrome
    let page: PageMeta
    let heading: String
    let intro: String?
    let groups: [CollectionGroup]
    let links: [LinkItem]

    /// Builds the page for `entries`, grouped by kind.
    init(heading: String, intro: String?, route: String, breadcrumbs: [LinkItem], entries: [Entry], links: [LinkItem] = [], context: SiteContext) {
        site = context.chrome(section: nil)
        page = context.meta(title: heading, description: intro, route: route, breadcrumbs: breadcrumbs)
        self.heading = heading
        self.intro = intro
        var byKind: [ContentKind: [Entry]] = [:]
        for entry in entries { byKind[entry.id.kind, default: []].append(entry) }
        groups = byKind.keys.sorted().map { kind in
            CollectionGroup(title: kind.plural, items: ListPage.ordered(byKind[kind]!, kind: kind).map {
                CollectionItem(title: $0.title, url: context.link(Routes.entry($0.id)), summary: $0.common.summary)
            })
        }
        self.links = links
    }
}
