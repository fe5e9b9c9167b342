import Testing
import CCmarkGFM
@testable import AtlasMarkdown

/// `CmarkLibrary` binds cmark-gfm's functions by name; these assignments only compile when its
/// typealiases match the headers, so a signature drift breaks the build, not a render.
@Suite struct CmarkSignatureTests {
    @Test func everyBoundFunctionMatchesItsHeader() {
        let parserNew: CmarkLibrary.ParserNew = cmark_parser_new
        let disposers: [CmarkLibrary.Dispose] = [cmark_parser_free, cmark_node_free, cmark_consolidate_text_nodes, cmark_iter_free]
        let findExtension: CmarkLibrary.FindExtension = cmark_find_syntax_extension
        let attach: CmarkLibrary.Attach = cmark_parser_attach_syntax_extension
        let feed: CmarkLibrary.Feed = cmark_parser_feed
        let nodeOf: [CmarkLibrary.NodeOf] = [cmark_parser_finish, cmark_iter_new, cmark_iter_get_node]
        let iterNext: CmarkLibrary.IterNext = cmark_iter_next
        let nodeType: CmarkLibrary.NodeType = cmark_node_get_type
        let texts: [CmarkLibrary.TextOf] = [cmark_node_get_type_string, cmark_node_get_literal, cmark_node_get_fence_info, cmark_node_get_url]
        let columns: CmarkLibrary.Columns = cmark_gfm_extensions_get_table_columns
        let numbers: [CmarkLibrary.NumberOf] = [cmark_node_get_start_line, cmark_node_get_start_column, cmark_node_get_heading_level]
        let setters: [CmarkLibrary.SetText] = [cmark_node_set_url, cmark_node_set_literal]
        let extensions: CmarkLibrary.Extensions = cmark_parser_get_syntax_extensions
        let render: CmarkLibrary.RenderHTML = cmark_render_html
        let allocator: CmarkLibrary.Allocator = cmark_get_default_mem_allocator
        let register: CmarkLibrary.Register = cmark_gfm_core_extensions_ensure_registered
        _ = (parserNew, findExtension, attach, feed, iterNext, nodeType, columns, extensions, render, allocator, register)
        #expect(disposers.count + nodeOf.count + texts.count + numbers.count + setters.count == 16)
        // And the linked copy binds every one of them by name.
        #expect(CmarkLibrary.pool.loaded >= 1)
    }
}
