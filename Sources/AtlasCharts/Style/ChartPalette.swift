/// The colours behind `ChartColor` and the chart chrome, light and dark; the CSS is built from these lists.
///
/// Marks carry a class (themed by CSS variables) and the light colour as a presentation
/// attribute, so a chart read without the site's CSS (an SVG file, a feed) still has colour.
enum ChartPalette {
    /// Okabe–Ito, ordered so the first colours contrast most on white; black is left out.
    static let series = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442"]
    /// The same hues for dark backgrounds; the blue is lifted so it keeps 3:1 contrast.
    static let seriesDark = ["#3D9BE0", "#E69F00", "#00B386", "#E8702A", "#8DD0F5", "#DB94BC", "#F0E442"]
    /// Sequential ramp for choropleths, light to dark purple: one hue, so it reads by lightness alone
    /// (colour-blind safe), not a hue of the palette colours dots use, and even its lightest step is
    /// darker than "no data" grey, so missing reads as less than the least.
    static let ramp = ["#D0CCE8", "#B3ADDA", "#958ECB", "#776EB9", "#5B4FA5", "#412E8A"]
    /// The ramp for dark backgrounds, dark to bright, so more still reads as stronger.
    static let rampDark = ["#3D3566", "#50468A", "#6659A8", "#8074C2", "#A096D8", "#C6BEEE"]

    /// Chrome colours: (CSS variable suffix, light, dark).
    static let chrome: [(name: String, light: String, dark: String)] = [
        ("bg", "#FFFFFF", "#1B1F23"),
        ("text", "#1D2329", "#E6E9EC"),
        ("muted", "#5B6570", "#A6B0BA"),
        ("grid", "#E3E6E9", "#30363C"),
        ("axis", "#8F98A1", "#66707A"),
        ("land", "#E1E4E8", "#343B42"),
        ("nodata", "#E6E8EB", "#2C3238"),
        ("border", "#FFFFFF", "#1B1F23"),
        ("series-muted", "#8C959F", "#7D8790"),
    ]

    /// The light colour of a chrome role, for presentation attributes.
    static func chromeColor(_ name: String) -> String {
        chrome.first { $0.name == name }?.light ?? "#000000"
    }

    /// The light colour of `color`, written as the presentation attribute.
    static func hex(_ color: ChartColor) -> String {
        switch color {
        case .series(let number): series[paletteIndex(number)]
        case .muted: chromeColor("series-muted")
        case .foreground: chromeColor("text")
        }
    }

    /// The class that themes `color` as a fill.
    static func fillClass(_ color: ChartColor) -> String { "atlas-fill-" + classSuffix(color) }

    /// The class that themes `color` as a stroke.
    static func strokeClass(_ color: ChartColor) -> String { "atlas-stroke-" + classSuffix(color) }

    /// The class and light colour of ramp step `step` (0-based) of `count` steps.
    static func rampColor(step: Int, of count: Int) -> (className: String, hex: String) {
        let index = rampIndex(step: step, of: count)
        return ("atlas-ramp-\(index + 1)", ramp[index])
    }

    /// Spreads `count` steps over the six ramp colours, keeping both ends.
    static func rampIndex(step: Int, of count: Int) -> Int {
        guard count > 1 else { return ramp.count / 2 }
        let clamped = min(max(step, 0), count - 1)
        return Int((Double(clamped) * Double(ramp.count - 1) / Double(count - 1)).rounded())
    }

    private static func paletteIndex(_ number: Int) -> Int {
        ((number - 1) % series.count + series.count) % series.count
    }

    private static func classSuffix(_ color: ChartColor) -> String {
        switch color {
        case .series(let number): String(paletteIndex(number) + 1)
        case .muted: "muted"
        case .foreground: "fg"
        }
    }
}
