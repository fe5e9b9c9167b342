/// A colour from the chart palette, themed light or dark by `ChartStyle.css`.
public enum ChartColor: Sendable, Hashable {
    /// The n-th colour (1…7) of the Okabe–Ito palette, safe for colour-blind readers; wraps around.
    case series(Int)
    /// Grey, for "other" or context series.
    case muted
    /// The text colour, for a reference series such as load.
    case foreground

    /// The palette colour for the series at `index` (0-based), in palette order.
    public static func automatic(_ index: Int) -> ChartColor {
        .series(index % ChartPalette.series.count + 1)
    }
}
