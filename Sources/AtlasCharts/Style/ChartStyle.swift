/// The stylesheet that themes every chart: light and dark colours as CSS variables, and a print style.
///
/// Append `ChartStyle.css` to the site's stylesheet. Each chart also carries its light colours as
/// presentation attributes, so it reads correctly without this stylesheet too.
public enum ChartStyle {
    /// The CSS for charts: `--atlas-*` variables (light, `prefers-color-scheme: dark`, print) and the classes marks use.
    public static let css: String = {
        var lines: [String] = ["/* Atlas charts: colours as variables, light by default, dark on request, light in print. */"]
        lines.append(":root {")
        lines += variables(dark: false)
        lines.append("}")
        lines.append("@media (prefers-color-scheme: dark) {")
        lines.append("  :root {")
        lines += variables(dark: true).map { "  " + $0 }
        lines.append("  }")
        lines.append("}")
        lines.append("@media print {")
        lines.append("  :root {")
        lines += variables(dark: false).map { "  " + $0 }
        lines.append("  }")
        lines.append("  .atlas-chart { break-inside: avoid; }")
        lines.append("}")
        lines += rules
        return lines.joined(separator: "\n") + "\n"
    }()

    private static func variables(dark: Bool) -> [String] {
        var lines: [String] = []
        for role in ChartPalette.chrome {
            lines.append("  --atlas-chart-\(role.name): \(dark ? role.dark : role.light);")
        }
        for (index, color) in (dark ? ChartPalette.seriesDark : ChartPalette.series).enumerated() {
            lines.append("  --atlas-series-\(index + 1): \(color);")
        }
        for (index, color) in (dark ? ChartPalette.rampDark : ChartPalette.ramp).enumerated() {
            lines.append("  --atlas-ramp-\(index + 1): \(color);")
        }
        return lines
    }

    private static let rules: [String] = {
        var lines = [
            ".atlas-chart { display: block; width: 100%; height: auto; overflow: visible; }",
            ".atlas-chart text { fill: var(--atlas-chart-text); }",
            ".atlas-chart .atlas-muted-text { fill: var(--atlas-chart-muted); }",
            ".atlas-chart .atlas-bg { fill: var(--atlas-chart-bg); }",
            ".atlas-chart .atlas-halo { stroke: var(--atlas-chart-bg); }",
            ".atlas-chart .atlas-grid { stroke: var(--atlas-chart-grid); }",
            ".atlas-chart .atlas-axis { stroke: var(--atlas-chart-axis); }",
            ".atlas-chart .atlas-reference { stroke: var(--atlas-chart-muted); }",
            ".atlas-chart .atlas-region { fill: var(--atlas-chart-muted); }",
            ".atlas-chart .atlas-land { fill: var(--atlas-chart-land); }",
            ".atlas-chart .atlas-nodata { fill: var(--atlas-chart-nodata); }",
            ".atlas-chart .atlas-border { stroke: var(--atlas-chart-border); }",
            ".atlas-chart .atlas-outline { stroke: var(--atlas-chart-bg); }",
            ".atlas-chart .atlas-fill-muted { fill: var(--atlas-chart-series-muted); }",
            ".atlas-chart .atlas-stroke-muted { stroke: var(--atlas-chart-series-muted); }",
            ".atlas-chart .atlas-fill-fg { fill: var(--atlas-chart-text); }",
            ".atlas-chart .atlas-stroke-fg { stroke: var(--atlas-chart-text); }",
        ]
        for index in 1...ChartPalette.series.count {
            lines.append(".atlas-chart .atlas-fill-\(index) { fill: var(--atlas-series-\(index)); }")
            lines.append(".atlas-chart .atlas-stroke-\(index) { stroke: var(--atlas-series-\(index)); }")
        }
        for index in 1...ChartPalette.ramp.count {
            lines.append(".atlas-chart .atlas-ramp-\(index) { fill: var(--atlas-ramp-\(index)); }")
        }
        lines += [
            ".atlas-chart a:hover .atlas-mark, .atlas-chart a:focus-visible .atlas-mark { stroke: var(--atlas-chart-text); stroke-width: 2; }",
            ".atlas-chart a:focus-visible { outline: none; }",
            ".atlas-chart .atlas-hover:hover { fill-opacity: 0.08; }",
        ]
        return lines
    }()
}
