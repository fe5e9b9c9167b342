// libFuzzer target: the whole build (front matter, Markdown, `{{ value }}` placeholders, ```chart
// specs, templates) over one fuzzed facility beside a small fixed project.
// Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer,address`; run from the repository root.
import AtlasContent
import AtlasFiles
import AtlasSite
import Dispatch

private let templates = ProjectReader().read(contentDirectory: "Fuzz/Fixture/content", templatesDirectory: "templates", dataDirectory: nil)

/// Carries the build result out of the detached task.
private final class Box: @unchecked Sendable { var result: BuildResult? }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSite(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // First byte even: the input is a body under fixed valid front matter; odd: the whole file.
    let wholeFile = (bytes.first ?? 0) % 2 == 1
    bytes = Array(bytes.dropFirst())
    if !wholeFile {
        bytes = Array("""
        ---
        title: Fuzz Facility
        operator: fuzz-org
        country: fuzz-land
        status: operational
        power_mw: 100
        power_basis: it
        fleet: [{chip: fuzz-chip, count: 1000}]
        sources: [{title: S, url: "https://a.example/"}]
        ---

        """.utf8) + bytes
    }
    var files = templates.contentFiles.map { SourceFile(path: "content/" + $0.path.dropFirst("Fuzz/Fixture/content/".count), bytes: $0.bytes) }
    files.append(SourceFile(path: "content/facilities/fuzz.md", bytes: bytes))
    let input = SiteInput(contentRoot: "content", contentFiles: files, templates: templates.templates, assets: templates.assets)
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        box.result = await SiteBuilder.build(input, options: BuildOptions(baseURL: SiteURL(parsing: "https://atlas.example/")!))
        done.signal()
    }
    done.wait()
    let result = box.result!
    precondition(result.succeeded == !result.files.isEmpty, "files and errors together")
    for file in result.files {
        precondition(!file.path.hasPrefix("/") && !file.path.split(separator: "/").contains(".."), "escaping path \(file.path)")
    }
    return 0
}
