/// The folders of `content/`, one per kind of entity.
public enum ContentKind: String, CaseIterable, Sendable, Hashable, Comparable, Codable {
    case facilities, chips, consortia, investments, organizations, regions, policies, scenarios, pages

    /// One entity of this kind, for headings ("Facility").
    public var singular: String {
        switch self {
        case .facilities: "Facility"
        case .chips: "Chip"
        case .consortia: "Consortium"
        case .investments: "Investment"
        case .organizations: "Organization"
        case .regions: "Region"
        case .policies: "Policy"
        case .scenarios: "Scenario"
        case .pages: "Page"
        }
    }

    /// The list page's heading ("Facilities").
    public var plural: String {
        switch self {
        case .pages: "Pages"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }

    /// Kinds whose entities must list at least one source.
    public var requiresSources: Bool {
        switch self {
        case .facilities, .chips, .consortia, .investments, .policies: true
        case .organizations, .regions, .scenarios, .pages: false
        }
    }

    /// Sorts in declaration order, so output is stable.
    public static func < (lhs: ContentKind, rhs: ContentKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
