import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import AtlasServe

/// The real server on loopback: builds, serves, notices a change and notifies the long poll.
@Suite(.serialized) struct PreviewServerTests {
    private func fetch(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: [false, true])
    func servesRebuildsAndNotifies(poll: Bool) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-serve-\(UUID().uuidString)")
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/pages"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        let page = root.appendingPathComponent("content/pages/hello.md")
        try Data("---\ntitle: Hello\n---\nFirst version.\n".utf8).write(to: page)
        defer { try? FileManager.default.removeItem(at: root) }

        let server = PreviewServer(.init(content: root.appendingPathComponent("content").path,
                                         templates: root.appendingPathComponent("templates").path,
                                         port: 0, poll: poll), log: { _ in })
        let (ports, portContinuation) = AsyncStream<UInt16>.makeStream()
        let running = Task { try await server.run { portContinuation.yield($0) } }
        defer { running.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        let base = "http://127.0.0.1:\(port)"

        // The first build may still be running when the socket opens.
        var version = 0
        for _ in 0..<100 where version == 0 {
            version = await server.store.snapshot.version
            if version == 0 { try await Task.sleep(for: .milliseconds(20)) }
        }
        let (status, html) = try await fetch(base + "/hello/")
        #expect(status == 200)
        #expect(html.contains("First version."))
        #expect(html.contains("live reload"))

        async let notice = fetch(base + "/__atlas/wait?after=\(version)")
        try await Task.sleep(for: .milliseconds(100))
        try Data("---\ntitle: Hello\n---\nSecond version.\n".utf8).write(to: page)
        let (_, body) = try await notice
        #expect(body.contains("\"version\":\(version + 1)"))
        #expect(try await fetch(base + "/hello/").1.contains("Second version."))
        #expect(try await fetch(base + "/%2e%2e/%2e%2e/etc/passwd").0 == 400)
        #expect(try await fetch(base + "/missing/").0 == 404)
    }
}
