import CCmarkGFM
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that touches cmark-gfm: parses, walks and renders, and hands back Swift values.
///
/// cmark-gfm 0.29.0.gfm.6 keeps the special inline characters of extensions (`~`, and `:` and
/// `w` for autolinks) in a process-global table, adds them before each inline pass and removes
/// them after it (`cmark_manage_extensions_special_characters`), so two parses in one copy of
/// the library corrupt each other. The answer is one copy of the library per core:
/// `CmarkLibrary` loads further copies with `dlmopen` into their own link-map namespaces, each
/// with its own globals, and a render borrows a whole copy for its parse, walk and render.
/// Renders therefore run in parallel without sharing any cmark state.
enum Cmark {
    /// Parses `source`, lets `visit` rewrite link destinations, and renders HTML.
    static func render(
        _ source: String,
        configuration: MarkdownConfiguration,
        rewriteDestination: (String) -> String?,
        expandText: ((String) -> Result<String, MarkdownExpansionError>)?
    ) -> (html: String, headings: [MarkdownHeading], links: [MarkdownLink], problems: [MarkdownProblem], blocks: [MarkdownFencedBlock]) {
        CmarkLibrary.pool.borrow { cmark in
            render(source, configuration: configuration, rewriteDestination: rewriteDestination, expandText: expandText, with: cmark)
        }
    }

    private static func render(
        _ source: String,
        configuration: MarkdownConfiguration,
        rewriteDestination: (String) -> String?,
        expandText: ((String) -> Result<String, MarkdownExpansionError>)?,
        with cmark: CmarkLibrary
    ) -> (html: String, headings: [MarkdownHeading], links: [MarkdownLink], problems: [MarkdownProblem], blocks: [MarkdownFencedBlock]) {
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if configuration.footnotes { options |= CMARK_OPT_FOOTNOTES }
        if configuration.allowRawHTML { options |= CMARK_OPT_UNSAFE }
        if configuration.smartPunctuation { options |= CMARK_OPT_SMART }
        if configuration.githubPreLang { options |= CMARK_OPT_GITHUB_PRE_LANG }

        guard let parser = cmark.parserNew(options) else { fatalError("cmark_parser_new failed") }
        defer { cmark.parserFree(parser) }
        for name in configuration.extensions.map(\.rawValue).sorted() {
            if let ext = cmark.findSyntaxExtension(name) {
                cmark.parserAttachSyntaxExtension(parser, ext)
            }
        }
        let root: OpaquePointer? = {
            var bytes = Array(source.utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                    cmark.parserFeed(parser, $0, buffer.count)
                }
            }
            if bytes.isEmpty { cmark.parserFeed(parser, "", 0) }
            return cmark.parserFinish(parser)
        }()
        guard let root else { fatalError("cmark_parser_finish returned no document") }
        defer { cmark.nodeFree(root) }
        // Placeholders such as `{{ power_mw }}` must be whole text nodes, but `_` and `:` split text.
        if expandText != nil { cmark.consolidateTextNodes(root) }

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

        let iterator = cmark.iterNew(root)
        defer { cmark.iterFree(iterator) }
        while true {
            let event = cmark.iterNext(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark.iterGetNode(iterator) else { continue }
            let type = cmark.nodeGetType(node)
            if event == CMARK_EVENT_ENTER, Int(type.rawValue) & Int(CMARK_NODE_TYPE_MASK) == Int(CMARK_NODE_TYPE_BLOCK),
               let name = cmark.nodeGetTypeString(node) {
                let typeName = String(cString: name)
                if typeName == "table" {
                    tableColumns = Int(cmark.gfmExtensionsGetTableColumns(node))
                    tableLine = Int(cmark.nodeGetStartLine(node))
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
                headingLevel = Int(cmark.nodeGetHeadingLevel(node))
            case (CMARK_NODE_HEADING, CMARK_EVENT_EXIT):
                headings.append(MarkdownHeading(level: headingLevel, text: headingText ?? ""))
                headingText = nil
            case (CMARK_NODE_TEXT, _):
                guard let pointer = cmark.nodeGetLiteral(node) else { break }
                // Most text nodes hold no placeholder and are not in a heading: skip making a String.
                let placeholder = expandText != nil && strstr(pointer, "{{") != nil
                guard placeholder || headingText != nil else { break }
                var literal = String(cString: pointer)
                if let expandText, placeholder {
                    switch expandText(literal) {
                    case .success(let expanded):
                        literals.append((node, expanded))
                        literal = expanded
                    case .failure(let error):
                        problems.append(MarkdownProblem(message: error.message, line: Int(cmark.nodeGetStartLine(node)),
                                                        column: Int(cmark.nodeGetStartColumn(node))))
                    }
                }
                if headingText != nil { headingText! += literal }
            case (CMARK_NODE_CODE, _):
                if headingText != nil, let literal = cmark.nodeGetLiteral(node) {
                    headingText! += String(cString: literal)
                }
            case (CMARK_NODE_CODE_BLOCK, CMARK_EVENT_ENTER):
                let info = cmark.nodeGetFenceInfo(node).map { String(cString: $0) } ?? ""
                let language = String(info.split(separator: " ").first ?? "")
                if configuration.fencedBlockLanguages.contains(language) {
                    blocks.append(MarkdownFencedBlock(
                        language: language,
                        content: cmark.nodeGetLiteral(node).map { String(cString: $0) } ?? "",
                        line: Int(cmark.nodeGetStartLine(node))
                    ))
                }
            case (CMARK_NODE_SOFTBREAK, _), (CMARK_NODE_LINEBREAK, _):
                if headingText != nil { headingText! += " " }
            case (CMARK_NODE_LINK, CMARK_EVENT_ENTER), (CMARK_NODE_IMAGE, CMARK_EVENT_ENTER):
                let destination = cmark.nodeGetUrl(node).map { String(cString: $0) } ?? ""
                links.append(MarkdownLink(
                    destination: destination,
                    isImage: type == CMARK_NODE_IMAGE,
                    line: Int(cmark.nodeGetStartLine(node)),
                    column: Int(cmark.nodeGetStartColumn(node))
                ))
                if let rewritten = rewriteDestination(destination), rewritten != destination {
                    rewrites.append((node, rewritten))
                }
            default:
                break
            }
        }
        for (node, destination) in rewrites {
            cmark.nodeSetUrl(node, destination)
        }
        for (node, literal) in literals {
            cmark.nodeSetLiteral(node, literal)
        }

        let extensionList = cmark.parserGetSyntaxExtensions(parser)
        guard let rendered = cmark.renderHtml(root, options, extensionList) else { return ("", headings, links, problems, blocks) }
        defer { cmark.free(rendered) }
        return (String(cString: rendered), headings, links, problems, blocks)
    }
}

/// One copy of cmark-gfm and its extensions: the functions Atlas calls, resolved in that copy.
///
/// The first copy is the one the binary links; further copies come from `dlmopen` into fresh
/// link-map namespaces, so each has its own globals (and its own C heap: memory a copy returns
/// goes back through that copy's `free`). A copy is used by one render at a time.
final class CmarkLibrary: @unchecked Sendable {
    typealias ParserNew = @convention(c) (Int32) -> OpaquePointer?
    typealias Dispose = @convention(c) (OpaquePointer?) -> Void
    typealias FindExtension = @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
    typealias Attach = @convention(c) (OpaquePointer?, OpaquePointer?) -> Int32
    typealias Feed = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int) -> Void
    typealias NodeOf = @convention(c) (OpaquePointer?) -> OpaquePointer?
    typealias IterNext = @convention(c) (OpaquePointer?) -> cmark_event_type
    typealias NodeType = @convention(c) (OpaquePointer?) -> cmark_node_type
    typealias TextOf = @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
    typealias NumberOf = @convention(c) (OpaquePointer?) -> Int32
    typealias Columns = @convention(c) (OpaquePointer?) -> UInt16
    typealias SetText = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32
    typealias Extensions = @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<cmark_llist>?
    typealias RenderHTML = @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<cmark_llist>?) -> UnsafeMutablePointer<CChar>?
    typealias Allocator = @convention(c) () -> UnsafeMutablePointer<cmark_mem>?
    typealias Register = @convention(c) () -> Void

    let parserNew: ParserNew
    let parserFree: Dispose
    let findSyntaxExtension: FindExtension
    let parserAttachSyntaxExtension: Attach
    let parserFeed: Feed
    let parserFinish: NodeOf
    let nodeFree: Dispose
    let consolidateTextNodes: Dispose
    let iterNew: NodeOf
    let iterFree: Dispose
    let iterNext: IterNext
    let iterGetNode: NodeOf
    let nodeGetType: NodeType
    let nodeGetTypeString: TextOf
    let gfmExtensionsGetTableColumns: Columns
    let nodeGetStartLine: NumberOf
    let nodeGetStartColumn: NumberOf
    let nodeGetHeadingLevel: NumberOf
    let nodeGetLiteral: TextOf
    let nodeGetFenceInfo: TextOf
    let nodeGetUrl: TextOf
    let nodeSetUrl: SetText
    let nodeSetLiteral: SetText
    let parserGetSyntaxExtensions: Extensions
    let renderHtml: RenderHTML
    private let allocator: UnsafeMutablePointer<cmark_mem>
    /// A copy's own C library sets a thread's locale tables only for threads it created, and
    /// `tolower` (the tag filter) reads them: this sets them for the calling thread (nil: linked copy).
    private let prepareThread: Register?

    /// Readies the calling thread for this copy; cheap, so it runs on every borrow.
    func enter() { prepareThread?() }

    /// Frees memory this copy allocated (rendered HTML), with this copy's allocator.
    func free(_ pointer: UnsafeMutablePointer<CChar>) {
        allocator.pointee.free(pointer)
    }

    /// Binds every function through `symbol`; nil when one is missing. `prepareThread` is the
    /// copy's own `__ctype_init` (nil for the linked copy, whose libc set up every thread).
    private init?(symbol: (String) -> UnsafeMutableRawPointer?, prepareThread: Register?) {
        func bind<F>(_ name: String, as type: F.Type) -> F? {
            symbol(name).map { unsafeBitCast($0, to: F.self) }
        }
        guard let register = bind("cmark_gfm_core_extensions_ensure_registered", as: Register.self),
              let parserNew = bind("cmark_parser_new", as: ParserNew.self),
              let parserFree = bind("cmark_parser_free", as: Dispose.self),
              let findSyntaxExtension = bind("cmark_find_syntax_extension", as: FindExtension.self),
              let parserAttachSyntaxExtension = bind("cmark_parser_attach_syntax_extension", as: Attach.self),
              let parserFeed = bind("cmark_parser_feed", as: Feed.self),
              let parserFinish = bind("cmark_parser_finish", as: NodeOf.self),
              let nodeFree = bind("cmark_node_free", as: Dispose.self),
              let consolidateTextNodes = bind("cmark_consolidate_text_nodes", as: Dispose.self),
              let iterNew = bind("cmark_iter_new", as: NodeOf.self),
              let iterFree = bind("cmark_iter_free", as: Dispose.self),
              let iterNext = bind("cmark_iter_next", as: IterNext.self),
              let iterGetNode = bind("cmark_iter_get_node", as: NodeOf.self),
              let nodeGetType = bind("cmark_node_get_type", as: NodeType.self),
              let nodeGetTypeString = bind("cmark_node_get_type_string", as: TextOf.self),
              let tableColumns = bind("cmark_gfm_extensions_get_table_columns", as: Columns.self),
              let nodeGetStartLine = bind("cmark_node_get_start_line", as: NumberOf.self),
              let nodeGetStartColumn = bind("cmark_node_get_start_column", as: NumberOf.self),
              let nodeGetHeadingLevel = bind("cmark_node_get_heading_level", as: NumberOf.self),
              let nodeGetLiteral = bind("cmark_node_get_literal", as: TextOf.self),
              let nodeGetFenceInfo = bind("cmark_node_get_fence_info", as: TextOf.self),
              let nodeGetUrl = bind("cmark_node_get_url", as: TextOf.self),
              let nodeSetUrl = bind("cmark_node_set_url", as: SetText.self),
              let nodeSetLiteral = bind("cmark_node_set_literal", as: SetText.self),
              let parserGetSyntaxExtensions = bind("cmark_parser_get_syntax_extensions", as: Extensions.self),
              let renderHtml = bind("cmark_render_html", as: RenderHTML.self),
              let allocator = bind("cmark_get_default_mem_allocator", as: Allocator.self)?()
        else { return nil }
        prepareThread?()
        register()
        self.parserNew = parserNew
        self.parserFree = parserFree
        self.findSyntaxExtension = findSyntaxExtension
        self.parserAttachSyntaxExtension = parserAttachSyntaxExtension
        self.parserFeed = parserFeed
        self.parserFinish = parserFinish
        self.nodeFree = nodeFree
        self.consolidateTextNodes = consolidateTextNodes
        self.iterNew = iterNew
        self.iterFree = iterFree
        self.iterNext = iterNext
        self.iterGetNode = iterGetNode
        self.nodeGetType = nodeGetType
        self.nodeGetTypeString = nodeGetTypeString
        self.gfmExtensionsGetTableColumns = tableColumns
        self.nodeGetStartLine = nodeGetStartLine
        self.nodeGetStartColumn = nodeGetStartColumn
        self.nodeGetHeadingLevel = nodeGetHeadingLevel
        self.nodeGetLiteral = nodeGetLiteral
        self.nodeGetFenceInfo = nodeGetFenceInfo
        self.nodeGetUrl = nodeGetUrl
        self.nodeSetUrl = nodeSetUrl
        self.nodeSetLiteral = nodeSetLiteral
        self.parserGetSyntaxExtensions = parserGetSyntaxExtensions
        self.renderHtml = renderHtml
        self.allocator = allocator
        self.prepareThread = prepareThread
    }

    /// The copy the binary links, bound through the process's global symbol scope.
    static func linked() -> CmarkLibrary {
        guard let library = CmarkLibrary(symbol: { dlsym(nil, $0) }, prepareThread: nil) else {
            fatalError("cmark-gfm: a function Atlas needs is missing from the linked library")
        }
        return library
    }

    /// Loads one more copy of the linked libraries into a new namespace; nil where that fails.
    static func loadCopy() -> CmarkLibrary? {
        #if os(Linux)
        let registerFunction: Register = cmark_gfm_core_extensions_ensure_registered
        let parserFunction: ParserNew = cmark_parser_new
        guard let extensionsPath = atlas_library_path(unsafeBitCast(registerFunction, to: UnsafeRawPointer.self)),
              let corePath = atlas_library_path(unsafeBitCast(parserFunction, to: UnsafeRawPointer.self))
        else { return nil }
        var core: UnsafeMutableRawPointer?
        // The extensions library's scope includes cmark-gfm and the copy's own libc.
        guard let handle = atlas_load_copy(extensionsPath, corePath, &core), core != nil,
              let prepareThread = dlsym(handle, "__ctype_init")
        else { return nil }
        return CmarkLibrary(symbol: { dlsym(handle, $0) }, prepareThread: unsafeBitCast(prepareThread, to: Register.self))
        #else
        return nil
        #endif
    }

    /// Lends copies to renders: one per core at most (or `ATLAS_CMARK_COPIES`, e.g. 1 under a
    /// sanitizer), loaded when renders first overlap.
    static let pool = Pool(first: CmarkLibrary.linked(), limit: copyLimit(environment: ProcessInfo.processInfo.environment,
                                                                   cores: ProcessInfo.processInfo.activeProcessorCount))

    /// At most 8 copies (glibc offers 16 link-map namespaces in all), at least 1.
    static func copyLimit(environment: [String: String], cores: Int) -> Int {
        let wanted = environment["ATLAS_CMARK_COPIES"].flatMap(Int.init) ?? cores
        return max(1, min(8, wanted))
    }

    /// Copies of the library not in use, and how many may exist.
    final class Pool: @unchecked Sendable {
        private let condition = NSCondition()
        private var idle: [CmarkLibrary]
        private var count = 1
        private var limit: Int

        init(first: CmarkLibrary, limit: Int) {
            idle = [first]
            self.limit = max(1, limit)
        }

        /// How many copies are loaded.
        var loaded: Int {
            condition.lock()
            defer { condition.unlock() }
            return count
        }

        /// Runs `body` with a copy no other render is using.
        func borrow<T>(_ body: (CmarkLibrary) -> T) -> T {
            let library = checkOut()
            library.enter()
            defer {
                condition.lock()
                idle.append(library)
                condition.signal()
                condition.unlock()
            }
            return body(library)
        }

        private func checkOut() -> CmarkLibrary {
            condition.lock()
            while true {
                if let library = idle.popLast() {
                    condition.unlock()
                    return library
                }
                if count < limit {
                    count += 1
                    condition.unlock()
                    if let library = CmarkLibrary.loadCopy() { return library }
                    // No further copies here: renders share the ones there are.
                    condition.lock()
                    count -= 1
                    limit = count
                    continue
                }
                condition.wait()
            }
        }
    }
}
