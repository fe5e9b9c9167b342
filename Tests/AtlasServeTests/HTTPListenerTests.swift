import Foundation
import Testing
@testable import AtlasServe

/// The preview's HTTP layer on a real loopback socket, with short time limits.
@Suite(.serialized) struct HTTPListenerTests {
    /// Serves `Hello` for every request while `body` runs on a thread of its own (blocking socket
    /// calls on the cooperative pool would starve the server); returns what `body` returns, so the
    /// expectations run in the test's task.
    private func withListener<T: Sendable>(_ timeouts: HTTPListener.Timeouts, _ body: @escaping @Sendable (UInt16) -> T) async throws -> T {
        let listener = try HTTPListener(host: "127.0.0.1", port: 0, timeouts: timeouts) { _ in
            PreviewResponse(status: 200, contentType: "text/plain", body: Array("Hello".utf8))
        }
        let running = Task { try await listener.run() }
        defer { running.cancel() }
        return await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body(listener.port)) }.start()
        }
    }

    /// Connects, sends `bytes`, and reads until the server closes; returns the reply and how long it took.
    private static func exchange(_ bytes: [UInt8], port: UInt16) -> (String, Duration) {
        let start = ContinuousClock.now
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        // Generous: under the whole suite, the server waits for a free cooperative thread.
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var reply: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            reply += buffer[..<count]
        }
        return (String(decoding: reply, as: UTF8.self), start.duration(to: .now))
    }

    @Test func aClientThatNeverFinishesItsHeadIsDropped() async throws {
        let (silent, answer) = try await withListener(.init(head: .milliseconds(300))) { port in
            (Self.exchange(Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8), port: port),
             Self.exchange(Array("GET / HTTP/1.1\r\nConnection: close\r\n\r\n".utf8), port: port).0)
        }
        // Dropped without an answer once the head timeout passed, not by the client's own 120 s (a
        // loaded debug suite can keep the cooperative threads, and so the timer, busy for seconds).
        #expect(silent.0.isEmpty)
        #expect(silent.1 >= .milliseconds(250) && silent.1 < .seconds(60), "\(silent.1)")
        // The next client is served as usual.
        #expect(answer.hasPrefix("HTTP/1.1 200 OK\r\n") && answer.hasSuffix("\r\n\r\nHello"))
    }

    @Test func methodsOtherThanGetAndHeadAreRefused() async throws {
        let (reply, _) = try await withListener(.init()) { Self.exchange(Array("DELETE / HTTP/1.1\r\n\r\n".utf8), port: $0) }
        #expect(reply.hasPrefix("HTTP/1.1 405 Method Not Allowed\r\n"))
        #expect(reply.contains("Allow: GET, HEAD\r\n"))
    }

    @Test func headAnswersWithoutABody() async throws {
        let (reply, _) = try await withListener(.init()) { Self.exchange(Array("HEAD / HTTP/1.0\r\n\r\n".utf8), port: $0) }
        #expect(reply.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(reply.hasSuffix("Content-Length: 5\r\nConnection: close\r\n\r\n"))
    }

    @Test func deadlinesCancelSlowWork() async throws {
        let late = try await HTTPListener.withDeadline(.milliseconds(50)) { try await Task.sleep(for: .seconds(30)); return 1 }
        #expect(late == nil)
        let early = try await HTTPListener.withDeadline(.seconds(30)) { 2 }
        #expect(early == 2)
    }

    @Test func responsesAreFramedWithTheirLength() {
        let response = PreviewResponse(status: 404, contentType: "text/plain", headers: ["Cache-Control": "no-store"], body: Array("gone".utf8))
        let text = String(decoding: HTTPListener.encode(response, keepAlive: true, includeBody: true), as: UTF8.self)
        #expect(text == "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nCache-Control: no-store\r\nContent-Length: 4\r\nConnection: keep-alive\r\n\r\ngone")
        let head = String(decoding: HTTPListener.encode(response, keepAlive: false, includeBody: false), as: UTF8.self)
        #expect(head.hasSuffix("Content-Length: 4\r\nConnection: close\r\n\r\n"))
        let split = PreviewResponse(status: 301, contentType: "text/plain", headers: ["Location": "/a\r\nSet-Cookie: x=1/"], body: [])
        #expect(String(decoding: HTTPListener.encode(split, keepAlive: false, includeBody: true), as: UTF8.self).contains("Location: /aSet-Cookie: x=1/\r\n"))
    }
}
