/// The GFM syntax extensions that cmark-gfm ships.
public enum MarkdownExtension: String, Sendable, CaseIterable, Hashable {
    case table, strikethrough, autolink, tagfilter, tasklist
}

/// How Markdown is parsed and rendered.
public struct MarkdownConfiguration: Sendable, Hashable {
    /// Syntax extensions to attach to the parser.
    public var extensions: Set<MarkdownExtension>
    /// Footnotes are a parser option in cmark-gfm, not an extension.
    public var footnotes: Bool
    /// Passes raw HTML and dangerous URLs through; never set for site content.
    public var allowRawHTML: Bool
    /// Curly quotes and dashes.
    public var smartPunctuation: Bool
    /// Renders a fenced block's language as `<pre lang>` instead of a class.
    public var githubPreLang: Bool
    /// Adds `id` attributes and self-links to headings.
    public var headingAnchors: Bool
    /// Most table cells a document may hold; more is refused before rendering.
    public var maximumTableCells: Int
    /// Fenced-block languages reported in `RenderedMarkdown.fencedBlocks`.
    public var fencedBlockLanguages: Set<String>

    /// Creates a configuration.
    public init(
        extensions: Set<MarkdownExtension>,
        footnotes: Bool,
        allowRawHTML: Bool = false,
        smartPunctuation: Bool = false,
        githubPreLang: Bool = false,
        headingAnchors: Bool = false,
        maximumTableCells: Int = 100_000,
        fencedBlockLanguages: Set<String> = []
    ) {
        self.maximumTableCells = maximumTableCells
        self.fencedBlockLanguages = fencedBlockLanguages
        self.extensions = extensions
        self.footnotes = footnotes
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
        self.githubPreLang = githubPreLang
        self.headingAnchors = headingAnchors
    }

    /// What Atlas uses for content bodies: all of GFM, safe mode, heading anchors.
    public static let atlas = MarkdownConfiguration(
        extensions: Set(MarkdownExtension.allCases),
        footnotes: true,
        headingAnchors: true,
        fencedBlockLanguages: ["chart"]
    )
}
