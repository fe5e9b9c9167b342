import AtlasCharts

/// Checks what must hold for every rendered chart, whatever its data: well-formed XML, accessible
/// root, no NaN or infinity, no negative sizes, marks inside the plot, ticks in order.
enum ChartInvariants {
    /// The problems found in `chart` (empty when it is sound).
    static func problems(in chart: RenderedChart) -> [String] {
        let document: SVGDocument
        do {
            document = try SVGDocument(chart.svg)
        } catch {
            return ["not well-formed XML: \(error)"]
        }
        var problems: [String] = []
        // Names in the random data are free of these letters, so any hit is a printed number.
        for element in document.elements {
            let numbers = element.attributes.filter { !["href", "class", "id", "font-family"].contains($0.key) }.values
            let labels = element.inheritedClasses.contains("atlas-ticks") || element.inheritedClasses.contains("atlas-value-labels") ? [element.text] : []
            for text in Array(numbers) + labels {
                let lowered = text.lowercased()
                if lowered.contains("nan") || lowered.contains("inf") { problems.append("\"\(text)\" on <\(element.name)>") }
            }
        }
        problems += rootProblems(document)
        problems += sizeProblems(document)
        if chart.hasData {
            problems += markProblems(document, plot: chart.plotArea)
            problems += tickProblems(document)
        }
        for table in chart.tables {
            for row in table.rows where row.count != table.columns.count {
                problems.append("table row with \(row.count) cells for \(table.columns.count) columns")
            }
        }
        return problems
    }

    private static func rootProblems(_ document: SVGDocument) -> [String] {
        guard let root = document.elements.first, root.name == "svg" else { return ["the root is not <svg>"] }
        var problems: [String] = []
        if root.attributes["role"] != "img" { problems.append("the root lacks role=img") }
        if root.attributes["width"] != nil || root.attributes["height"] != nil { problems.append("the root has a fixed size") }
        let box = (root.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        if box.count != 4 || box[2] <= 0 || box[3] <= 0 { problems.append("bad viewBox \(root.attributes["viewBox"] ?? "none")") }
        let ids = document.elements.compactMap { $0.attributes["id"] }
        if Set(ids).count != ids.count { problems.append("duplicate ids") }
        for reference in ["aria-labelledby", "aria-describedby"] {
            guard let id = root.attributes[reference], ids.contains(id) else {
                problems.append("\(reference) does not name an element")
                continue
            }
        }
        let title = document.elements.first { $0.attributes["id"] == root.attributes["aria-labelledby"] }
        if title?.name != "title" || title?.text.isEmpty != false { problems.append("no <title>") }
        return problems
    }

    private static func sizeProblems(_ document: SVGDocument) -> [String] {
        var problems: [String] = []
        for element in document.elements {
            for attribute in ["width", "height", "r"] {
                if let value = element.number(attribute), value < 0 { problems.append("negative \(attribute) on <\(element.name)>") }
            }
            for (name, value) in element.attributes where value.hasPrefix("-0") && (value == "-0" || value.dropFirst(2).allSatisfy { $0 == "." || $0 == "0" }) {
                problems.append("\"-0\" in \(name)")
            }
        }
        return problems
    }

    private static func markProblems(_ document: SVGDocument, plot: ChartRect) -> [String] {
        var problems: [String] = []
        let marks = document.marks
        if marks.isEmpty { problems.append("a chart with data but no marks") }
        for mark in marks {
            for point in points(of: mark) where !plot.contains(point, tolerance: 0.11) {
                problems.append("<\(mark.name) class=\"\(mark.attributes["class"] ?? "")\"> at (\(point.x), \(point.y)) outside the plot \(plot)")
                break
            }
        }
        return problems
    }

    /// The corners, centres or vertices of a mark, read from its attributes.
    static func points(of mark: SVGDocument.Element) -> [ChartPoint] {
        switch mark.name {
        case "rect":
            guard let x = mark.number("x"), let y = mark.number("y"), let width = mark.number("width"), let height = mark.number("height") else { return [] }
            return [ChartPoint(x: x, y: y), ChartPoint(x: x + width, y: y + height)]
        case "circle":
            guard let x = mark.number("cx"), let y = mark.number("cy") else { return [] }
            return [ChartPoint(x: x, y: y)]
        case "line":
            guard let x1 = mark.number("x1"), let y1 = mark.number("y1"), let x2 = mark.number("x2"), let y2 = mark.number("y2") else { return [] }
            return [ChartPoint(x: x1, y: y1), ChartPoint(x: x2, y: y2)]
        case "path":
            return absolutePathPoints(mark.attributes["d"] ?? "")
        default:
            return []
        }
    }

    /// Vertices of path data made of absolute M, L and Z commands (the only ones marks use).
    static func absolutePathPoints(_ data: String) -> [ChartPoint] {
        var numbers: [Double] = []
        var points: [ChartPoint] = []
        var token = ""
        func flush() {
            if let value = Double(token) { numbers.append(value) }
            token = ""
        }
        for character in data {
            if "MLZ".contains(character) || character == " " || character == "," {
                flush()
            } else if character == "-" && !token.isEmpty {
                flush()
                token = "-"
            } else {
                token.append(character)
            }
        }
        flush()
        var index = 0
        while index + 1 < numbers.count {
            points.append(ChartPoint(x: numbers[index], y: numbers[index + 1]))
            index += 2
        }
        return points
    }

    private static func tickProblems(_ document: SVGDocument) -> [String] {
        var problems: [String] = []
        let xLabels = document.elements.filter { $0.name == "text" && $0.inheritedClasses.contains("atlas-ticks-x") }.compactMap { $0.number("x") }
        let yLabels = document.elements.filter { $0.name == "text" && $0.inheritedClasses.contains("atlas-ticks-y") }.compactMap { $0.number("y") }
        if zip(xLabels, xLabels.dropFirst()).contains(where: { $0 >= $1 }) { problems.append("x tick labels not strictly left to right: \(xLabels)") }
        if zip(yLabels, yLabels.dropFirst()).contains(where: { $0 <= $1 }) { problems.append("y tick labels not strictly bottom to top: \(yLabels)") }
        return problems
    }
}
