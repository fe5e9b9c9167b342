internal import Foundation
public import AtlasContent
internal import AtlasMarkdown

/// `{{ name }}` and `{{ kind/slug name }}` in prose: a value of this entity or another, with its unit.
enum Placeholders {
    /// The expanded text and each placeholder's expansion, or the first placeholder that names nothing.
    static func expand(_ text: String, own: [String: NamedValue], entry: EntryID,
                       lookup: (EntryID) -> [String: NamedValue]?) -> Result<(text: String, used: [String: String]), MarkdownExpansionError> {
        var output = ""
        var used: [String: String] = [:]
        var rest = text[...]
        while let open = rest.firstRange(of: "{{") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else {
                return .failure(MarkdownExpansionError("`{{` is not closed with `}}`"))
            }
            let token = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            let parts = token.split(separator: " ", omittingEmptySubsequences: true)
            let values: [String: NamedValue]?
            let name: String
            var target = "this \(entry.kind.singular.lowercased())"
            switch parts.count {
            case 1:
                values = own
                name = String(parts[0])
            case 2:
                let path = parts[0].split(separator: "/")
                guard path.count == 2, let kind = ContentKind(rawValue: String(path[0])) else {
                    return .failure(MarkdownExpansionError("`{{ \(token) }}`: write `{{ name }}` or `{{ kind/slug name }}`"))
                }
                let id = EntryID(kind: kind, slug: String(path[1]))
                guard let found = lookup(id) else {
                    return .failure(MarkdownExpansionError("`{{ \(token) }}`: no \(kind.rawValue) entry `\(id.slug)`"))
                }
                values = found
                name = String(parts[1])
                target = "\(kind.rawValue)/\(id.slug)"
            default:
                return .failure(MarkdownExpansionError("`{{ \(token) }}`: write `{{ name }}` or `{{ kind/slug name }}`"))
            }
            guard let value = values?[name] else {
                let known = (values ?? [:]).keys.sorted()
                let list = known.isEmpty ? "it has no values" : "known: " + known.joined(separator: ", ")
                return .failure(MarkdownExpansionError("`{{ \(token) }}`: \(target) has no value `\(name)`\(Spelling.hintText(for: name, among: known)) (\(list))"))
            }
            output += value.text
            used[token] = value.text
            rest = rest[close.upperBound...]
        }
        output += rest
        return .success((output, used))
    }
}
