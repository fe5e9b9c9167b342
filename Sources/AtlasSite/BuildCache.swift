public import AtlasContent
/// What one build leaves for the next, so `atlas serve` can rebuild only what a change affects.
public struct BuildCache: Sendable {
    var templates: [TemplateFile]
    var assets: [OutputFile]
    var options: BuildOptions
    var compiled: TemplateSet?
    var parses: [String: SiteBuilder.ParsedFile]
    var bodies: [EntryID: SiteBuilder.CachedBody]
    var graph: ContentGraph?
    var pages: [String: OutputFile]
}
