/// A drawn chart: the SVG markup, the data as tables (for an HTML fallback and CSV downloads), and notes.
public struct RenderedChart: Sendable {
    /// Inline SVG for an HTML5 page: well-formed XML, responsive `viewBox`, `role="img"`, `<title>` and `<desc>`.
    public let svg: String
    /// The data behind the chart, one table per data set (a map has facilities and countries).
    public let tables: [DataTable]
    /// Where marks are drawn, in viewBox units; every mark lies inside it.
    public let plotArea: ChartRect
    /// What was left out and why ("2 values at or below zero are not shown on the log axis"), also printed under the chart.
    public let notes: [String]
    /// Whether anything was drawn; `false` means the chart shows its "No data" state.
    public let hasData: Bool
}
