/// What a quoted power figure measures.
public enum PowerBasis: String, Sendable, Hashable, CaseIterable {
    /// The utility interconnect (grid connection).
    case grid
    /// Total facility power, IT plus cooling and losses.
    case facility
    /// Critical IT power.
    case it
}
