/// Type sizes and spacing shared by every chart, in viewBox units (CSS pixels at natural size).
enum ChartMetrics {
    /// Space between the chart's edge and its content.
    static let padding = 16.0
    /// The headline.
    static let titleSize = 18.0
    static let titleLineHeight = 23.0
    /// The line under the headline.
    static let subtitleSize = 13.5
    static let subtitleLineHeight = 18.0
    /// Tick labels, legends, direct labels.
    static let labelSize = 12.5
    /// Axis titles and reference labels.
    static let axisTitleSize = 12.5
    /// Source and notes.
    static let footerSize = 11.5
    static let footerLineHeight = 15.0
    /// Distance from a text's baseline to its visual middle, as a fraction of its size.
    static let baselineToMiddle = 0.35
    /// The font stack; sizes elsewhere are estimated from Helvetica's widths.
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

    /// The y of a baseline that centres text of `size` on `middle`.
    static func baseline(centredOn middle: Double, size: Double = labelSize) -> Double {
        middle + size * baselineToMiddle
    }
}
