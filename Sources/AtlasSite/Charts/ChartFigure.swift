internal import AtlasCharts

/// A cell of a chart's data table.
struct TableCell: Sendable {
    let text: String
    let url: String?
    let numeric: Bool
}

/// A row of a chart's data table.
struct ChartTableRow: Sendable {
    let cells: [TableCell]
}

/// A chart's data, as an HTML table next to it.
struct ChartTable: Sendable {
    let caption: String
    let columns: [Column]
    let rows: [ChartTableRow]
    /// Says how many rows only the CSV has, when the table is cut short.
    let more: String?
}

/// What `partials/figure` shows of a chart: inline SVG, its data table(s), notes, the CSV link.
struct FigureView: Sendable {
    let svg: String
    let tables: [ChartTable]
    let notes: [String]
    let csvURL: String
}

/// A chart on a page, drawn once into HTML, with the CSV behind it.
///
/// The figure is rendered through `partials/figure` when it is made, so a page only splices
/// its HTML in, and a figure shown on many pages is drawn once.
struct ChartFigure: Sendable {
    /// The figure's markup.
    let html: String
    /// Where the CSV goes and what it holds; text, not bytes: templates see every stored
    /// property, and a byte array would become thousands of template values.
    let csvPath: String
    let csv: String
    /// Shown on many pages: its CSV is written once by the build, not by each page.
    var shared = false

    /// The CSV behind the chart, as an output file.
    var csvFile: OutputFile { OutputFile(path: csvPath, text: csv) }

    /// Most rows a figure's HTML table shows (an hourly week would be 168); the CSV has every row.
    static let maximumTableRows = 50

    /// Renders `spec` and prepares the CSV at `data/charts/<name>.csv`.
    ///
    /// `tableRows` keeps only matching rows in the HTML table (the CSV keeps all): a chart of every
    /// chip on every chip page would otherwise repeat the whole table on each of them.
    init(_ spec: ChartSpec, name: String, context: SiteContext, tableRows: ((String) -> Bool)? = nil) {
        let chart = ChartRenderer.render(spec)
        let tables = chart.tables.map { table in
            let kept = table.rows.filter { row in tableRows.map { keep in row.first.map { keep($0.text) } ?? true } ?? true }
            let shown = kept.prefix(Self.maximumTableRows)
            return ChartTable(
                caption: table.caption,
                columns: table.columns.map { Column(label: $0.title, numeric: $0.isNumeric) },
                rows: shown.map { row in
                    ChartTableRow(cells: zip(row, table.columns).map { cell, column in TableCell(text: cell.text, url: cell.url, numeric: column.isNumeric) })
                },
                more: kept.count > shown.count ? "The first \(shown.count) of \(kept.count) rows; the CSV has them all." : nil)
        }
        let path = "data/charts/\(name).csv"
        let view = FigureView(svg: chart.svg, tables: tables, notes: chart.notes, csvURL: context.link(path))
        let markup = context.templates?.render(view, with: "partials/figure") ?? ""
        // `partials/charts` puts each figure on its own lines.
        html = markup.utf8.last == UInt8(ascii: "\n") ? String(Substring(markup.utf8.dropLast())) : markup
        csvPath = path
        csv = chart.tables.map(\.csv).joined(separator: "\r\n")
    }

    /// A site-wide unique, slug-shaped name for a chart's files.
    static func name(route: String, chart: String) -> String {
        let base = route.split(separator: "/").joined(separator: "-")
        return (base.isEmpty ? "home" : base) + "-" + chart
    }
}
