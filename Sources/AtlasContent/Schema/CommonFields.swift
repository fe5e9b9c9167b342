/// A source backing an entity's facts.
public struct SourceReference: Codable, Sendable, Hashable {
    /// The source's title.
    public var title: String
    /// Where to read it.
    public var url: WebURL
    /// Who published it.
    public var publisher: String?
    /// When it was published.
    public var date: PartialDate?

    enum CodingKeys: String, CodingKey, CaseIterable { case title, url, publisher, date }
}

/// Fields every kind shares.
public struct CommonFields: Codable, Sendable, Hashable {
    /// The entity's name; required and unique within its kind.
    public var title: String
    /// Overrides the file name as the URL slug.
    public var slug: Slug?
    /// One sentence for lists and previews.
    public var summary: String?
    /// Free tags (slug-shaped).
    public var tags: [Slug]?
    /// Where the facts come from.
    public var sources: [SourceReference]?
    /// The date the facts describe.
    public var asOf: PartialDate?
    /// How sure the atlas is; `low` shows a caveat.
    public var confidence: Confidence?
    /// Drafts build only with `--drafts`.
    public var draft: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, slug, summary, tags, sources, asOf = "as_of", confidence, draft
    }

    /// Field names, for unknown-key checks.
    static let keys = Set(CodingKeys.allCases.map(\.stringValue))
}

/// A front-matter reference to another entity, by field.
public struct Reference: Sendable, Hashable {
    /// Dotted field path, e.g. `owners.1` or `fleet.0.chip`.
    public var field: String
    /// The referenced entity.
    public var target: EntryID

    /// Creates a reference.
    public init(field: String, target: EntryID) {
        self.field = field
        self.target = target
    }
}

/// Builds a kind's reference list.
struct ReferenceList {
    private(set) var items: [Reference] = []

    mutating func add(_ field: String, _ kind: ContentKind, _ slug: Slug?) {
        if let slug { items.append(Reference(field: field, target: EntryID(kind: kind, slug: slug.value))) }
    }

    mutating func add(_ field: String, _ kind: ContentKind, _ slugs: [Slug]?) {
        for (index, slug) in (slugs ?? []).enumerated() {
            items.append(Reference(field: "\(field).\(index)", target: EntryID(kind: kind, slug: slug.value)))
        }
    }
}

/// Range checks with positions.
struct RangeChecker {
    let path: String
    let locations: FieldLocations
    var diagnostics: [Diagnostic] = []

    mutating func check(_ condition: Bool, _ field: String, _ message: String, incomplete: Bool = false) {
        if !condition {
            diagnostics.append(Diagnostic(path: path, location: locations[field], message: "`\(field)`: \(message)", isIncomplete: incomplete))
        }
    }

    mutating func nonNegative(_ value: Double?, _ field: String) {
        if let value { check(value >= 0, field, "must not be negative") }
    }

    mutating func nonNegative(_ value: Int?, _ field: String) {
        if let value { check(value >= 0, field, "must not be negative") }
    }

    mutating func positive(_ value: Double?, _ field: String) {
        if let value { check(value > 0, field, "must be greater than zero") }
    }

    mutating func year(_ value: Int?, _ field: String) {
        if let value { check((1900...2100).contains(value), field, "\(value) is not a plausible year (1900–2100)") }
    }
}
