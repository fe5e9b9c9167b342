/// A mark along an axis that gives the data context: a threshold line or a shaded region.
public enum AxisReference: Sendable, Hashable {
    /// A dashed line at `value`, labelled; the axis stretches to show it.
    case threshold(Double, label: String)
    /// A shaded band from `from` to `to` (`nil` for the axis's end), labelled in its corner.
    case region(from: Double?, to: Double?, label: String)
}
