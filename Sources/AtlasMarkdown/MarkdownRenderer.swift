/// Renders Markdown to HTML with cmark-gfm; safe to call from many tasks at once.
public struct MarkdownRenderer: Sendable {
    /// The configuration every render uses.
    public let configuration: MarkdownConfiguration

    /// Creates a renderer.
    public init(configuration: MarkdownConfiguration = .atlas) {
        self.configuration = configuration
    }

    /// Renders `source`; `rewriteDestination` may replace a link destination (nil keeps it), and
    /// `expandText` replaces `{{ … }}` placeholders in text (never in code).
    public func render(
        _ source: String,
        rewriteDestination: (String) -> String? = { _ in nil },
        expandText: ((String) -> Result<String, MarkdownExpansionError>)? = nil
    ) -> RenderedMarkdown {
        if configuration.extensions.contains(.table),
           let excess = TableGuard.firstExcess(in: source, limit: configuration.maximumTableCells) {
            let problem = MarkdownProblem(
                message: "tables hold more than \(configuration.maximumTableCells) cells in all (about \(excess.cells) here); split the table or move the data to a file",
                line: excess.line, column: 1)
            return RenderedMarkdown(html: "", headings: [], links: [], problems: [problem])
        }
        let (html, headings, links, problems, blocks) = Cmark.render(
            source, configuration: configuration, rewriteDestination: rewriteDestination, expandText: expandText
        )
        // Anchors are matched to `<hN>` tags by position, which only holds when no raw HTML passes.
        guard configuration.headingAnchors, !configuration.allowRawHTML else {
            return RenderedMarkdown(html: html, headings: headings, links: links, problems: problems, fencedBlocks: blocks)
        }
        let anchored = HeadingAnchors.apply(to: html, headings: headings)
        return RenderedMarkdown(html: anchored.html, headings: anchored.headings, links: links, problems: problems, fencedBlocks: blocks)
    }
}
