// libFuzzer target: any bytes as a content file's front matter and body, for every kind.
// Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer,address`; a crash, hang or leak fails the run.
import AtlasContent

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The first byte picks the kind, so one corpus exercises every schema.
    let kinds = ContentKind.allCases
    let kind = kinds[Int(bytes.first ?? 0) % kinds.count]
    let file = SourceFile(path: "content/\(kind.rawValue)/fuzz.md", bytes: Array(bytes.dropFirst()))
    let (entry, diagnostics) = ContentParser.parse(file, kind: kind, fileSlug: "fuzz")
    // Invariants: an entry comes with no errors; every error points into the file.
    precondition(entry == nil || !diagnostics.contains { $0.severity == .error }, "entry with errors")
    for diagnostic in diagnostics {
        precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "bad location \(diagnostic)")
        precondition(!diagnostic.message.isEmpty, "empty message")
    }
    return 0
}
