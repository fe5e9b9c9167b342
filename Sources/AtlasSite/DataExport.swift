public import AtlasContent
internal import AtlasSimulation
internal import Foundation

/// The atlas as data: `data/<kind>.json` and `data/<kind>.csv`, with every front-matter field.
enum DataExport {
    /// The licence the data is published under.
    static let licence = "CC BY 4.0"

    /// JSON and CSV files for every kind except free pages.
    static func files(graph: ContentGraph, baseURL: SiteURL, computed: ComputedModels, values: [EntryID: [String: NamedValue]]) async -> [OutputFile] {
        let kinds = ContentKind.allCases.filter { $0 != .pages }
        return await kinds.concurrentMap { kind -> [OutputFile] in
            let records = graph.entries(of: kind).map {
                EntityRecord(entry: $0, url: baseURL.absolute(Routes.entry($0.id)),
                             computed: ComputedRecord(id: $0.id, computed: computed, values: values[$0.id] ?? [:]))
            }
            let dataset = Dataset(dataset: "Atlas of the AI-infrastructure buildout: \(kind.rawValue)", licence: licence,
                                  url: baseURL.absolute("data/"), entries: records)
            let json = (try? encoder.encode(dataset)) ?? Data("{}".utf8)
            // Read back untyped with a small reader: a Codable decode of `JSONValue` tries each type
            // in turn and throws, and JSONSerialization rounds some doubles differently.
            var reader = JSONReader(bytes: Array(json))
            let values = reader.value()?.objectFields?["entries"]?.arrayValues?.compactMap(\.objectFields) ?? []
            return [
                OutputFile(path: "data/\(kind.rawValue).json", bytes: Array(json) + [0x0A]),
                OutputFile(path: "data/\(kind.rawValue).csv", text: csv(values, kind: kind)),
            ]
        }.flatMap { $0 }
    }

    /// Sorted keys and fixed formatting keep the files byte-identical across builds.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }()

    /// Columns: identity first, then every other field alphabetically; lists joined with `; `.
    static func csv(_ rawEntries: [[String: JSONValue]], kind: ContentKind) -> String {
        // Computed values become columns of their own (`capacity.accelerators`); assumptions stay in the JSON.
        let entries = rawEntries.map { entry -> [String: JSONValue] in
            var flat = entry
            flat["computed"] = nil
            if case .object(let models)? = entry["computed"] {
                for (model, record) in models {
                    guard case .object(let fields) = record, case .object(let values)? = fields["values"] else { continue }
                    for (name, value) in values { flat["\(model).\(name)"] = value }
                }
            }
            return flat
        }
        let leading = ["kind", "slug", "title", "url"]
        var columns = leading
        for entry in entries {
            for key in entry.keys.sorted() where !columns.contains(key) { columns.append(key) }
        }
        var lines = [columns.map(quote).joined(separator: ",")]
        for entry in entries {
            lines.append(columns.map { quote(entry[$0]?.csvText ?? "") }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180 quoting.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}

/// The file's wrapper: what it is, its licence and where it lives.
private struct Dataset: Encodable {
    let dataset: String
    let licence: String
    let url: String
    let entries: [EntityRecord]
}

/// One entity with its identity and every front-matter field, under the field's own name.
struct EntityRecord: Encodable {
    let entry: Entry
    let url: String
    let computed: ComputedRecord?

    private enum IdentityKeys: String, CodingKey { case kind, slug, url, computed }

    func encode(to encoder: any Encoder) throws {
        try entry.common.encode(to: encoder)
        switch entry.details {
        case .facility(let value): try value.encode(to: encoder)
        case .chip(let value): try value.encode(to: encoder)
        case .consortium(let value): try value.encode(to: encoder)
        case .investment(let value): try value.encode(to: encoder)
        case .organization(let value): try value.encode(to: encoder)
        case .region(let value): try value.encode(to: encoder)
        case .policy(let value): try value.encode(to: encoder)
        case .scenario(let value): try value.encode(to: encoder)
        case .page: break
        }
        var identity = encoder.container(keyedBy: IdentityKeys.self)
        try identity.encode(entry.id.kind.rawValue, forKey: .kind)
        try identity.encode(entry.id.slug, forKey: .slug)
        try identity.encode(url, forKey: .url)
        try identity.encodeIfPresent(computed, forKey: .computed)
    }
}

/// The models' results for one entity, one object per model, each with its version and assumptions.
struct ComputedRecord: Encodable {
    let capacity: ModelRecord?
    let energy: ModelRecord?
    let interconnect: ModelRecord?
    let export: ModelRecord?

    init?(id: EntryID, computed: ComputedModels, values: [String: NamedValue]) {
        func record(_ prefixes: [String], _ provenances: [Provenance]) -> ModelRecord? {
            let selected = values.filter { name, _ in prefixes.contains { name.hasPrefix($0) } }
            guard !selected.isEmpty else { return nil }
            return ModelRecord(values: selected, provenances: provenances)
        }
        if case .success(let facility)? = computed.facilities[id] {
            let assessment = facility.assessment
            capacity = record(["capacity.", "training."], [assessment.capacity.provenance] + assessment.training.map(\.provenance))
            energy = record(["energy.", "supply."], [assessment.energy.provenance] + (assessment.supply.map { [$0.provenance] } ?? []))
            interconnect = record(["fabric.", "interconnect."], facility.opticsByTechnology.map(\.1.provenance)
                                  + (facility.gradientSync.map { [$0.collective.provenance] } ?? []))
            export = nil
        } else if case .success(let classification)? = computed.chips[id] {
            capacity = nil
            energy = nil
            interconnect = nil
            export = record(["export."], [classification.provenance])
        } else {
            return nil
        }
    }
}

/// One model's values (numbers where they are numbers), version and assumptions.
struct ModelRecord: Encodable {
    let values: [String: JSONScalar]
    let modelVersion: String
    let assumptions: [AssumptionRecord]

    init(values named: [String: NamedValue], provenances: [Provenance]) {
        var values: [String: JSONScalar] = [:]
        for (name, value) in named {
            let key = String(name.split(separator: ".", maxSplits: 1).last ?? Substring(name))
            values[key] = value.number.map(JSONScalar.number) ?? .text(value.text)
        }
        self.values = values
        modelVersion = provenances.first?.modelVersion ?? ModelVersion.current
        var seen: Set<String> = []
        assumptions = provenances.flatMap(\.assumptions).filter { seen.insert($0.name).inserted }.map {
            AssumptionRecord(name: $0.name, value: $0.value, unit: $0.unit, low: $0.low, high: $0.high, source: $0.source, confidence: $0.confidence.rawValue)
        }
    }

    private enum CodingKeys: String, CodingKey { case values, modelVersion = "model_version", assumptions }
}

/// An assumption as data.
struct AssumptionRecord: Encodable {
    let name: String
    let value: Double
    let unit: String
    let low: Double?
    let high: Double?
    let source: String
    let confidence: String
}

/// A number or a word.
enum JSONScalar: Encodable {
    case number(Double), text(String)

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        }
    }
}

/// A JSON value, for flattening records into CSV cells.
indirect enum JSONValue: Decodable, Sendable {
    case bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue]), null

    /// The fields of an object; nil for anything else.
    var objectFields: [String: JSONValue]? {
        if case .object(let fields) = self { fields } else { nil }
    }

    /// The elements of an array; nil for anything else.
    var arrayValues: [JSONValue]? {
        if case .array(let values) = self { values } else { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    /// Scalars as text, lists of scalars joined with `; `, structures as `key=value` pairs.
    var csvText: String {
        switch self {
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .double(let value): value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
        case .string(let value): value
        case .null: ""
        case .array(let values): values.map(\.csvText).joined(separator: "; ")
        case .object(let fields):
            // A source reads best as its URL; other structures as `key=value` pairs.
            if case .string(let url)? = fields["url"] { url }
            else { fields.keys.sorted().map { "\($0)=\(fields[$0]!.csvText)" }.joined(separator: " ") }
        }
    }
}

/// Reads JSON text into `JSONValue`s: whole numbers as integers, others with Swift's own exact
/// `Double` parsing. Returns nil on malformed input.
struct JSONReader {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func value() -> JSONValue? {
        skipSpace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var fields: [String: JSONValue] = [:]
            skipSpace()
            if peek(UInt8(ascii: "}")) { index += 1; return .object(fields) }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard peek(UInt8(ascii: ":")) else { return nil }
                index += 1
                guard let field = value() else { return nil }
                fields[key] = field
                skipSpace()
                if peek(UInt8(ascii: ",")) { index += 1; continue }
                guard peek(UInt8(ascii: "}")) else { return nil }
                index += 1
                return .object(fields)
            }
        case UInt8(ascii: "["):
            index += 1
            var values: [JSONValue] = []
            skipSpace()
            if peek(UInt8(ascii: "]")) { index += 1; return .array(values) }
            while true {
                guard let element = value() else { return nil }
                values.append(element)
                skipSpace()
                if peek(UInt8(ascii: ",")) { index += 1; continue }
                guard peek(UInt8(ascii: "]")) else { return nil }
                index += 1
                return .array(values)
            }
        case UInt8(ascii: "\""):
            return string().map(JSONValue.string)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default:
            let start = index
            while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let integer = Int(text) { return .int(integer) }
            // As JSONDecoder would: a whole number in exponent form still reads as an integer.
            guard let number = Double(text) else { return nil }
            if number == number.rounded(), abs(number) < 9.2e18 { return .int(Int(number)) }
            return .double(number)
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
    }

    private mutating func literal(_ word: String, _ result: JSONValue) -> JSONValue? {
        let end = index + word.utf8.count
        guard end <= bytes.count, bytes[index..<end].elementsEqual(word.utf8) else { return nil }
        index = end
        return result
    }

    private mutating func string() -> String? {
        guard peek(UInt8(ascii: "\"")) else { return nil }
        index += 1
        var scalars: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "u"):
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code), peek(UInt8(ascii: "\\")), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        guard let low = hex4() else { return nil }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    scalars.append(contentsOf: String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
                default: scalars.append(escape)
                }
            default:
                scalars.append(byte)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else { return nil }
        index += 4
        return code
    }
}
