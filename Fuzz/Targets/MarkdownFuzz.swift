// libFuzzer target: any bytes as a Markdown body through cmark-gfm, link rewriting, `{{ … }}`
// expansion and heading anchors. Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer,address`.
import AtlasMarkdown

// The check itself, `firstUnsafeMarkup`, is in Fuzz/Shared/MarkupSafety.swift (also a unit test).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let rendered = MarkdownRenderer().render(
        source,
        rewriteDestination: { $0.hasPrefix("/") ? "https://atlas.example" + $0 : nil },
        expandText: { text in
            text.contains("{{ bad }}") ? .failure(MarkdownExpansionError("unknown value")) : .success(text.replacing("{{", with: "<b>"))
        }
    )
    if let unsafe = firstUnsafeMarkup(in: rendered.html) {
        fatalError("unsafe markup in output: \(unsafe)")
    }
    for heading in rendered.headings { precondition(heading.id != nil, "heading without id") }
    return 0
}
