public import AtlasContent
internal import AtlasCharts
/// What one build leaves for the next, so `atlas serve` can rebuild only what a change affects.
public struct BuildCache: Sendable {
    var templates: [TemplateFile]
    var assets: [OutputFile]
    var options: BuildOptions
    var compiled: TemplateSet?
    var parses: [String: SiteBuilder.ParsedFile]
    var bodies: [EntryID: SiteBuilder.CachedBody]
    var graph: ContentGraph?
    /// Each route's page and the chart CSVs it carries.
    var pages: [String: [OutputFile]]
    /// The projected world map, kept while the map data is unchanged.
    var world: WorldMap?
    var mapData: MapData?
    /// The models' results, reused where their inputs are unchanged.
    var computed: ComputedModels?
    /// `data/`, feeds and the search index, reused while no front matter changes.
    var siteWide: [OutputFile]?
}
