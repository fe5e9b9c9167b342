internal import Yams

/// A value read from a single scalar by its own rules (dates, enums, slugs, URLs).
protocol ScalarDecodable: Decodable {
    /// Reads the scalar's text; `quoted` says whether it was written in quotes.
    static func decode(scalar text: String, quoted: Bool) -> Result<Self, ScalarError>
}

extension ScalarDecodable {
    /// The same reading, callable on an existential metatype.
    static func decodeErased(scalar text: String, quoted: Bool) -> Result<Any, ScalarError> {
        decode(scalar: text, quoted: quoted).map { $0 as Any }
    }
}

/// Where every decoded value stood, keyed by its dotted path (`fleet.0.chip`).
public struct FieldLocations: Sendable, Hashable {
    var table: [String: SourceLocation] = [:]
    /// Where the front matter starts, for errors about the whole block.
    public var start: SourceLocation

    /// The location of `path`, or the front matter's start if the field is absent.
    public subscript(_ path: String) -> SourceLocation { table[path] ?? start }
}

/// Marks an error that has already been recorded as a diagnostic.
struct AlreadyReported: Error {}

/// Collects diagnostics and locations while one file's front matter decodes.
final class DecodingSession {
    let path: String
    let lineOffset: Int
    var diagnostics: [Diagnostic] = []
    var locations: FieldLocations
    /// Keys the root mapping may hold; checked once by the caller rather than per struct.
    var skipRootKeyCheck = true

    init(path: String, frontMatterLine: Int) {
        self.path = path
        self.lineOffset = frontMatterLine - 1
        self.locations = FieldLocations(start: SourceLocation(line: frontMatterLine, column: 1))
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return locations.start }
        return SourceLocation(line: mark.line + lineOffset, column: mark.column)
    }

    func report(_ message: String, at location: SourceLocation, incomplete: Bool = false) {
        diagnostics.append(Diagnostic(path: path, location: location, message: message, isIncomplete: incomplete))
    }

    func report(_ message: String, at node: Node, incomplete: Bool = false) {
        report(message, at: location(of: node), incomplete: incomplete)
    }

    /// Decodes `node` as `T`, recording a diagnostic (and throwing `AlreadyReported`) on failure.
    func decode<T: Decodable>(_ type: T.Type, from node: Node, path: [any CodingKey]) throws -> T {
        let name = Self.dotted(path)
        locations.table[name] = location(of: node)
        if let listType = T.self as? any FrontMatterList.Type {
            return try listType.decodeErasedList(from: node, path: path, session: self) as! T
        }
        if T.self is any ScalarDecodable.Type || T.self == String.self || T.self == Int.self
            || T.self == Double.self || T.self == Bool.self {
            guard let scalar = node.scalar else {
                report("`\(name)` must be a single value, not a \(node.mapping != nil ? "mapping" : "list")", at: node)
                throw AlreadyReported()
            }
            let quoted = scalar.style != .plain
            let result: Result<T, ScalarError>
            if let scalarType = T.self as? any ScalarDecodable.Type {
                result = scalarType.decodeErased(scalar: scalar.string, quoted: quoted).map { $0 as! T }
            } else if T.self == String.self {
                if !quoted, let reading = ScalarRules.nonStringReading(scalar.string) {
                    result = .failure(ScalarError("`\(scalar.string)` reads as \(reading) in YAML; put it in quotes if you mean the text"))
                } else if let problem = InvisibleCharacters.problemInText(scalar.string) {
                    result = .failure(ScalarError(problem))
                } else {
                    result = .success(scalar.string as! T)
                }
            } else if T.self == Int.self {
                result = ScalarRules.int(scalar.string, quoted: quoted).map { $0 as! T }
            } else if T.self == Double.self {
                result = ScalarRules.double(scalar.string, quoted: quoted).map { $0 as! T }
            } else {
                result = ScalarRules.bool(scalar.string, quoted: quoted).map { $0 as! T }
            }
            switch result {
            case .success(let value): return value
            case .failure(let error):
                report("`\(name)`: \(error.message)", at: node)
                throw AlreadyReported()
            }
        }
        do {
            return try T(from: NodeDecoder(node: node, session: self, codingPath: path))
        } catch is AlreadyReported {
            throw AlreadyReported()
        } catch {
            report("`\(name)`: \(error)", at: node)
            throw AlreadyReported()
        }
    }

    static func dotted(_ path: [any CodingKey]) -> String {
        path.map { key -> String in
            if let index = key.intValue { return String(index) }
            return key.stringValue
        }.joined(separator: ".")
    }
}

/// Arrays decode element by element so that every bad element is reported, not just the first.
protocol FrontMatterList {
    static func decodeErasedList(from node: Node, path: [any CodingKey], session: DecodingSession) throws -> Any
}

extension Array: FrontMatterList where Element: Decodable {
    static func decodeErasedList(from node: Node, path: [any CodingKey], session: DecodingSession) throws -> Any {
        guard let sequence = node.sequence else {
            session.report("`\(DecodingSession.dotted(path))` must be a list (write `[a, b]` or one `- item` per line)", at: node)
            throw AlreadyReported()
        }
        var elements: [Element] = []
        var failed = false
        for (index, child) in sequence.enumerated() {
            if let scalar = child.scalar, scalar.style == .plain, ScalarRules.nullWords.contains(scalar.string) {
                session.report("`\(DecodingSession.dotted(path))` has an empty item", at: child)
                failed = true
                continue
            }
            let childPath: [any CodingKey] = path + [IndexKey(index)]
            if let element = try? session.decode(Element.self, from: child, path: childPath) {
                elements.append(element)
            } else {
                failed = true
            }
        }
        if failed { throw AlreadyReported() }
        return elements
    }
}

/// A coding key for list positions.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { String(intValue!) }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// A `Decoder` over a Yams node that reports every problem with its file position.
struct NodeDecoder: Decoder {
    let node: Node
    let session: DecodingSession
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let mapping = node.mapping else {
            session.report("`\(DecodingSession.dotted(codingPath))` must be a mapping of `key: value` lines", at: node)
            throw AlreadyReported()
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                session.report("keys must be plain names", at: key)
                continue
            }
            entries[name] = (key, value)
        }
        if let iterable = Key.self as? any CaseIterable.Type, !(codingPath.isEmpty && session.skipRootKeyCheck) {
            let known = Self.names(of: iterable)
            for (name, entry) in entries.sorted(by: { $0.key < $1.key }) where !known.contains(name) {
                let prefix = codingPath.isEmpty ? "" : "\(DecodingSession.dotted(codingPath))."
                session.report("unknown key `\(prefix)\(name)`\(Spelling.hint(for: name, among: known))", at: entry.key)
            }
        }
        return KeyedDecodingContainer(MappingContainer<Key>(
            node: node, entries: entries, session: session, codingPath: codingPath
        ))
    }

    private static func names<T: CaseIterable>(of type: T.Type) -> Set<String> {
        Set(type.allCases.compactMap { ($0 as? any CodingKey)?.stringValue })
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        session.report("`\(DecodingSession.dotted(codingPath))` has an unsupported shape", at: node)
        throw AlreadyReported()
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ScalarContainer(node: node, session: session, codingPath: codingPath)
    }
}

/// A mapping's fields; absent optional fields are nil, bad ones are reported and read as nil.
struct MappingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let node: Node
    let entries: [String: (key: Node, value: Node)]
    let session: DecodingSession
    let codingPath: [any CodingKey]

    var allKeys: [Key] { entries.keys.sorted().compactMap(Key.init(stringValue:)) }

    func contains(_ key: Key) -> Bool { entries[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let value = entries[key.stringValue]?.value else { return true }
        return Self.isNull(value)
    }

    private static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ScalarRules.nullWords.contains(scalar.string)
    }

    private func name(_ key: Key) -> String { DecodingSession.dotted(codingPath + [key]) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let entry = entries[key.stringValue] else {
            session.report("missing required field `\(name(key))`", at: node, incomplete: true)
            throw AlreadyReported()
        }
        if Self.isNull(entry.value) {
            session.report("required field `\(name(key))` is empty (`~`, `null` and nothing all mean no value)", at: entry.key, incomplete: true)
            throw AlreadyReported()
        }
        return try session.decode(T.self, from: entry.value, path: codingPath + [key])
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let entry = entries[key.stringValue] else { return nil }
        if Self.isNull(entry.value) {
            session.report("`\(name(key))` has no value (`~`, `null` and nothing all mean none); give a value or remove the line", at: entry.key)
            return nil
        }
        return try? session.decode(T.self, from: entry.value, path: codingPath + [key])
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeIfPresent(Box<String>.self, forKey: key)?.value }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeIfPresent(Box<Int>.self, forKey: key)?.value }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeIfPresent(Box<Double>.self, forKey: key)?.value }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeIfPresent(Box<Bool>.self, forKey: key)?.value }

    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(Box<String>.self, forKey: key).value }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(Box<Int>.self, forKey: key).value }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(Box<Double>.self, forKey: key).value }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(Box<Bool>.self, forKey: key).value }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try decode(Double.self, forKey: key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { throw unsupported(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { throw unsupported(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { throw unsupported(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { Int64(try decode(Int.self, forKey: key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { throw unsupported(key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { throw unsupported(key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { throw unsupported(key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { throw unsupported(key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { throw unsupported(key) }

    private func unsupported(_ key: Key) -> any Error {
        session.report("`\(name(key))` has an unsupported type", at: node)
        return AlreadyReported()
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        guard let entry = entries[key.stringValue] else { throw unsupported(key) }
        return try NodeDecoder(node: entry.value, session: session, codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw unsupported(key) }
    func superDecoder() throws -> any Decoder { NodeDecoder(node: node, session: session, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw unsupported(key) }
}

/// Routes primitive fields through `DecodingSession.decode`, which applies the strict rules.
private struct Box<Value: Decodable>: Decodable {
    let value: Value
    init(from decoder: any Decoder) throws {
        guard let decoder = decoder as? NodeDecoder else { throw AlreadyReported() }
        value = try decoder.session.decode(Value.self, from: decoder.node, path: decoder.codingPath)
    }
}

/// One scalar, for types that decode themselves from a single value.
struct ScalarContainer: SingleValueDecodingContainer {
    let node: Node
    let session: DecodingSession
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { node.scalar.map { $0.style == .plain && ScalarRules.nullWords.contains($0.string) } ?? false }
    func decode(_ type: Bool.Type) throws -> Bool { try session.decode(Bool.self, from: node, path: codingPath) }
    func decode(_ type: String.Type) throws -> String { try session.decode(String.self, from: node, path: codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try session.decode(Double.self, from: node, path: codingPath) }
    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try session.decode(Int.self, from: node, path: codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { throw AlreadyReported() }
    func decode(_ type: Int16.Type) throws -> Int16 { throw AlreadyReported() }
    func decode(_ type: Int32.Type) throws -> Int32 { throw AlreadyReported() }
    func decode(_ type: Int64.Type) throws -> Int64 { Int64(try decode(Int.self)) }
    func decode(_ type: UInt.Type) throws -> UInt { throw AlreadyReported() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { throw AlreadyReported() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { throw AlreadyReported() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { throw AlreadyReported() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { throw AlreadyReported() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try session.decode(T.self, from: node, path: codingPath) }
}
