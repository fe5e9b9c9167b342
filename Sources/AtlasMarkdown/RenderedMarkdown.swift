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

/// A fenced code block of a language the caller handles itself (e.g. ```` ```chart ````).
public struct MarkdownFencedBlock: Sendable, Hashable {
    /// The fence's language word.
    public var language: String
    /// The block's text.
    public var content: String
    /// 1-based line of the opening fence.
    public var line: Int
}

/// Why a `{{ … }}` placeholder could not be expanded.
public struct MarkdownExpansionError: Error, Sendable, Hashable {
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }
}

/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML fragment.
    public var html: String
    /// Headings in document order.
    public var headings: [MarkdownHeading]
    /// Links and images in document order.
    public var links: [MarkdownLink]
    /// Limits the document broke and placeholders that did not expand; the HTML is unusable when not empty.
    public var problems: [MarkdownProblem] = []
    /// Fenced blocks of the configured languages, in document order; each is also in `html`
    /// as `<pre><code class="language-…">`, for the caller to replace.
    public var fencedBlocks: [MarkdownFencedBlock] = []
}
