import CCmarkGFM
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that touches cmark-gfm: parses, walks and renders, and hands back Swift values.
///
/// cmark-gfm 0.29.0.gfm.6 toggles a process-global table of special inline characters
/// around every inline parse (`cmark_manage_extensions_special_characters`), so two parses
/// running at once corrupt each other. Parsing therefore runs under `parseLock`; walking
/// and HTML rendering touch only the document's own nodes and run concurrently.
enum Cmark {
    /// Serialises `cmark_parser_feed`/`cmark_parser_finish` across the process.
    private static let parseLock = NSLock()

    /// Registers the core extensions exactly once, before any parse can start.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parses `source`, lets `visit` rewrite link destinations, and renders HTML.
    static func render(
        _ source: String,
        configuration: MarkdownConfiguration,
        rewriteDestination: (String) -> String?,
        expandText: ((String) -> Result<String, MarkdownExpansionError>)?
    ) -> (html: String, headings: [MarkdownHeading], links: [MarkdownLink], problems: [MarkdownProblem], blocks: [MarkdownFencedBlock]) {
        precondition(registered)
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if configuration.footnotes { options |= CMARK_OPT_FOOTNOTES }
        if configuration.allowRawHTML { options |= CMARK_OPT_UNSAFE }
        if configuration.smartPunctuation { options |= CMARK_OPT_SMART }
        if configuration.githubPreLang { options |= CMARK_OPT_GITHUB_PRE_LANG }

        guard let parser = cmark_parser_new(options) else { fatalError("cmark_parser_new failed") }
        defer { cmark_parser_free(parser) }
        for name in configuration.extensions.map(\.rawValue).sorted() {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        parseLock.lock()
        let root: OpaquePointer? = {
            var bytes = Array(source.utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
            if bytes.isEmpty { cmark_parser_feed(parser, "", 0) }
            return cmark_parser_finish(parser)
        }()
        parseLock.unlock()
        guard let root else { fatalError("cmark_parser_finish returned no document") }
        defer { cmark_node_free(root) }
        // Placeholders such as `{{ power_mw }}` must be whole text nodes, but `_` and `:` split text.
        if expandText != nil { cmark_consolidate_text_nodes(root) }

        var headings: [MarkdownHeading] = []
        var links: [MarkdownLink] = []
        // Collected first, rewritten after the walk: the iterator must not see nodes change under it.
        var rewrites: [(OpaquePointer, String)] = []
        var headingText: String?
        var headingLevel = 0
        // cmark-gfm pads every table row to the header's width, so cells (not bytes) bound the output.
        var tableColumns = 0
        var tableLine = 0
        var tableCells = 0
        var problems: [MarkdownProblem] = []
        var blocks: [MarkdownFencedBlock] = []
        var literals: [(OpaquePointer, String)] = []

        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER, Int(type.rawValue) & Int(CMARK_NODE_TYPE_MASK) == Int(CMARK_NODE_TYPE_BLOCK),
               let name = cmark_node_get_type_string(node) {
                let typeName = String(cString: name)
                if typeName == "table" {
                    tableColumns = Int(cmark_gfm_extensions_get_table_columns(node))
                    tableLine = Int(cmark_node_get_start_line(node))
                } else if typeName == "table_row" {
                    tableCells += tableColumns
                    if tableCells > configuration.maximumTableCells {
                        problems.append(MarkdownProblem(
                            message: "tables hold more than \(configuration.maximumTableCells) cells in all; split the table or move the data to a file",
                            line: tableLine, column: 1))
                        return ("", headings, links, problems, blocks)
                    }
                }
            }
            switch (type, event) {
            case (CMARK_NODE_HEADING, CMARK_EVENT_ENTER):
                headingText = ""
                headingLevel = Int(cmark_node_get_heading_level(node))
            case (CMARK_NODE_HEADING, CMARK_EVENT_EXIT):
                headings.append(MarkdownHeading(level: headingLevel, text: headingText ?? ""))
                headingText = nil
            case (CMARK_NODE_TEXT, _):
                guard let pointer = cmark_node_get_literal(node) else { break }
                var literal = String(cString: pointer)
                if let expandText, literal.contains("{{") {
                    switch expandText(literal) {
                    case .success(let expanded):
                        literals.append((node, expanded))
                        literal = expanded
                    case .failure(let error):
                        problems.append(MarkdownProblem(message: error.message, line: Int(cmark_node_get_start_line(node)),
                                                        column: Int(cmark_node_get_start_column(node))))
                    }
                }
                if headingText != nil { headingText! += literal }
            case (CMARK_NODE_CODE, _):
                if headingText != nil, let literal = cmark_node_get_literal(node) {
                    headingText! += String(cString: literal)
                }
            case (CMARK_NODE_CODE_BLOCK, CMARK_EVENT_ENTER):
                let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                let language = String(info.split(separator: " ").first ?? "")
                if configuration.fencedBlockLanguages.contains(language) {
                    blocks.append(MarkdownFencedBlock(
                        language: language,
                        content: cmark_node_get_literal(node).map { String(cString: $0) } ?? "",
                        line: Int(cmark_node_get_start_line(node))
                    ))
                }
            case (CMARK_NODE_SOFTBREAK, _), (CMARK_NODE_LINEBREAK, _):
                if headingText != nil { headingText! += " " }
            case (CMARK_NODE_LINK, CMARK_EVENT_ENTER), (CMARK_NODE_IMAGE, CMARK_EVENT_ENTER):
                let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                links.append(MarkdownLink(
                    destination: destination,
                    isImage: type == CMARK_NODE_IMAGE,
                    line: Int(cmark_node_get_start_line(node)),
                    column: Int(cmark_node_get_start_column(node))
                ))
                if let rewritten = rewriteDestination(destination), rewritten != destination {
                    rewrites.append((node, rewritten))
                }
            default:
                break
            }
        }
        for (node, destination) in rewrites {
            cmark_node_set_url(node, destination)
        }
        for (node, literal) in literals {
            cmark_node_set_literal(node, literal)
        }

        let extensionList = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(root, options, extensionList) else { return ("", headings, links, problems, blocks) }
        defer { free(rendered) }
        return (String(cString: rendered), headings, links, problems, blocks)
    }
}
