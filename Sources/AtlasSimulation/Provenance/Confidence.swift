/// How well a parameter is supported, using the tags of the reference notes (`models.md` §0).
public enum Confidence: String, Sendable, Hashable, CaseIterable {
    /// Checked against a primary or near-primary source ([V]).
    case verified
    /// From a secondary source such as press or a wiki ([S]).
    case secondary
    /// Derived by arithmetic from verified or secondary inputs ([D]).
    case derived
    /// From general knowledge, not found in the sources consulted ([?]).
    case uncertain

    /// The reference notes' short tag, e.g. `[V]`.
    public var tag: String {
        switch self {
        case .verified: "[V]"
        case .secondary: "[S]"
        case .derived: "[D]"
        case .uncertain: "[?]"
        }
    }
}
