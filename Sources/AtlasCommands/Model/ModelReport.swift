internal import AtlasSimulation

/// A value in a model report: what JSON can hold, never NaN or infinity.
indirect enum ReportValue {
    case number(Double)
    case integer(Int)
    case text(String)
    case flag(Bool)
    case null
    case object([(String, ReportValue)])
    case array([ReportValue])

    /// A number, or null when it is not finite (the core never returns one, but JSON must stay valid).
    static func of(_ value: Double?) -> ReportValue {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }
}

/// The output of one `atlas model` query, renderable as sorted-key JSON or an aligned table.
struct ModelReport {
    /// Top-level fields in reading order (JSON sorts them).
    var fields: [(String, ReportValue)]

    /// Pretty-printed JSON with keys sorted at every level, so output is byte-stable.
    func json() -> String {
        var text = ""
        Self.writeJSON(.object(fields), indent: 0, into: &text)
        return text
    }

    /// `key  value` lines; nested objects indented, long arrays summarised.
    func table() -> String {
        var lines: [String] = []
        Self.writeTable(fields, depth: 0, into: &lines)
        return lines.joined(separator: "\n")
    }

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), Swift.abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func writeJSON(_ value: ReportValue, indent: Int, into text: inout String) {
        let padding = String(repeating: "  ", count: indent + 1)
        switch value {
        case let .number(value): text += Self.number(value)
        case let .integer(integer): text += String(integer)
        case let .text(string): text += quoted(string)
        case let .flag(flag): text += flag ? "true" : "false"
        case .null: text += "null"
        case let .object(pairs):
            guard !pairs.isEmpty else { text += "{}"; return }
            text += "{\n"
            for (index, pair) in pairs.sorted(by: { $0.0 < $1.0 }).enumerated() {
                text += padding + quoted(pair.0) + ": "
                writeJSON(pair.1, indent: indent + 1, into: &text)
                text += index == pairs.count - 1 ? "\n" : ",\n"
            }
            text += String(repeating: "  ", count: indent) + "}"
        case let .array(items):
            guard !items.isEmpty else { text += "[]"; return }
            if items.allSatisfy({ if case .object = $0 { false } else { true } }) {
                text += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { text += ", " }
                    writeJSON(item, indent: indent, into: &text)
                }
                text += "]"
                return
            }
            text += "[\n"
            for (index, item) in items.enumerated() {
                text += padding
                writeJSON(item, indent: indent + 1, into: &text)
                text += index == items.count - 1 ? "\n" : ",\n"
            }
            text += String(repeating: "  ", count: indent) + "]"
        }
    }

    private static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func writeTable(_ pairs: [(String, ReportValue)], depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let width = pairs.map(\.0.count).max() ?? 0
        for (key, value) in pairs {
            let label = indent + key.replacingOccurrences(of: "_", with: " ")
            let padded = label + String(repeating: " ", count: Swift.max(1, width - key.count + 2))
            switch value {
            case let .object(nested):
                lines.append(label + ":")
                writeTable(nested, depth: depth + 1, into: &lines)
            case let .array(items) where items.contains(where: { if case .object = $0 { true } else { false } }):
                lines.append(label + ":")
                lines.append(contentsOf: columns(items, indent: indent + "  "))
            case let .array(items):
                let shown = items.prefix(6).map(scalarText).joined(separator: ", ")
                lines.append(padded + "[" + shown + (items.count > 6 ? ", … (\(items.count) values)" : "") + "]")
            default:
                lines.append(padded + scalarText(value))
            }
        }
    }

    /// Rows of objects as an aligned table with a header, one row per item.
    private static func columns(_ items: [ReportValue], indent: String) -> [String] {
        var keys: [String] = []
        var rows: [[String: String]] = []
        for item in items {
            guard case let .object(pairs) = item else { continue }
            var row: [String: String] = [:]
            for (key, value) in pairs {
                if !keys.contains(key) { keys.append(key) }
                row[key] = scalarText(value)
            }
            rows.append(row)
        }
        let headers = keys.map { $0.replacingOccurrences(of: "_", with: " ") }
        let widths = keys.indices.map { index in
            rows.reduce(headers[index].count) { Swift.max($0, ($1[keys[index]] ?? "").count) }
        }
        func line(_ cells: [String]) -> String {
            let text = indent + zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
            return String(text.reversed().drop { $0 == " " }.reversed())
        }
        return [line(headers)] + rows.map { row in line(keys.map { row[$0] ?? "" }) }
    }

    private static func scalarText(_ value: ReportValue) -> String {
        switch value {
        case let .number(number):
            if number == number.rounded(), Swift.abs(number) < 1e15 { return String(Int64(number)) }
            let magnitude = Swift.abs(number)
            if magnitude >= 1e15 || magnitude < 1e-3 { return "\(number)" }
            if magnitude >= 1000 { return String(Int64(number.rounded())) }
            // Four significant decimals are enough to read; JSON keeps full precision.
            let scaled = (number * 10_000).rounded() / 10_000
            return scaled == scaled.rounded() ? String(Int64(scaled)) : "\(scaled)"
        case let .integer(integer): return String(integer)
        case let .text(string): return string
        case let .flag(flag): return flag ? "yes" : "no"
        case .null: return "—"
        case .object, .array: return ""
        }
    }
}

extension Provenance {
    /// The provenance as a report object: model, version, inputs and assumptions with sources.
    var report: ReportValue {
        let inputs: [(String, ReportValue)] = self.inputs.map { input in
            switch input.value {
            case let .number(number): (input.name, .of(number))
            case let .text(text): (input.name, .text(text))
            case let .flag(flag): (input.name, .flag(flag))
            }
        }
        let assumptions: [ReportValue] = self.assumptions.map { parameter in
            var fields: [(String, ReportValue)] = [
                ("name", .text(parameter.name)), ("value", .of(parameter.value)), ("unit", .text(parameter.unit)),
                ("source", .text(parameter.source)), ("confidence", .text(parameter.confidence.rawValue)),
            ]
            if let low = parameter.low { fields.append(("low", .of(low))) }
            if let high = parameter.high { fields.append(("high", .of(high))) }
            return .object(fields)
        }
        return .object([
            ("model", .text(model)), ("model_version", .text(modelVersion)), ("inputs", .object(inputs)),
            ("assumptions", .array(assumptions)),
        ])
    }
}
