import Foundation
import Testing
import AtlasContent
@testable import AtlasSite

/// An incremental build must produce exactly the bytes of a full build of the same input.
@Suite struct IncrementalBuildTests {
    private let options = BuildOptions(baseURL: SiteURL(parsing: "https://atlas.example/")!)

    private func input(_ files: [SourceFile]) -> SiteInput {
        let mini = TestSupport.miniInput()
        return SiteInput(contentRoot: "content", contentFiles: files, templates: mini.templates, assets: mini.assets)
    }

    private func miniFiles() -> [SourceFile] {
        TestSupport.miniInput().contentFiles.map {
            SourceFile(path: "content/" + $0.path.dropFirst(TestSupport.miniContent.count + 1), bytes: $0.bytes)
        }
    }

    private func replacing(_ path: String, in files: [SourceFile], with edit: (String) -> String) -> [SourceFile] {
        files.map { file in
            guard file.path == path else { return file }
            return SourceFile(path: path, text: edit(String(decoding: file.bytes, as: UTF8.self)))
        }
    }

    @Test(arguments: [
        "rename an organization",
        "edit a facility's body",
        "add a region",
        "remove an investment",
        "break a file, then fix it",
    ])
    func incrementalEqualsFull(change: String) async throws {
        let original = miniFiles()
        var (first, cache) = await SiteBuilder.build(input(original), options: options, reusing: nil)
        #expect(first.succeeded)
        var changed = original
        switch change {
        case "rename an organization":
            changed = replacing("content/organizations/deepco.md", in: original) { $0.replacing("title: DeepCo", with: "title: DeepCo Renamed") }
        case "edit a facility's body":
            changed = replacing("content/facilities/sea-one.md", in: original) { $0 + "\nOne more paragraph linking [FundCo](/organizations/fundco/).\n" }
        case "add a region":
            changed = original + [SourceFile(path: "content/regions/otherland.md", text: "---\ntitle: Otherland\niso_a3: OTH\n---\nAnother region.\n")]
        case "remove an investment":
            changed = original.filter { $0.path != "content/investments/fundco-deepco.md" }
        default:
            let broken = replacing("content/chips/xpu-1.md", in: original) { $0.replacing("tdp_w: 700", with: "tdp_w: 700 W") }
            let failed: BuildResult
            (failed, cache) = await SiteBuilder.build(input(broken), options: options, reusing: cache)
            #expect(!failed.succeeded)
            changed = replacing("content/chips/xpu-1.md", in: original) { $0.replacing("tdp_w: 700", with: "tdp_w: 710") }
        }
        let incremental: BuildResult
        (incremental, _) = await SiteBuilder.build(input(changed), options: options, reusing: cache)
        let full = await SiteBuilder.build(input(changed), options: options)
        #expect(incremental.succeeded && full.succeeded)
        #expect(incremental.files.map(\.path) == full.files.map(\.path))
        for (a, b) in zip(incremental.files, full.files) where a != b {
            Issue.record("\(a.path) differs between the incremental and the full build")
        }
        #expect(incremental.reusedPages > 0, "nothing was reused")
        first = incremental
    }

    @Test func anUnrelatedEditReusesMostPages() async {
        let original = miniFiles()
        let (_, cache) = await SiteBuilder.build(input(original), options: options, reusing: nil)
        let changed = replacing("content/policies/test-rule.md", in: original) { $0 + "\nMore text.\n" }
        let (result, _) = await SiteBuilder.build(input(changed), options: options, reusing: cache)
        let full = await SiteBuilder.build(input(changed), options: options)
        // A body-only edit without links: every page but the policy's own is reused, lists,
        // tags, home and search included (they show front matter, models and links only).
        let pages = full.files.filter { $0.path.hasSuffix(".html") }.count
        #expect(result.reusedPages == pages - 1)
        #expect(result.files == full.files)
    }
}
