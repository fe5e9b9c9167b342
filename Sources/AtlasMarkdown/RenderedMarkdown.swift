/// A heading found in a Markdown document.
public struct MarkdownHeading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    /// The heading's plain text.
    public var text: String
    /// The anchor id, when heading anchors are on.
    public var id: String?

    /// Creates a heading.
    public init(level: Int, text: String, id: String? = nil) {
        self.level = level
        self.text = text
        self.id = id
    }
}

/// A link or image destination, with where it stands in the Markdown source.
public struct MarkdownLink: Sendable, Hashable {
    /// The destination as written (before any rewriting).
    public var destination: String
    /// Whether this is an image rather than a link.
    public var isImage: Bool
    /// 1-based line in the Markdown source.
    public var line: Int
    /// 1-based column in the Markdown source.
    public var column: Int
}

/// Why a document was not rendered, with where in its source.
public struct MarkdownProblem: Sendable, Hashable {
    /// What is wrong.
    public var message: String
    /// 1-based line in the Markdown source.
    public var line: Int
    /// 1-based column.
    public var column: Int
}

/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML fragment.
    public var html: String
    /// Headings in document order.
    public var headings: [MarkdownHeading]
    /// Links and images in document order.
    public var links: [MarkdownLink]
    /// Limits the document broke; when not empty, `html` is empty.
    public var problems: [MarkdownProblem] = []
}
