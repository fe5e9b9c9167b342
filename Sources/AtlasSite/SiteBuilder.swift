public import AtlasContent
internal import AtlasMarkdown
internal import AtlasCharts
internal import Foundation

/// Builds the atlas: a pure function from loaded content and templates to output files.
///
/// The pipeline's named steps, in order:
/// `classifyFiles` → `compileTemplates` → `parseEntries` → `computeModels` → `renderBodies`
/// → `buildGraph` → `planRoutes` → `checkBodyLinks` → `renderPages` (with `siteWideFiles`:
/// data, feeds, search, alongside). Steps over many files run on every core.
public enum SiteBuilder {
    /// Runs the whole pipeline; on any error the result holds diagnostics and no files.
    public static func build(_ input: SiteInput, options: BuildOptions) async -> BuildResult {
        await build(input, options: options, reusing: nil).result
    }

    /// Runs the whole pipeline and hands every file to `sink` as soon as it is made, keeping
    /// none: the result holds diagnostics and the file count. Nothing reaches the sink when
    /// any check fails.
    public static func build(_ input: SiteInput, options: BuildOptions, streamingTo sink: any OutputSink) async -> BuildResult {
        await build(input, options: options, reusing: nil, sink: sink).result
    }

    /// Runs the pipeline, reusing from `cache` whatever the changes since it cannot affect.
    ///
    /// Parses of unchanged files and renders of unchanged bodies are reused; pages are rendered
    /// again only for changed entities, their neighbours in the reference graph (before and
    /// after the change) and the pages that aggregate many entities. The output is byte-identical
    /// to a full build.
    public static func build(_ input: SiteInput, options: BuildOptions, reusing cache: BuildCache?) async -> (result: BuildResult, cache: BuildCache) {
        await build(input, options: options, reusing: cache, sink: nil)
    }

    private static func build(_ input: SiteInput, options: BuildOptions, reusing cache: BuildCache?,
                              sink: (any OutputSink)?) async -> (result: BuildResult, cache: BuildCache) {
        var diagnostics = input.readDiagnostics
        var timer = StepTimer()
        let classified = classifyFiles(input.contentFiles, root: input.contentRoot)
        diagnostics += classified.diagnostics
        // Same templates, assets, options and map data: only content changes can matter.
        let sameShell = cache.map {
            $0.templates == input.templates && $0.assets == input.assets && $0.options == options && $0.mapData == input.mapData
        } ?? false
        let (templates, templateDiagnostics) = sameShell && cache?.compiled != nil
            ? (cache!.compiled, []) : TemplateSet.compile(input.templates)
        diagnostics += templateDiagnostics

        timer.lap("classifyFiles, compileTemplates")
        let parsed = await parseEntries(classified.files, reusing: cache?.parses ?? [:])
        timer.lap("parseEntries")
        diagnostics += parsed.flatMap(\.result.diagnostics)
        let entries = parsed.compactMap(\.result.entry).filter { options.includeDrafts || !$0.isDraft }

        // Models need only front-matter references; bodies then quote their values.
        let (referenceGraph, _) = ContentGraph.build(entries: entries)
        let computed = await ComputedModels.compute(graph: referenceGraph, previous: cache?.computed)
        timer.lap("computeModels")
        let values = Dictionary(entries.map { ($0.id, EntityValues.values(for: $0, computed: computed)) }, uniquingKeysWith: { first, _ in first })
        let world = cache?.mapData == input.mapData && cache?.world != nil ? cache?.world : input.mapData.flatMap {
            try? WorldMap(landGeoJSON: $0.land, countriesGeoJSON: $0.countries)
        }
        let bodyContext = SiteContext(graph: referenceGraph, bodies: [:], options: options, computed: computed, values: values, world: world,
                                      templates: templates, drawsSharedFigures: false)
        let bodies = await renderBodies(entries, context: bodyContext, templates: templates, reusing: sameShell ? cache?.bodies ?? [:] : [:])
        timer.lap("renderBodies")
        let mentions = bodies.mapValues(\.rendered.mentions)
        // Entities whose files failed: links to them are explained by those files' own errors.
        let broken = Set(parsed.filter { $0.result.entry == nil }.map { EntryID(kind: $0.kind, slug: $0.slug) })
        let (graph, graphDiagnostics) = ContentGraph.build(entries: entries, mentions: mentions, broken: broken)
        diagnostics += graphDiagnostics
        if let today = options.adviseAsOf { diagnostics += ContentAdvice.warnings(for: graph, today: today) }

        timer.lap("buildGraph")
        let routes = planRoutes(graph)
        diagnostics += bodies.values.flatMap(\.rendered.problems)
        let brokenRoutes = Set(broken.map(Routes.entry))
        diagnostics += checkBodyLinks(bodies.mapValues(\.rendered), graph: graph,
                                      routes: Set(routes.map(\.route)).union(staticRoutes(input.assets)).union(brokenRoutes))

        var newCache = BuildCache(
            templates: input.templates, assets: input.assets, options: options, compiled: templates,
            parses: Dictionary(parsed.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }),
            bodies: bodies, graph: graph, pages: [:]
        )
        newCache.world = world
        newCache.mapData = input.mapData
        guard let templates, !diagnostics.contains(where: { $0.severity == .error }) else {
            // Keep the previous good pages, so the next successful build can still reuse them.
            newCache.graph = cache?.graph
            newCache.pages = cache?.pages ?? [:]
            return (BuildResult(files: [], diagnostics: diagnostics.sorted()), newCache)
        }
        newCache.computed = computed
        let context = SiteContext(graph: graph, bodies: bodies.mapValues(\.rendered.rendered), options: options,
                                  computed: computed, values: values, world: world, templates: templates)
        let rerendered = Set(bodies.filter { id, body in cache?.bodies[id].map { $0.rendered.rendered != body.rendered.rendered } ?? true }.keys)
        // Pages that gather many entities (lists, tags, home, search, data) and the site-wide
        // files show front matter, models and links only: when none changed, neither did they.
        let sameListings = sameShell && cache.map { Self.sameFrontMatter($0.graph, graph) } ?? false
        var reusable = sameShell ? reusablePages(previous: cache, graph: graph, alsoChanged: rerendered) : [:]
        if sameListings, let cache {
            for page in routes {
                if case .entry = page.content { continue }
                if let files = cache.pages[page.route] { reusable[page.route] = files }
            }
        }
        timer.lap("planRoutes, checkBodyLinks")
        // Data, feeds and the search index need no pages: they are made while pages render.
        let previousSiteWide = sameListings ? cache?.siteWide : nil
        async let siteWide = siteWideFiles(graph: graph, context: context, options: options, computed: computed, values: values,
                                           previous: previousSiteWide)
        let pages = await renderPages(routes, context: context, templates: templates, reusing: reusable, sink: sink)
        timer.lap("renderPages")
        var streamed = 0
        if sink == nil {
            newCache.pages = Dictionary(zip(routes.map(\.route), pages.map(\.files)), uniquingKeysWith: { first, _ in first })
        } else {
            // A streamed build is not reused: keep nothing the next build would need.
            newCache.parses = [:]
            newCache.bodies = [:]
            streamed = pages.reduce(0) { $0 + $1.count }
        }
        var files = pages.flatMap(\.files) + bodies.values.flatMap(\.chartFiles)
        files.append(OutputFile(path: "assets/charts.css", text: ChartStyle.css))
        if let shared = context.exportFigure { files.append(shared.csvFile) }
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(routes: routes.filter(\.inSitemap).map(\.route), baseURL: options.baseURL)))
        files.append(OutputFile(path: "robots.txt", text: Sitemap.robots(baseURL: options.baseURL)))
        let siteWideMade = await siteWide
        if sink == nil { newCache.siteWide = siteWideMade }
        files += siteWideMade
        timer.lap("exportData, writeFeeds, indexSearch (rest)")
        files += input.assets
        var result: BuildResult
        if let sink {
            sink.accept(files)
            result = BuildResult(files: [], diagnostics: diagnostics.sorted())
            result.fileCount = streamed + files.count
        } else {
            result = BuildResult(files: files.sorted { $0.path < $1.path }, diagnostics: diagnostics.sorted())
            result.fileCount = files.count
        }
        result.reusedPages = reusable.count
        result.timings = timer.laps
        return (result, newCache)
    }

    /// `data/`, the Atom feeds and the search index.
    static func siteWideFiles(graph: ContentGraph, context: SiteContext, options: BuildOptions, computed: ComputedModels,
                              values: [EntryID: [String: NamedValue]], previous: [OutputFile]? = nil) async -> [OutputFile] {
        if let previous { return previous }
        var files = await DataExport.files(graph: graph, baseURL: options.baseURL, computed: computed, values: values)
        files += Feeds.files(graph: graph, baseURL: options.baseURL)
        files.append(SearchIndex.file(records: SearchIndex.records(context: context)))
        return files
    }

    /// Whether both graphs hold the same entities with the same front matter and the same links
    /// between them (bodies may differ otherwise: lists count links).
    static func sameFrontMatter(_ old: ContentGraph?, _ new: ContentGraph) -> Bool {
        guard let old, old.entries.count == new.entries.count, old.backlinks == new.backlinks else { return false }
        return new.entries.allSatisfy { id, entry in
            guard let previous = old.entries[id] else { return false }
            return previous.path == entry.path && previous.common == entry.common && previous.details == entry.details
        }
    }

    /// Entity pages that no change can have touched: the entity, and everything it links to
    /// or that links to it, is the same as in the previous build.
    static func reusablePages(previous cache: BuildCache?, graph: ContentGraph, alsoChanged: Set<EntryID> = []) -> [String: [OutputFile]] {
        guard let cache, let old = cache.graph else { return [:] }
        var changed = alsoChanged
        for (id, entry) in graph.entries where old.entries[id] != entry { changed.insert(id) }
        for id in old.entries.keys where graph.entries[id] == nil { changed.insert(id) }
        var affected = changed
        for neighbourhood in [old, graph] {
            // Both directions, front-matter references and text mentions alike.
            for (target, links) in neighbourhood.backlinks {
                for link in links {
                    if changed.contains(link.source) { affected.insert(target) }
                    if changed.contains(target) { affected.insert(link.source) }
                }
            }
        }
        var reusable: [String: [OutputFile]] = [:]
        for id in graph.entries.keys where !affected.contains(id) {
            let route = Routes.entry(id)
            if let page = cache.pages[route] { reusable[route] = page }
        }
        return reusable
    }

    // MARK: classifyFiles

    /// A content file with the kind and name its path gives it.
    struct ClassifiedFile: Sendable {
        let file: SourceFile
        let kind: ContentKind
        let name: String
    }

    /// Keeps `content/<kind>/<name>.md` files; other Markdown files are errors, other files are ignored.
    static func classifyFiles(_ files: [SourceFile], root: String) -> (files: [ClassifiedFile], diagnostics: [Diagnostic]) {
        var classified: [ClassifiedFile] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: String] = [:]
        for file in files.sorted(by: { $0.path < $1.path }) where file.path.hasSuffix(".md") {
            let relative = file.path.hasPrefix(root + "/") ? String(file.path.dropFirst(root.count + 1)) : file.path
            let parts = relative.split(separator: "/").map(String.init)
            guard parts.count == 2, let kind = ContentKind(rawValue: parts[0]) else {
                let folder = parts.count > 1 ? parts[0] : ""
                let hint = Spelling.hintText(for: folder, among: ContentKind.allCases.map(\.rawValue))
                diagnostics.append(.error(
                    "content files live in content/<kind>/<slug>.md, with kind one of \(ContentKind.allCases.map(\.rawValue).joined(separator: ", "))\(hint)",
                    path: file.path, line: 1))
                continue
            }
            let name = String(parts[1].dropLast(3))
            let key = kind.rawValue + "/" + name.precomposedStringWithCanonicalMapping.lowercased()
            if let other = seen[key] {
                diagnostics.append(.error("duplicate slug: differs from \(other) only by letter case or Unicode normalisation", path: file.path, line: 1))
                continue
            }
            seen[key] = file.path
            classified.append(ClassifiedFile(file: file, kind: kind, name: name))
        }
        return (classified, diagnostics)
    }

    // MARK: parseEntries

    /// One file's parse, kept with its bytes so an unchanged file is never parsed twice.
    public struct ParsedFile: Sendable {
        let path: String
        let bytes: [UInt8]
        let kind: ContentKind
        let slug: String
        let result: (entry: Entry?, diagnostics: [Diagnostic])
    }

    static func parseEntries(_ files: [ClassifiedFile], reusing previous: [String: ParsedFile]) async -> [ParsedFile] {
        await files.concurrentMap { file in
            if let old = previous[file.file.path], old.kind == file.kind, old.bytes == file.file.bytes { return old }
            return ParsedFile(path: file.file.path, bytes: file.file.bytes, kind: file.kind, slug: file.name,
                              result: ContentParser.parse(file.file, kind: file.kind, fileSlug: file.name))
        }
    }

    // MARK: renderBodies

    /// A rendered body and its internal links, with file lines.
    struct RenderedBody: Sendable {
        let rendered: RenderedMarkdown
        let links: [InternalLink]
        let problems: [Diagnostic]
        /// The entities its links lead to (found with the body, on every core, and kept with it).
        let mentions: Set<EntryID>
    }

    /// A rendered body with the inputs it came from, so an unchanged body is rendered once.
    public struct CachedBody: Sendable {
        let body: String
        let bodyLine: Int
        let path: String
        /// What each `{{ … }}` expanded to; a body is stale when any expands differently now.
        let expansions: [String: String]
        /// CSVs of the charts its chart blocks drew.
        let chartFiles: [OutputFile]
        let rendered: RenderedBody
    }

    /// A link to a site path, as written in a body.
    struct InternalLink: Sendable {
        let path: String
        let source: String
        let location: SourceLocation
    }

    static func renderBodies(_ entries: [Entry], context: SiteContext, templates: TemplateSet?,
                             reusing previous: [EntryID: CachedBody]) async -> [EntryID: CachedBody] {
        let renderer = MarkdownRenderer()
        let baseURL = context.options.baseURL
        let values = context.values
        let rendered = await entries.concurrentMap { entry -> (EntryID, CachedBody) in
            let own = values[entry.id] ?? [:]
            let lookup: (EntryID) -> [String: NamedValue]? = { values[$0] }
            // Chart blocks draw other entities' data, so a body with one is always drawn again.
            if let old = previous[entry.id], old.chartFiles.isEmpty, !old.rendered.rendered.fencedBlocks.contains(where: { $0.language == "chart" }),
               old.body == entry.body, old.bodyLine == entry.bodyLine, old.path == entry.path,
               old.expansions.allSatisfy({ token, text in
                   (try? Placeholders.expand("{{ \(token) }}", own: own, entry: entry.id, lookup: lookup).get().text) == text
               }) {
                return (entry.id, old)
            }
            var expansions: [String: String] = [:]
            var markdown = renderer.render(entry.body, rewriteDestination: { destination in
                guard let path = sitePath(destination) else { return nil }
                return baseURL.link(String(path.dropFirst())) + fragment(of: destination)
            }, expandText: { text in
                Placeholders.expand(text, own: own, entry: entry.id, lookup: lookup).map { result in
                    expansions.merge(result.used) { first, _ in first }
                    return result.text
                }
            })
            let links = markdown.links.compactMap { link -> InternalLink? in
                guard let path = sitePath(link.destination) else { return nil }
                return InternalLink(
                    path: path, source: entry.path,
                    location: SourceLocation(line: link.line + entry.bodyLine - 1, column: link.column)
                )
            }
            var problems = markdown.problems.map {
                Diagnostic(path: entry.path, location: SourceLocation(line: $0.line + entry.bodyLine - 1, column: $0.column), message: $0.message)
            }
            var chartFiles: [OutputFile] = []
            var figures: [String] = []
            for (index, block) in markdown.fencedBlocks.enumerated() where block.language == "chart" {
                switch ChartBlocks.figure(for: block, index: index, in: entry, context: context) {
                case .success(let figure):
                    chartFiles.append(figure.csvFile)
                    figures.append(figure.html)
                case .failure(let errors):
                    problems += errors.diagnostics
                    figures.append("")
                }
            }
            if !figures.isEmpty { markdown.html = replaceChartBlocks(in: markdown.html, with: figures) }
            return (entry.id, CachedBody(body: entry.body, bodyLine: entry.bodyLine, path: entry.path, expansions: expansions,
                                         chartFiles: chartFiles,
                                         rendered: RenderedBody(rendered: markdown, links: links, problems: problems,
                                                                mentions: Set(links.compactMap { Routes.entryID(forPath: $0.path) }))))
        }
        return Dictionary(rendered, uniquingKeysWith: { first, _ in first })
    }

    /// Swaps the n-th `<pre><code class="language-chart">` block for the n-th figure (safe mode lets no raw HTML imitate one).
    static func replaceChartBlocks(in html: String, with figures: [String]) -> String {
        var output = ""
        var rest = html[...]
        var index = 0
        while index < figures.count, let open = rest.firstRange(of: "<pre><code class=\"language-chart\">"),
              let close = rest[open.upperBound...].firstRange(of: "</code></pre>") {
            output += rest[..<open.lowerBound]
            output += figures[index]
            rest = rest[close.upperBound...]
            index += 1
        }
        return output + rest
    }

    /// `/facilities/x/` from a destination like `/facilities/x#power`; nil for external or relative links.
    static func sitePath(_ destination: String) -> String? {
        // On UTF-8 code units: every link of every body passes here, and all the marks are ASCII.
        let utf8 = destination.utf8
        guard utf8.first == UInt8(ascii: "/"), utf8.dropFirst().first != UInt8(ascii: "/") else { return nil }
        let end = utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? utf8.endIndex
        let path = utf8[..<end]
        let lastSegment = path.split(separator: UInt8(ascii: "/")).last ?? path[path.endIndex...]
        let needsSlash = path.last != UInt8(ascii: "/") && !lastSegment.contains(UInt8(ascii: "."))
        return String(Substring(path)) + (needsSlash ? "/" : "")
    }

    private static func fragment(of destination: String) -> String {
        let utf8 = destination.utf8
        guard let index = utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) else { return "" }
        return String(Substring(utf8[index...]))
    }

    // MARK: planRoutes

    /// A page to render: its route and what it shows.
    struct PlannedPage: Sendable {
        enum Content: Sendable {
            case home, notFound, data, search, entry(EntryID), list(ContentKind), tags
            case tag(String), status(FacilityStatus), siting(Siting)
        }
        let route: String
        let content: Content
        var inSitemap = true
    }

    static func planRoutes(_ graph: ContentGraph) -> [PlannedPage] {
        var pages: [PlannedPage] = [PlannedPage(route: "", content: .home), PlannedPage(route: "404.html", content: .notFound, inSitemap: false)]
        for kind in ContentKind.allCases {
            if kind != .pages { pages.append(PlannedPage(route: Routes.list(kind), content: .list(kind))) }
            for entry in graph.entries(of: kind) { pages.append(PlannedPage(route: Routes.entry(entry.id), content: .entry(entry.id))) }
        }
        pages.append(PlannedPage(route: Routes.data, content: .data))
        pages.append(PlannedPage(route: Routes.search, content: .search))
        pages.append(PlannedPage(route: Routes.tags, content: .tags))
        for tag in allTags(graph) { pages.append(PlannedPage(route: Routes.tag(tag), content: .tag(tag))) }
        var statuses: Set<FacilityStatus> = []
        var sitings: Set<Siting> = []
        for entry in graph.entries(of: .facilities) {
            if case .facility(let facility) = entry.details {
                if let status = facility.status { statuses.insert(status) }
                if let siting = facility.siting { sitings.insert(siting) }
            }
        }
        for status in FacilityStatus.allCases where statuses.contains(status) {
            pages.append(PlannedPage(route: Routes.status(status), content: .status(status)))
        }
        for siting in Siting.allCases where sitings.contains(siting) {
            pages.append(PlannedPage(route: Routes.siting(siting), content: .siting(siting)))
        }
        return pages
    }

    static func allTags(_ graph: ContentGraph) -> [String] {
        Set(graph.entries.values.flatMap { $0.common.tags ?? [] }.map(\.value)).sorted()
    }

    private static func staticRoutes(_ assets: [OutputFile]) -> Set<String> {
        let data = ContentKind.allCases.filter { $0 != .pages }.flatMap { ["data/\($0.rawValue).json", "data/\($0.rawValue).csv"] }
        return Set(assets.map(\.path) + data + [Feeds.investments, Feeds.updates, SearchIndex.path, "sitemap.xml", "robots.txt", "404.html"])
    }

    // MARK: checkBodyLinks

    /// Every link to a site path must name a page the build writes.
    static func checkBodyLinks(_ bodies: [EntryID: RenderedBody], graph: ContentGraph, routes: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for body in bodies.values {
            for link in body.links {
                let route = String(link.path.dropFirst())
                if routes.contains(route) || routes.contains(route + "index.html") { continue }
                var message = "link to `\(link.path)` leads to no page of the atlas"
                if let id = Routes.entryID(forPath: link.path) {
                    let candidates = graph.entries(of: id.kind).map(\.id.slug)
                    message = "link to `\(link.path)`: no \(id.kind.rawValue) entry `\(id.slug)`\(Spelling.hintText(for: id.slug, among: candidates))"
                }
                diagnostics.append(Diagnostic(path: link.source, location: link.location, message: message))
            }
        }
        return diagnostics
    }

    // MARK: renderPages

    /// Each page's HTML and the CSVs of its charts.
    /// A page's files, or only how many there were once they went to a sink.
    struct RenderedPage: Sendable {
        let files: [OutputFile]
        let count: Int
    }

    static func renderPages(_ pages: [PlannedPage], context: SiteContext, templates: TemplateSet, reusing reusable: [String: [OutputFile]] = [:],
                            sink: (any OutputSink)? = nil) async -> [RenderedPage] {
        await pages.concurrentMap { planned in
            let files = renderPage(planned, context: context, templates: templates, reusing: reusable)
            guard let sink else { return RenderedPage(files: files, count: files.count) }
            sink.accept(files)
            return RenderedPage(files: [], count: files.count)
        }
    }

    private static func renderPage(_ planned: PlannedPage, context: SiteContext, templates: TemplateSet, reusing reusable: [String: [OutputFile]]) -> [OutputFile] {
        if let files = reusable[planned.route] { return files }
        let html: String
        var charts: [ChartFigure] = []
        switch planned.content {
        case .home:
            let page = HomePage(context: context)
            charts = page.charts
            html = templates.render(page, with: "home")
        case .data:
            html = templates.render(DataPage(context: context), with: "data")
        case .search:
            html = templates.render(SearchPage(context: context, records: SearchIndex.records(context: context)), with: "search")
        case .notFound:
            return [OutputFile(path: "404.html", text: templates.render(NotFoundPage(context: context), with: "404"))]
        case .entry(let id):
            let entry = context.graph[id]!
            let specific = id.kind == .pages ? "page" : id.kind.singular.lowercased()
            let page = EntityPage(entry: entry, context: context)
            charts = page.charts
            html = templates.render(page, with: templates.has(specific) ? specific : "entity")
        case .list(let kind):
            let page = ListPage(kind: kind, context: context)
            charts = page.charts
            html = templates.render(page, with: "list")
        case .tags:
            let tags = context.tagged.keys.sorted().map { tag in
                LinkItem(title: tag, url: context.link(Routes.tag(tag)), note: String(context.tagged[tag]?.count ?? 0))
            }
            html = templates.render(CollectionPage(heading: "Tags", intro: "Every tag used in the atlas, with how many entries carry it.",
                                                   route: Routes.tags, breadcrumbs: [], entries: [], links: tags, context: context), with: "collection")
        case .tag(let tag):
            let entries = context.tagged[tag] ?? []
            html = templates.render(CollectionPage(heading: "Tagged “\(tag)”", intro: nil, route: planned.route,
                                                   breadcrumbs: [LinkItem(title: "Tags", url: context.link(Routes.tags))],
                                                   entries: entries, context: context), with: "collection")
        case .status(let status):
            let entries = context.graph.entries(of: .facilities).filter {
                if case .facility(let facility) = $0.details { return facility.status == status }
                return false
            }
            html = templates.render(CollectionPage(heading: "\(status.label) facilities", intro: nil, route: planned.route,
                                                   breadcrumbs: [LinkItem(title: "Facilities", url: context.link(Routes.list(.facilities)))],
                                                   entries: entries, context: context), with: "collection")
        case .siting(let siting):
            let entries = context.graph.entries(of: .facilities).filter {
                if case .facility(let facility) = $0.details { return facility.siting == siting }
                return false
            }
            html = templates.render(CollectionPage(heading: "\(siting.label) facilities", intro: nil, route: planned.route,
                                                   breadcrumbs: [LinkItem(title: "Facilities", url: context.link(Routes.list(.facilities)))],
                                                   entries: entries, context: context), with: "collection")
        }
        return [OutputFile(path: Routes.file(for: planned.route), text: html)] + charts.filter { !$0.shared }.map(\.csvFile)
    }
}
