import Testing
import AtlasContent
import AtlasSite
@testable import AtlasServe

/// The preview server's routing, in memory: no socket needed.
@Suite struct PreviewRouterTests {
    let router = PreviewRouter()
    let snapshot = PreviewSnapshot(files: [
        "index.html": Array("<html><body><h1>Home</h1></body></html>".utf8),
        "facilities/x/index.html": Array("<html><body>X</body></html>".utf8),
        "404.html": Array("<html><body>Missing</body></html>".utf8),
        "assets/atlas.css": Array("body{}".utf8),
        "data/chips.csv": Array("a,b\r\n".utf8),
    ], version: 3)

    @Test(arguments: [
        ("/", 200, "text/html; charset=utf-8"),
        ("/facilities/x/", 200, "text/html; charset=utf-8"),
        ("/assets/atlas.css", 200, "text/css; charset=utf-8"),
        ("/data/chips.csv", 200, "text/csv; charset=utf-8"),
        ("/facilities/y/", 404, "text/html; charset=utf-8"),
        ("/facilities/x", 301, "text/plain; charset=utf-8"),
    ] as [(String, Int, String)])
    func routesServeFilesIndexesAndNotFound(path: String, status: Int, type: String) {
        let response = router.response(for: path, in: snapshot)
        #expect(response.status == status)
        #expect(response.contentType == type)
    }

    @Test func directoriesWithoutSlashRedirect() {
        #expect(router.response(for: "/facilities/x", in: snapshot).headers["Location"] == "/facilities/x/")
    }

    /// Paths arrive percent-decoded once; `%2e%2e` is `..` by then, `%252e` is the literal `%2e`.
    @Test(arguments: ["/../etc/passwd", "/facilities/../../etc/passwd", "/./index.html", "/a\0b", "/a\\..\\b", "relative"])
    func traversalIsRefused(path: String) {
        #expect(router.response(for: path, in: snapshot).status == 400)
    }

    @Test func doubleEncodedDotsAreJustMissingFiles() {
        #expect(router.response(for: "/%2e%2e/etc/passwd", in: snapshot).status == 404)
    }

    @Test func pagesGetTheReloadScriptOtherFilesDoNot() {
        let page = router.response(for: "/", in: snapshot).text
        #expect(page.contains("__atlas/wait?after=\"+v"))
        #expect(page.contains("var v=3;"))
        #expect(page.range(of: "<script>")!.lowerBound < page.range(of: "</body>")!.lowerBound)
        #expect(!router.response(for: "/assets/atlas.css", in: snapshot).text.contains("script"))
    }

    @Test func aFailedBuildKeepsTheLastGoodSiteAndShowsItsErrors() {
        let failure = BuildResult(files: [], diagnostics: [
            Diagnostic(path: "content/facilities/x.md", location: SourceLocation(line: 7, column: 11), message: "`power_mw`: `<b>` is not a number"),
        ])
        let failed = snapshot.applying(failure)
        #expect(failed.version == 4)
        #expect(failed.files == snapshot.files)
        let page = router.response(for: "/facilities/x/", in: failed).text
        #expect(page.contains("id=\"atlas-error-overlay\""))
        #expect(page.contains("content/facilities/x.md:7:11: error: `power_mw`: `&lt;b&gt;` is not a number"))
        let notice = router.changeNotice(failed).text
        #expect(notice.hasPrefix("{\"version\":4,\"errors\":[\"content/facilities/x.md:7:11"))
        #expect(!notice.contains("<b>"))
        let recovered = failed.applying(BuildResult(files: [OutputFile(path: "index.html", text: "<body>New</body>")], diagnostics: []))
        #expect(!router.response(for: "/", in: recovered).text.contains("atlas-error-overlay"))
    }
}

@Suite struct PreviewStoreTests {
    @Test func waitersWakeOnANewVersion() async {
        let store = PreviewStore(PreviewSnapshot(version: 1))
        async let woken = store.waitForChange(after: 1, timeout: .seconds(10))
        try? await Task.sleep(for: .milliseconds(50))
        await store.update(PreviewSnapshot(version: 2))
        #expect(await woken.version == 2)
    }

    @Test func waitersGiveUpAfterTheirTimeout() async {
        let store = PreviewStore(PreviewSnapshot(version: 5))
        let start = ContinuousClock.now
        #expect(await store.waitForChange(after: 5, timeout: .milliseconds(100)).version == 5)
        // Only "it returns": a loaded machine (CI, parallel suites) can delay the timer by seconds.
        #expect(start.duration(to: .now) < .seconds(120))
    }
}
