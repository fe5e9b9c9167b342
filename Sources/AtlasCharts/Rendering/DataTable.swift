/// The data behind a chart as rows of text: for the HTML table next to the chart and for CSV downloads.
public struct DataTable: Sendable, Hashable {
    /// What the table holds ("Power by facility").
    public var caption: String
    /// The column headers.
    public var columns: [DataColumn]
    /// The rows, each with one cell per column.
    public var rows: [[DataCell]]

    /// A table.
    public init(caption: String, columns: [DataColumn], rows: [[DataCell]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    /// The table as RFC 4180 CSV (CRLF line ends, quotes where needed); numbers are written plain ("1200.5").
    public var csv: String {
        var lines = [columns.map { Self.quoted($0.title) }.joined(separator: ",")]
        for row in rows {
            lines.append(row.map { cell in Self.quoted(cell.value.map(DecimalText.plain) ?? cell.text) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A field, quoted when it holds a comma, quote or line break.
    static func quoted(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return field }
        // Per Unicode scalar: a quote followed by a combining mark is one Character but still a quote.
        var escaped = String.UnicodeScalarView()
        for scalar in field.unicodeScalars {
            escaped.append(scalar)
            if scalar == "\"" { escaped.append(scalar) }
        }
        return "\"" + String(escaped) + "\""
    }
}

/// A column header, and whether its cells are numbers (to align them right).
public struct DataColumn: Sendable, Hashable {
    /// The header text, with the unit when there is one ("Power (MW)").
    public var title: String
    /// Whether the cells hold numbers.
    public var isNumeric: Bool

    /// A column.
    public init(title: String, isNumeric: Bool = false) {
        self.title = title
        self.isNumeric = isNumeric
    }
}

/// One table cell: the text to show, the number behind it (for CSV), and a link.
public struct DataCell: Sendable, Hashable {
    /// The formatted text ("1,200 MW"), or empty for no value.
    public var text: String
    /// The raw number, when the cell holds one.
    public var value: Double?
    /// A page the cell links to.
    public var url: String?

    /// A cell.
    public init(text: String, value: Double? = nil, url: String? = nil) {
        self.text = text
        self.value = value
        self.url = url
    }

    /// A text cell.
    static func label(_ text: String, url: String? = nil) -> DataCell {
        DataCell(text: text, url: url)
    }

    /// A number cell formatted with `format`, or an empty one for `nil`.
    static func number(_ value: Double?, format: ValueFormat) -> DataCell {
        guard let value, value.isFinite else { return DataCell(text: "") }
        return DataCell(text: format.cellText(value), value: value)
    }
}
