public import AtlasContent
internal import Foundation

/// One searchable entry: what the search page filters on.
struct SearchRecord: Encodable, Sendable {
    let title: String
    let kind: String
    let kindLabel: String
    let url: String
    let summary: String
    let country: String
    let organization: String
    let status: String
    let tags: [String]
    /// Lowercased text the free-text box matches against.
    let text: String
}

/// The build-time search index: `search.json`, and the rows of the search page.
enum SearchIndex {
    static let path = "search.json"

    static func records(context: SiteContext) -> [SearchRecord] {
        ContentKind.allCases.flatMap { kind in
            context.graph.entries(of: kind).map { entry in record(entry, context: context) }
        }
    }

    static func file(records: [SearchRecord]) -> OutputFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(records)) ?? Data("[]".utf8)
        return OutputFile(path: path, bytes: Array(data) + [0x0A])
    }

    private static func record(_ entry: Entry, context: SiteContext) -> SearchRecord {
        func title(_ kind: ContentKind, _ slug: Slug?) -> String {
            guard let slug else { return "" }
            return context.graph[EntryID(kind: kind, slug: slug.value)]?.title ?? slug.value
        }
        var country = "", organization = "", status = ""
        switch entry.details {
        case .facility(let facility):
            country = title(.regions, facility.country)
            organization = title(.organizations, facility.operator)
            status = facility.status?.label ?? ""
        case .chip(let chip):
            organization = title(.organizations, chip.vendor)
        case .investment(let deal):
            organization = title(.organizations, deal.target)
        case .organization(let org):
            country = title(.regions, org.country)
        case .policy(let policy):
            status = policy.status ?? ""
        case .consortium, .region, .scenario, .page:
            break
        }
        let tags = (entry.common.tags ?? []).map(\.value)
        let text = ([entry.title, entry.common.summary ?? "", country, organization] + tags).joined(separator: " ").lowercased()
        return SearchRecord(
            title: entry.title, kind: entry.id.kind.rawValue, kindLabel: entry.id.kind.singular,
            url: context.link(Routes.entry(entry.id)), summary: entry.common.summary ?? "",
            country: country, organization: organization, status: status, tags: tags, text: text
        )
    }
}

/// `/search/`: every entry in one filterable table; filtering needs JavaScript, reading does not.
struct SearchPage: Sendable {
    let site: SiteChrome
    let page: PageMeta
    let records: [SearchRecord]
    let kinds: [LinkItem]
    let countries: [String]
    let organizations: [String]
    let statuses: [String]
    let script: String

    init(context: SiteContext, records: [SearchRecord]) {
        site = context.chrome(section: nil)
        page = context.meta(title: "Search", description: "Search and filter every entry of the atlas.", route: "search/", breadcrumbs: [])
        self.records = records
        kinds = ContentKind.allCases.map { LinkItem(title: $0.plural, url: $0.rawValue) }
        countries = Set(records.map(\.country)).subtracting([""]).sorted()
        organizations = Set(records.map(\.organization)).subtracting([""]).sorted()
        statuses = Set(records.map(\.status)).subtracting([""]).sorted()
        script = context.link("assets/search.js")
    }
}
