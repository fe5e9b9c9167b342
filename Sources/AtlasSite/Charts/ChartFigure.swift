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
}

/// A chart on a page: inline SVG, its data table(s), notes, and the CSV behind it.
struct ChartFigure: Sendable {
    let svg: String
    let tables: [ChartTable]
    let notes: [String]
    let csvURL: String
    let csvFile: OutputFile

    /// Renders `spec` and prepares the CSV at `data/charts/<name>.csv`.
    ///
    /// `tableRows` keeps only matching rows in the HTML table (the CSV keeps all): a chart of every
    /// chip on every chip page would otherwise repeat the whole table on each of them.
    init(_ spec: ChartSpec, name: String, context: SiteContext, tableRows: ((String) -> Bool)? = nil) {
        let chart = ChartRenderer.render(spec)
        svg = chart.svg
        notes = chart.notes
        tables = chart.tables.map { table in
            ChartTable(
                caption: table.caption,
                columns: table.columns.map { Column(label: $0.title, numeric: $0.isNumeric) },
                rows: table.rows.filter { row in tableRows.map { keep in row.first.map { keep($0.text) } ?? true } ?? true }.map { row in
                    ChartTableRow(cells: zip(row, table.columns).map { cell, column in TableCell(text: cell.text, url: cell.url, numeric: column.isNumeric) })
                })
        }
        let path = "data/charts/\(name).csv"
        csvURL = context.link(path)
        let csv = chart.tables.map(\.csv).joined(separator: "\r\n")
        csvFile = OutputFile(path: path, text: csv)
    }

    /// A site-wide unique, slug-shaped name for a chart's files.
    static func name(route: String, chart: String) -> String {
        let base = route.split(separator: "/").joined(separator: "-")
        return (base.isEmpty ? "home" : base) + "-" + chart
    }
}
