public import AtlasContent
internal import AtlasCharts
internal import AtlasMarkdown

/// Turns ```` ```chart ```` blocks in bodies into charts, with `file:line` errors for bad specs.
enum ChartBlocks {
    /// The figure for one block, or the diagnostics explaining why there is none.
    static func figure(for block: MarkdownFencedBlock, index: Int, in entry: Entry, context: SiteContext) -> Result<ChartFigure, ChartBlockErrors> {
        let firstLine = entry.bodyLine + block.line  // the fence is at block.line; its YAML starts on the next line
        let (parsed, diagnostics) = ChartBlockSpec.parse(block.content, path: entry.path, firstLine: firstLine)
        guard let spec = parsed else { return .failure(ChartBlockErrors(diagnostics: diagnostics)) }
        func error(_ field: String, _ message: String) -> Result<ChartFigure, ChartBlockErrors> {
            .failure(ChartBlockErrors(diagnostics: [.error(message, path: entry.path, line: ChartBlockSpec.line(of: field, in: block.content, firstLine: firstLine))]))
        }
        let id = "block-\(index + 1)"
        let name = ChartFigure.name(route: Routes.entry(entry.id), chart: id)
        if let slug = spec.scenario {
            guard case .success(let result)? = context.computed.scenarios[EntryID(kind: .scenarios, slug: slug.value)] else {
                return error("scenario", "no scenario `\(slug.value)` with results (expected content/scenarios/\(slug.value).md)")
            }
            return .success(ChartFigure(SiteCharts.scenario(id: id, title: spec.title, result: result), name: name, context: context))
        }
        var entries = context.graph.entries(of: spec.data ?? .facilities)
        for (field, wanted) in (spec.where ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard entries.contains(where: { fieldText(field, of: $0, context: context) != nil }) || entries.isEmpty else {
                return error("where", "`where`: `\(field)` is not a field these entries have (\(filterFields.joined(separator: ", ")))")
            }
            entries = entries.filter { fieldText(field, of: $0, context: context).map { $0.lowercased() == wanted.lowercased() } ?? false }
        }
        func number(_ name: String, _ entry: Entry) -> Double? { context.values[entry.id]?[name]?.number }
        func check(_ name: String, _ field: String) -> Result<ChartFigure, ChartBlockErrors>? {
            let known = Set(entries.flatMap { context.values[$0.id]?.keys.map { $0 } ?? [] })
            guard known.contains(name) || entries.isEmpty else {
                return error(field, "`\(field)`: no \((spec.data ?? .facilities).rawValue) entry has a value `\(name)`\(Spelling.hintText(for: name, among: Array(known)))")
            }
            return nil
        }
        let summary = spec.summary ?? "\(spec.title), from the atlas's \((spec.data ?? .facilities).rawValue) entries."
        switch spec.kind {
        case .bar:
            let valueName = spec.value ?? ""
            if let failure = check(valueName, "value") { return failure }
            var rows = entries.compactMap { entry in number(valueName, entry).map { (entry, $0) } }
            switch spec.sort ?? .descending {
            case .descending: rows.sort { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
            case .ascending: rows.sort { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
            case .none: break
            }
            rows = Array(rows.prefix(spec.limit ?? 20))
            let label = rows.first.flatMap { context.values[$0.0.id]?[valueName]?.label } ?? valueName
            return .success(ChartFigure(ChartSpec(
                id: id, title: spec.title, summary: summary, source: "Atlas entries and models",
                kind: .bar(BarChart(
                    categories: rows.map { BarCategory(label: $0.0.title, url: context.link(Routes.entry($0.0.id))) },
                    series: [BarSeries(name: label, values: rows.map(\.1))],
                    valueAxis: AxisSpec(label: label, format: .number(decimals: 1), scale: !(spec.log ?? []).isEmpty ? .log : .linear),
                    categoryLabel: (spec.data ?? .facilities).singular))), name: name, context: context))
        case .scatter:
            let xName = spec.x ?? "", yName = spec.y ?? ""
            if let failure = check(xName, "x") ?? check(yName, "y") { return failure }
            var groups: [String] = []
            let points = entries.compactMap { entry -> ScatterPoint? in
                guard let x = number(xName, entry), let y = number(yName, entry) else { return nil }
                let group = spec.group.flatMap { fieldText($0, of: entry, context: context) } ?? "Entries"
                if !groups.contains(group) { groups.append(group) }
                return ScatterPoint(name: entry.title, x: x, y: y, group: group, url: context.link(Routes.entry(entry.id)))
            }
            groups.sort()
            let xLabel = entries.lazy.compactMap { context.values[$0.id]?[xName]?.label }.first ?? xName
            let yLabel = entries.lazy.compactMap { context.values[$0.id]?[yName]?.label }.first ?? yName
            return .success(ChartFigure(ChartSpec(
                id: id, title: spec.title, summary: summary, source: "Atlas entries and models",
                kind: .scatter(ScatterChart(
                    points: points, groups: SiteCharts.categories(groups),
                    xAxis: AxisSpec(label: xLabel, format: .number(decimals: 1), scale: (spec.log ?? []).contains(.x) ? .log : .linear),
                    yAxis: AxisSpec(label: yLabel, format: .number(decimals: 1), scale: (spec.log ?? []).contains(.y) ? .log : .linear),
                    pointLabel: (spec.data ?? .facilities).singular))), name: name, context: context))
        case .map:
            guard let world = context.world else { return error("kind", "no map data: the project has no data/naturalearth folder") }
            return .success(ChartFigure(SiteCharts.facilityMap(id: id, title: spec.title, summary: summary, facilities: entries,
                                                               world: world, shadeCountries: false, context: context), name: name, context: context))
        case .line:
            return error("scenario", "line charts draw a scenario's results: `scenario: <slug>`")
        }
    }

    static let filterFields = ["status", "siting", "power_basis", "vendor", "operator", "country", "kind", "confidence", "tag"]

    /// The text of a simple field used by `where:` and `group:`.
    static func fieldText(_ field: String, of entry: Entry, context: SiteContext) -> String? {
        func title(_ kind: ContentKind, _ slug: Slug?) -> String? {
            slug.map { context.graph[EntryID(kind: kind, slug: $0.value)]?.title ?? $0.value }
        }
        if field == "confidence" { return entry.common.confidence?.rawValue }
        if field == "tag" { return entry.common.tags?.first?.value }
        switch (entry.details, field) {
        case (.facility(let f), "status"): return f.status?.rawValue
        case (.facility(let f), "siting"): return f.siting?.rawValue
        case (.facility(let f), "power_basis"): return f.powerBasis?.rawValue
        case (.facility(let f), "operator"): return title(.organizations, f.operator)
        case (.facility(let f), "country"): return title(.regions, f.country)
        case (.chip(let c), "vendor"): return title(.organizations, c.vendor)
        case (.investment(let d), "kind"): return d.kind?.rawValue
        case (.organization(let o), "kind"): return o.kind?.rawValue
        case (.organization(let o), "country"): return title(.regions, o.country)
        default: return nil
        }
    }
}

/// Why a chart block drew nothing.
struct ChartBlockErrors: Error {
    let diagnostics: [Diagnostic]
}
