/// Identifies an entity: its kind and slug.
public struct EntryID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The content folder.
    public var kind: ContentKind
    /// The URL slug.
    public var slug: String

    /// Creates an id.
    public init(kind: ContentKind, slug: String) {
        self.kind = kind
        self.slug = slug
    }

    /// Orders by kind, then slug.
    public static func < (lhs: EntryID, rhs: EntryID) -> Bool { (lhs.kind, lhs.slug) < (rhs.kind, rhs.slug) }

    /// `facilities/x`.
    public var description: String { "\(kind.rawValue)/\(slug)" }
}

/// The kind-specific fields of an entity.
public enum EntryDetails: Sendable, Hashable {
    case facility(Facility)
    case chip(Chip)
    case consortium(Consortium)
    case investment(Investment)
    case organization(Organization)
    case region(Region)
    case policy(Policy)
    case scenario(Scenario)
    case page

    /// References to other entities in these fields.
    public var references: [Reference] {
        switch self {
        case .facility(let value): value.references
        case .chip(let value): value.references
        case .consortium(let value): value.references
        case .investment(let value): value.references
        case .organization(let value): value.references
        case .region, .policy, .scenario, .page: []
        }
    }
}

/// One validated content file.
public struct Entry: Sendable, Hashable {
    /// Kind and slug.
    public var id: EntryID
    /// Where it came from, e.g. `content/facilities/x.md`.
    public var path: String
    /// Fields every kind has.
    public var common: CommonFields
    /// Fields of its kind.
    public var details: EntryDetails
    /// The Markdown body.
    public var body: String
    /// File line where the body starts.
    public var bodyLine: Int
    /// Where each front-matter value stands.
    public var locations: FieldLocations

    /// The entity's title.
    public var title: String { common.title }
    /// Whether it only builds with `--drafts`.
    public var isDraft: Bool { common.draft ?? false }
}
