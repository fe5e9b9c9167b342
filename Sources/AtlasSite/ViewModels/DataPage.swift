public import AtlasContent

/// One downloadable dataset.
struct DatasetLink: Sendable {
    let title: String
    let count: Int
    let json: String
    let csv: String
}

/// `/data/`: every dataset with its licence and how to cite the atlas.
struct DataPage: Sendable {
    let site: SiteChrome
    let page: PageMeta
    let datasets: [DatasetLink]
    let licence: String
    let citation: String

    init(context: SiteContext) {
        site = context.chrome(section: nil)
        page = context.meta(title: "Data downloads", description: "Every entity of the atlas as JSON and CSV, with its licence and how to cite it.",
                            route: Routes.data, breadcrumbs: [])
        datasets = ContentKind.allCases.filter { $0 != .pages }.map { kind in
            DatasetLink(title: kind.plural, count: context.graph.entries(of: kind).count,
                        json: context.link("data/\(kind.rawValue).json"), csv: context.link("data/\(kind.rawValue).csv"))
        }
        licence = DataExport.licence
        citation = "Atlas of the AI-infrastructure buildout, \(context.options.baseURL.absolute("data/")). Licensed \(DataExport.licence)."
    }
}
