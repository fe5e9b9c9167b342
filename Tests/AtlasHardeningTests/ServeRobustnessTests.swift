import Foundation
import Testing
import AtlasServe

/// `atlas serve` on loopback keeps answering through malformed requests and a thousand clients.
@Suite(.serialized) struct ServeRobustnessTests {
    /// A running preview server over a one-page project, and its port.
    private func withServer(_ body: (UInt16) async throws -> Void) async throws {
        let root = try Hardening.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: Hardening.repositoryRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        try Hardening.write(["content/pages/hello.md": "---\ntitle: Hello\n---\nHello.\n"], under: root)
        let server = PreviewServer(.init(content: root.appendingPathComponent("content").path,
                                         templates: root.appendingPathComponent("templates").path, port: 0), log: { _ in })
        let (ports, continuation) = AsyncStream<UInt16>.makeStream()
        let running = Task { try await server.run { continuation.yield($0) } }
        defer { running.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        for _ in 0..<200 where await server.store.snapshot.version == 0 { try await Task.sleep(for: .milliseconds(20)) }
        try await body(port)
    }

    /// Runs blocking socket code on its own thread: on the cooperative pool (two threads on two
    /// cores) a blocked `recv` would starve the very server it waits for.
    private static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.start()
        }
    }

    /// Connects to loopback with 10 s send/receive timeouts; -1 on failure.
    private static func connectLoopback(_ port: UInt16) -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return -1 }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(descriptor); return -1 }
        return descriptor
    }

    private static func send(_ bytes: [UInt8], on descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// Reads until the peer closes, the timeout passes or `limit` bytes arrive.
    private static func receive(on descriptor: Int32, until marker: String? = nil, limit: Int = 1 << 20) -> String {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while data.count < limit {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            data += buffer[..<count]
            if let marker, String(decoding: data, as: UTF8.self).contains(marker) { break }
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// One raw exchange: send `request`, read the reply (empty when the server just closes).
    private static func exchange(_ request: [UInt8], port: UInt16) -> String {
        let descriptor = connectLoopback(port)
        guard descriptor >= 0 else { return "connect failed" }
        defer { close(descriptor) }
        _ = send(request, on: descriptor)
        shutdown(descriptor, Int32(SHUT_WR))
        return receive(on: descriptor)
    }

    private static func healthy(_ port: UInt16) -> Bool {
        exchange(Array("GET /hello/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8), port: port).hasPrefix("HTTP/1.1 200")
    }

    static let malformed: [(String, [UInt8])] = [
        ("garbage", Array("\u{01}\u{02}\u{03}\u{FF}garbage\r\n\r\n".utf8)),
        ("empty line", Array("\r\n\r\n".utf8)),
        ("no target", Array("GET\r\n\r\n".utf8)),
        ("bad version", Array("GET / HTTP/9.9\r\n\r\n".utf8)),
        ("NUL in target", Array("GET /hello/\0../ HTTP/1.1\r\n\r\n".utf8)),
        ("bad percent", Array("GET /%zz%/%2e%2e/%2f HTTP/1.1\r\nHost: x\r\n\r\n".utf8)),
        ("dot segments", Array("GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n".utf8)),
        ("backslashes", Array("GET /..\\..\\etc\\passwd HTTP/1.1\r\nHost: x\r\n\r\n".utf8)),
        ("absolute target", Array("GET http://evil.example/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n".utf8)),
        ("negative length", Array("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\nabc".utf8)),
        ("huge length", Array("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\nabc".utf8)),
        ("lying length", Array("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\nabc".utf8)),
        ("bad chunks", Array("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n".utf8)),
        ("header without colon", Array("GET / HTTP/1.1\r\nthis is not a header\r\n\r\n".utf8)),
        // Heads over 8 KiB are refused (414/431) after reading 8 KiB, whatever follows.
        ("64 KiB header", Array(("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 1 << 16) + "\r\n\r\n").utf8)),
        ("5,000 headers", Array(("GET / HTTP/1.1\r\n" + String(repeating: "X: y\r\n", count: 5_000) + "\r\n").utf8)),
        ("8 KiB target", Array(("GET /" + String(repeating: "a", count: 1 << 13) + " HTTP/1.1\r\n\r\n").utf8)),
        ("64 KiB target", Array(("GET /" + String(repeating: "a", count: 1 << 16) + " HTTP/1.1\r\n\r\n").utf8)),
        ("4 MiB target", Array(("GET /" + String(repeating: "a", count: 1 << 22) + " HTTP/1.1\r\n\r\n").utf8)),
        ("POST with a body", Array("POST /hello/ HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc".utf8)),
        ("pipelined", Array("GET /hello/ HTTP/1.1\r\n\r\nGET /x HTTP/1.1\r\nConnection: close\r\n\r\n".utf8)),
        ("half a request", Array("GET /hel".utf8)),
        ("bad wait", Array("GET /__atlas/wait?after=99999999999999999999999 HTTP/1.1\r\nHost: x\r\n\r\n".utf8)),
        ("lone LF", Array("GET / HTTP/1.1\nHost: x\n\n".utf8)),
        ("invalid UTF-8", [0x47, 0x45, 0x54, 0x20, 0x2F, 0xC3, 0x28, 0xFF, 0x20] + Array("HTTP/1.1\r\n\r\n".utf8)),
    ]

    @Test func malformedRequestsNeverStopTheServer() async throws {
        try await withServer { port in
            #expect(Self.healthy(port))
            for (name, request) in Self.malformed {
                let clock = ContinuousClock()
                let start = clock.now
                let reply = await Self.onThread { Self.exchange(request, port: port) }
                let elapsed = start.duration(to: clock.now)
                #expect(!reply.contains("root:"), "\(name) leaked a file")
                #expect(reply.isEmpty || reply.hasPrefix("HTTP/1.1 "), "\(name): \(reply.prefix(80))")
                #expect(elapsed < Hardening.timeLimit, "\(name) took \(elapsed)")
                #expect(await Self.onThread { Self.healthy(port) }, "server stopped answering after \(name)")
            }
        }
    }

    /// A request line of 64 KiB is answered 414 at once (FlyingFox took 117 s on it in a debug
    /// build, 2.4 s in a release one), and the server answers the next request as usual. The 2 s
    /// bound holds in a release build; a loaded debug suite only checks for hangs, as elsewhere.
    @Test(arguments: [("GET /" + String(repeating: "a", count: 1 << 16) + " HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 414 URI Too Long\r\n"),
                      ("GET / HTTP/1.1\r\nCookie: " + String(repeating: "a", count: 1 << 16) + "\r\n\r\n", "HTTP/1.1 431 Request Header Fields Too Large\r\n")])
    func overlongHeadsAreRefusedQuickly(request: String, status: String) async throws {
        try await withServer { port in
            let clock = ContinuousClock()
            let start = clock.now
            let reply = await Self.onThread { Self.exchange(Array(request.utf8), port: port) }
            let elapsed = start.duration(to: clock.now)
            print("hardening: \(request.utf8.count)-byte head refused in \(elapsed)")
            #expect(reply.hasPrefix(status), "\(reply.prefix(80))")
            #expect(reply.contains("Connection: close\r\n"))
            #expect(elapsed < (Hardening.isRelease ? .seconds(2) : Hardening.timeLimit))
            #expect(await Self.onThread { Self.healthy(port) })
        }
    }

    /// Keep-alive: several requests on one connection, pipelined, each answered in order.
    @Test func pipelinedRequestsAreAnsweredInOrder() async throws {
        try await withServer { port in
            let request = "GET /hello/ HTTP/1.1\r\nHost: x\r\n\r\nHEAD /hello/ HTTP/1.1\r\nHost: x\r\n\r\nGET /missing/ HTTP/1.1\r\nConnection: close\r\n\r\n"
            let reply = await Self.onThread { Self.exchange(Array(request.utf8), port: port) }
            // A status line follows the previous body directly (`…</html>HTTP/1.1 200 OK`).
            let statuses = reply.components(separatedBy: "HTTP/1.1 ").dropFirst().map { "HTTP/1.1 " + ($0.components(separatedBy: "\r\n").first ?? "") }
            #expect(statuses == ["HTTP/1.1 200 OK", "HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found"], "\(reply.prefix(200))")
        }
    }

    @Test func aThousandConcurrentConnectionsAreAllServed() async throws {
        try await withServer { port in
            let (served, elapsed) = await Self.onThread { () -> (Int, Duration) in
                let clock = ContinuousClock()
                let start = clock.now
                // Open all thousand first, then ask on each, then read every reply.
                let descriptors = (0..<1_000).map { _ in Self.connectLoopback(port) }
                let request = Array("GET /hello/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8)
                for descriptor in descriptors where descriptor >= 0 { _ = Self.send(request, on: descriptor) }
                var served = 0
                for descriptor in descriptors where descriptor >= 0 {
                    if Self.receive(on: descriptor, until: "</html>").hasPrefix("HTTP/1.1 200") { served += 1 }
                    close(descriptor)
                }
                return (served, start.duration(to: clock.now))
            }
            print("hardening: 1,000 concurrent loopback connections, \(served) served in \(elapsed)")
            #expect(served == 1_000)
            #expect(elapsed < .seconds(30))
            #expect(await Self.onThread { Self.healthy(port) })
        }
    }

    @Test func idleConnectionsDoNotBlockOthers() async throws {
        try await withServer { port in
            // Fifty clients that connect and say nothing (slowloris) while a normal request is served.
            let idle = await Self.onThread { (0..<50).map { _ in Self.connectLoopback(port) } }
            defer { for descriptor in idle where descriptor >= 0 { close(descriptor) } }
            #expect(await Self.onThread { Self.healthy(port) })
        }
    }
}
