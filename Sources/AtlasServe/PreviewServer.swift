internal import AtlasSite
internal import AtlasContent
internal import AtlasFiles
internal import Foundation

/// `atlas serve`: builds, serves from memory, watches the project and rebuilds what changes affect.
public final class PreviewServer: Sendable {
    /// Where the project is and how to build it.
    public struct Configuration: Sendable {
        /// Content folder.
        public var content: String
        /// Templates folder.
        public var templates: String
        /// Data folder (map geometry).
        public var data: String
        /// Loopback by default; anything else exposes drafts and errors to the network.
        public var host: String
        /// 0 picks a free port.
        public var port: UInt16
        /// Build drafts too.
        public var drafts: Bool
        /// Poll instead of inotify.
        public var poll: Bool

        /// Creates a configuration.
        public init(content: String, templates: String, data: String = "data", host: String = "127.0.0.1", port: UInt16 = 8000,
                    drafts: Bool = false, poll: Bool = false) {
            self.content = content
            self.templates = templates
            self.data = data
            self.host = host
            self.port = port
            self.drafts = drafts
            self.poll = poll
        }
    }

    /// The site being served.
    public let store = PreviewStore()
    private let configuration: Configuration
    private let log: @Sendable (String) -> Void

    /// Creates a server; `log` receives one line per build.
    public init(_ configuration: Configuration, log: (@Sendable (String) -> Void)? = nil) {
        self.configuration = configuration
        self.log = log ?? { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }
    }

    /// Serves until cancelled. `onListening` receives the actual port.
    public func run(onListening: @escaping @Sendable (UInt16) -> Void = { _ in }) async throws {
        let handler = PreviewHandler(store: store)
        let listener = try HTTPListener(host: configuration.host, port: configuration.port) { await handler.response(to: $0) }
        let baseURL = SiteURL(parsing: "http://\(configuration.host):\(listener.port)/")!
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await listener.run() }
            group.addTask { try await self.buildLoop(baseURL: baseURL) }
            onListening(listener.port)
            try await group.next()
            group.cancelAll()
        }
    }

    /// Builds once, then again after every batch of changes, reusing the previous build.
    private func buildLoop(baseURL: SiteURL) async throws {
        let options = BuildOptions(baseURL: baseURL, includeDrafts: configuration.drafts)
        var cache: BuildCache?
        let watcher = FileWatcher(folders: [configuration.content, configuration.templates],
                                  mode: configuration.poll ? .polling(interval: .milliseconds(200)) : .inotify)
        let changes = watcher.changes()
        var pending = true
        var iterator = changes.makeAsyncIterator()
        while !Task.isCancelled {
            if pending {
                let start = ContinuousClock.now
                let input = ProjectReader().read(contentDirectory: configuration.content, templatesDirectory: configuration.templates,
                                                 dataDirectory: configuration.data)
                let (result, newCache) = await SiteBuilder.build(input, options: options, reusing: cache)
                cache = newCache
                let snapshot = await store.snapshot.applying(result)
                await store.update(snapshot)
                let elapsed = start.duration(to: .now)
                if result.succeeded {
                    log("Built \(result.files.count) files (\(result.reusedPages) pages reused) in \(elapsed.milliseconds) ms; serving version \(snapshot.version).")
                } else {
                    for diagnostic in result.diagnostics where diagnostic.severity == .error { log(diagnostic.description) }
                    log("Build failed; still serving the last good site.")
                }
                pending = false
            }
            guard await iterator.next() != nil else { return }
            // Let a burst of saves settle into one rebuild.
            try? await Task.sleep(for: .milliseconds(15))
            pending = true
        }
    }
}

extension Duration {
    var milliseconds: Int { Int(components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000) }
}

/// Glue between the HTTP layer and the router: the long poll, or a file of the current snapshot.
struct PreviewHandler: Sendable {
    let store: PreviewStore
    let router = PreviewRouter()

    func response(to request: HTTPRequestHead) async -> PreviewResponse {
        // The target's path, decoded exactly once and not normalised: the router refuses dot segments itself.
        guard let path = request.path else {
            return PreviewResponse(status: 400, contentType: "text/plain; charset=utf-8", body: Array("Bad request".utf8))
        }
        if path == PreviewRouter.reloadPath {
            let after = request.queryValue("after").flatMap { Int($0) } ?? -1
            return router.changeNotice(await store.waitForChange(after: after))
        }
        return router.response(for: path, in: await store.snapshot)
    }
}
