internal import Mustache
internal import AtlasCharts

/// HTML escaping by Unicode scalar.
///
/// swift-mustache's built-in HTML escaping walks Characters, so `"` followed by a combining
/// mark (one grapheme) slips through unescaped; walking scalars cannot miss it.
public enum HTMLEscaping {
    /// Escapes `& < > " '` wherever they occur (the same rule as the charts' SVG text).
    public static func escape(_ text: String) -> String {
        SVGText.escape(text)
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
