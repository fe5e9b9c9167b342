public import AtlasContent
internal import Mustache
internal import Foundation

/// The site's compiled Mustache templates.
///
/// Templates are logic-less: every decision is made in a view model before rendering.
struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    private let names: Set<String>

    /// Compiles every template; parse errors and references to missing partials point at `file:line:col`.
    static func compile(_ files: [TemplateFile]) -> (TemplateSet?, [Diagnostic]) {
        precondition(HTMLEscaping.registered)
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        let names = Set(files.map(\.name))
        for file in files.sorted(by: { $0.name < $1.name }) {
            do {
                let template = try MustacheTemplate(string: HTMLEscaping.pragma + file.text)
                library.register(template, named: file.name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = max(1, error.context.columnNumber - (line == 1 ? HTMLEscaping.pragma.count : 0))
                diagnostics.append(.error("template error: \(describe(error.error))", path: file.path, line: line, column: column))
            } catch {
                diagnostics.append(.error("template error: \(error)", path: file.path, line: 1))
            }
            for (reference, line, column) in partialReferences(in: file.text) where !names.contains(reference) {
                diagnostics.append(.error(
                    "template `\(reference)` is used here but there is no templates/\(reference).mustache",
                    path: file.path, line: line, column: column
                ))
            }
        }
        return diagnostics.isEmpty ? (TemplateSet(library: library, names: names), []) : (nil, diagnostics)
    }

    /// Whether a template of that name exists.
    func has(_ name: String) -> Bool { names.contains(name) }

    /// Renders `model` with the template `name`.
    func render(_ model: Any, with name: String) -> String {
        library.render(TemplateValues.convert(model), withTemplate: name) ?? ""
    }

    /// `{{> name}}` and `{{< name}}` tags, with their positions.
    private static func partialReferences(in text: String) -> [(String, Int, Int)] {
        var found: [(String, Int, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.firstRange(of: "{{") {
                let after = rest[open.upperBound...]
                guard let close = after.firstRange(of: "}}") else { break }
                let tag = after[..<close.lowerBound].trimmingPrefix(" ")
                if let sigil = tag.first, sigil == ">" || sigil == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    let column = line.unicodeScalars.distance(from: line.startIndex, to: open.lowerBound) + 1
                    found.append((name, index + 1, column))
                }
                rest = after[close.upperBound...]
            }
        }
        return found
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with the wrong name"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed with `}}`"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is opened but never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid set-delimiter tag"
        default: "\(error)"
        }
    }
}
