internal import Mustache

/// HTML escaping by Unicode scalar.
///
/// swift-mustache's built-in HTML escaping walks Characters, so `"` followed by a combining
/// mark (one grapheme) slips through unescaped; walking scalars cannot miss it.
enum HTMLEscaping {
    /// Escapes `& < > " '` wherever they occur.
    static func escape(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        output.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output.append(contentsOf: "&amp;".unicodeScalars)
            case "<": output.append(contentsOf: "&lt;".unicodeScalars)
            case ">": output.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": output.append(contentsOf: "&quot;".unicodeScalars)
            case "'": output.append(contentsOf: "&#39;".unicodeScalars)
            default: output.append(scalar)
            }
        }
        return String(output)
    }

    /// The content-type name templates are switched to.
    static let contentTypeName = "ATLAS_HTML"

    /// The pragma prepended to every template (on its first line, so line numbers hold).
    static let pragma = "{{% CONTENT_TYPE: \(contentTypeName) }}"

    /// Registers the content type once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(ScalarHTMLContentType(), named: contentTypeName)
        return true
    }()
}

/// The Mustache content type that escapes per scalar.
struct ScalarHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}
