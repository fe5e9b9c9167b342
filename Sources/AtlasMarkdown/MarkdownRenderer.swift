/// Renders Markdown to HTML with cmark-gfm; safe to call from many tasks at once.
public struct MarkdownRenderer: Sendable {
    /// The configuration every render uses.
    public let configuration: MarkdownConfiguration

    /// Creates a renderer.
    public init(configuration: MarkdownConfiguration = .atlas) {
        self.configuration = configuration
    }

    /// Renders `source`; `rewriteDestination` may replace a link destination (nil keeps it).
    public func render(
        _ source: String,
        rewriteDestination: (String) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        let (html, headings, links) = Cmark.render(
            source, configuration: configuration, rewriteDestination: rewriteDestination
        )
        // Anchors are matched to `<hN>` tags by position, which only holds when no raw HTML passes.
        guard configuration.headingAnchors, !configuration.allowRawHTML else {
            return RenderedMarkdown(html: html, headings: headings, links: links)
        }
        let anchored = HeadingAnchors.apply(to: html, headings: headings)
        return RenderedMarkdown(html: anchored.html, headings: anchored.headings, links: links)
    }
}
