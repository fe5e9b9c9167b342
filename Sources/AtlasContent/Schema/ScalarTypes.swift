/// A lowercase identifier (`a–z`, `0–9`, `-`): an entity's slug, a reference to one, or a tag.
public struct Slug: ScalarDecodable, Encodable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The slug's text.
    public let value: String

    /// Creates a slug without checking it (for code that builds one from a valid file name).
    public init(unchecked value: String) { self.value = value }

    /// Checks the slug rules; nil with a message when broken.
    public static func validate(_ text: String) -> String? {
        if text.isEmpty { return "is empty" }
        if text.unicodeScalars.count > 100 { return "is longer than 100 characters" }
        let allowed = text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        if !allowed { return "may only contain lowercase a–z, 0–9 and `-`" }
        if text.hasPrefix("-") || text.hasSuffix("-") || text.contains("--") { return "must not start or end with `-` or contain `--`" }
        return nil
    }

    static func decode(scalar text: String, quoted: Bool) -> Result<Slug, ScalarError> {
        if let problem = validate(text) { return .failure(ScalarError("`\(text)` \(problem)")) }
        return .success(Slug(unchecked: text))
    }

    /// The slug's text.
    public var description: String { value }

    /// Orders alphabetically.
    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.value < rhs.value }
}

/// An absolute `https` URL with a host.
public struct WebURL: ScalarDecodable, Encodable, Sendable, Hashable, CustomStringConvertible {
    /// The URL as written.
    public let value: String

    static func decode(scalar text: String, quoted: Bool) -> Result<WebURL, ScalarError> {
        let lower = text.lowercased()
        if lower.hasPrefix("http://") {
            return .failure(ScalarError("`\(text)` uses http; link the https address (sources must be https)"))
        }
        guard lower.hasPrefix("https://") else { return .failure(ScalarError("`\(text)` is not an https URL")) }
        let rest = text.dropFirst(8)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let valid = !host.isEmpty && host.contains(".") && !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
        return valid ? .success(WebURL(value: text)) : .failure(ScalarError("`\(text)` is not a well-formed URL"))
    }

    /// The URL as written.
    public var description: String { value }
}

extension PartialDate: ScalarDecodable, Encodable {
    /// Encodes as its ISO text, e.g. `2025-09`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func decode(scalar text: String, quoted: Bool) -> Result<PartialDate, ScalarError> {
        switch parse(text) {
        case .success(let date): .success(date)
        case .failure(.impossible): .failure(ScalarError("`\(text)` is not a real calendar date"))
        case .failure(.malformed): .failure(ScalarError("`\(text)` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"))
        }
    }

    /// Decodes through the strict front-matter decoder only.
    public init(from decoder: any Decoder) throws { throw AlreadyReported() }
}

extension Slug {
    /// Encodes as its text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// Decodes through the strict front-matter decoder only.
    public init(from decoder: any Decoder) throws { throw AlreadyReported() }
}

extension WebURL {
    /// Encodes as its text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// Decodes through the strict front-matter decoder only.
    public init(from decoder: any Decoder) throws { throw AlreadyReported() }
}

/// A closed set of spellings, e.g. a facility's status.
protocol FrontMatterEnum: ScalarDecodable, Encodable, RawRepresentable<String>, CaseIterable {}

extension FrontMatterEnum {
    static func decode(scalar text: String, quoted: Bool) -> Result<Self, ScalarError> {
        if let value = Self(rawValue: text) { return .success(value) }
        let names = allCases.map(\.rawValue)
        return .failure(ScalarError(
            "`\(text)` is not one of \(names.map { "`\($0)`" }.joined(separator: ", "))\(Spelling.hint(for: text, among: names))"
        ))
    }

    /// Decodes through the strict front-matter decoder only.
    public init(from decoder: any Decoder) throws { throw AlreadyReported() }
}
