internal import Yams

/// What a ```` ```chart ```` block in a body asks for: a chart of entities' values.
public struct ChartBlockSpec: Codable, Sendable, Hashable {
    /// Bar, scatter or map.
    public var kind: ChartBlockKind
    /// The chart's title.
    public var title: String
    /// One sentence describing what it shows (for screen readers); generated when absent.
    public var summary: String?
    /// Which entities to draw.
    public var data: ContentKind?
    /// A scenario whose results to draw instead.
    public var scenario: Slug?
    /// The value per bar (bar charts), a value name such as `power_mw` or `capacity.accelerators`.
    public var value: String?
    /// Horizontal value (scatter).
    public var x: String?
    /// Vertical value (scatter).
    public var y: String?
    /// Field that colours points or dots: `status`, `siting`, `vendor`, `kind`, `country`, `operator`.
    public var group: String?
    /// Keep only entities whose field equals the value, e.g. `{siting: subsea}`.
    public var `where`: [String: String]?
    /// Bar order.
    public var sort: ChartBlockSort?
    /// Most bars.
    public var limit: Int?
    /// Axes on a log scale: `[x]`, `[y]` or `[x, y]`.
    public var log: [ChartAxis]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, title, summary, data, scenario, value, x, y, group, `where`, sort, limit, log
    }

    /// Decodes a block's YAML; `firstLine` is the file line of the block's first line.
    public static func parse(_ yaml: String, path: String, firstLine: Int) -> (spec: ChartBlockSpec?, diagnostics: [Diagnostic]) {
        let session = DecodingSession(path: path, frontMatterLine: firstLine)
        session.skipRootKeyCheck = false
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml), node.mapping != nil else {
                return (nil, [.error("a chart block needs a YAML mapping (kind, title, data, …)", path: path, line: firstLine)])
            }
            root = node
        } catch let error as YamlError {
            if case let .scanner(_, problem, mark, _) = error { return (nil, [.error("malformed chart spec: \(problem)", path: path, line: firstLine + mark.line - 1, column: mark.column)]) }
            if case let .parser(_, problem, mark, _) = error { return (nil, [.error("malformed chart spec: \(problem)", path: path, line: firstLine + mark.line - 1, column: mark.column)]) }
            return (nil, [.error("malformed chart spec: \(error)", path: path, line: firstLine)])
        } catch {
            return (nil, [.error("malformed chart spec: \(error)", path: path, line: firstLine)])
        }
        let spec = try? ChartBlockSpec(from: NodeDecoder(node: root, session: session, codingPath: []))
        var diagnostics = session.diagnostics
        if let spec {
            var checker = RangeChecker(path: path, locations: session.locations)
            checker.check(spec.data != nil || spec.scenario != nil, "data", "say what to draw: `data: facilities` (or chips, investments, …) or `scenario: <slug>`")
            switch spec.kind {
            case .bar: checker.check(spec.value != nil || spec.scenario != nil, "value", "a bar chart needs `value:` (e.g. power_mw)")
            case .scatter: checker.check((spec.x != nil && spec.y != nil) || spec.scenario != nil, "x", "a scatter chart needs `x:` and `y:`")
            case .map: checker.check(spec.data == nil || spec.data == .facilities, "data", "maps draw facilities")
            case .line: checker.check(spec.scenario != nil, "scenario", "line charts draw a scenario's results: `scenario: <slug>`")
            }
            if let limit = spec.limit { checker.check((1...100).contains(limit), "limit", "\(limit) is outside 1…100") }
            diagnostics += checker.diagnostics
        }
        let errors = diagnostics.filter { $0.severity == .error }
        return (errors.isEmpty ? spec : nil, diagnostics.sorted())
    }

    /// The file line of a field, for errors found later (an unknown value name).
    public static func line(of field: String, in yaml: String, firstLine: Int) -> Int {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let index = lines.firstIndex { $0.hasPrefix(field + ":") } ?? 0
        return firstLine + index
    }
}

/// The chart kinds a block may ask for.
public enum ChartBlockKind: String, FrontMatterEnum, Sendable {
    case bar, scatter, map, line
}

/// Bar order.
public enum ChartBlockSort: String, FrontMatterEnum, Sendable {
    case descending, ascending, none
}

/// An axis of a chart block.
public enum ChartAxis: String, FrontMatterEnum, Sendable {
    case x, y
}
