import Testing
@testable import AtlasServe

/// The preview's HTTP head reader, on bytes: where a head ends, the size limit, and what is refused.
@Suite struct HTTPRequestHeadTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost: x\r\n\r\n", 27),
        ("GET / HTTP/1.1\r\n\r\nGET /next HTTP/1.1\r\n", 18),
        ("GET / HTTP/1.1\nHost: x\n\n", 24),
        ("GET / HTTP/1.1\r\n\r", nil),
        ("GET / HTTP/1.1\r\nHost: x\r\n", nil),
        ("GET /hel", nil),
    ] as [(String, Int?)])
    func headEndsAtTheFirstBlankLine(text: String, end: Int?) {
        let scan = HTTPRequestHead.scan(bytes(text))
        if let end {
            #expect(scan == .complete(end: end))
        } else if case .incomplete = scan {
        } else {
            Issue.record("expected incomplete, got \(scan)")
        }
    }

    /// Bytes arriving one at a time find the same end as all at once, each byte looked at about once.
    @Test func scanningResumesWhereItStopped() {
        let text = bytes("GET /a HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\nrest")
        var buffer: [UInt8] = []
        var resumeAt = 0
        for byte in text {
            buffer.append(byte)
            switch HTTPRequestHead.scan(buffer, from: resumeAt) {
            case .complete(let end):
                #expect(end == text.count - 4)
                return
            case .incomplete(let index):
                #expect(index >= resumeAt && index <= buffer.count)
                resumeAt = index
            case .tooLarge(let problem):
                Issue.record("too large: \(problem)")
                return
            }
        }
        Issue.record("never complete")
    }

    @Test func theHeadIsLimitedToEightKibibytes() {
        let limit = HTTPRequestHead.maximumBytes
        #expect(limit == 8192)
        // A request line that never ends within the limit is a 414; headers that do not, a 431.
        let longTarget = bytes("GET /" + String(repeating: "a", count: 65_536) + " HTTP/1.1\r\n\r\n")
        #expect(HTTPRequestHead.scan(longTarget) == .tooLarge(.requestLineTooLong))
        #expect(HTTPRequestHead.Problem.requestLineTooLong.status == 414)
        let longHeader = bytes("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 65_536) + "\r\n\r\n")
        #expect(HTTPRequestHead.scan(longHeader) == .tooLarge(.headTooLarge))
        #expect(HTTPRequestHead.Problem.headTooLarge.status == 431)
        let manyHeaders = bytes("GET / HTTP/1.1\r\n" + String(repeating: "X: y\r\n", count: 5_000) + "\r\n")
        #expect(HTTPRequestHead.scan(manyHeaders) == .tooLarge(.headTooLarge))
        // Exactly at the limit is accepted; one byte over is not.
        let prefix = "GET / HTTP/1.1\r\nX: "
        let fits = bytes(prefix + String(repeating: "a", count: limit - prefix.utf8.count - 4) + "\r\n\r\n")
        #expect(fits.count == limit)
        #expect(HTTPRequestHead.scan(fits) == .complete(end: limit))
        #expect(HTTPRequestHead.scan(fits.dropLast(4) + bytes("a\r\n\r\n")) == .tooLarge(.headTooLarge))
    }

    @Test func aRequestParses() throws {
        let head = try HTTPRequestHead.parse(bytes("GET /a%20b/?after=3&x=%2F HTTP/1.1\r\nHost:  x  \r\nConnection: close\r\n\r\n")[...])
        #expect(head.method == "GET")
        #expect(head.minorVersion == 1)
        #expect(head.values(of: "host") == ["x"])
        #expect(head.path == "/a b/")
        #expect(head.queryValue("after") == "3")
        #expect(head.queryValue("x") == "/")
        #expect(head.queryValue("missing") == nil)
        #expect(!head.keepsAlive)
        #expect(!head.announcesBody)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\n\r\n", true),
        ("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n", false),
        ("GET / HTTP/1.0\r\n\r\n", false),
        ("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true),
    ] as [(String, Bool)])
    func keepAliveFollowsTheVersionAndConnection(text: String, keepsAlive: Bool) throws {
        #expect(try HTTPRequestHead.parse(bytes(text)[...]).keepsAlive == keepsAlive)
    }

    @Test(arguments: [
        ("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\n", true),
        ("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n", false),
        ("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n", true),
        ("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n", true),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", true),
    ] as [(String, Bool)])
    func bodiesAreNoticed(text: String, announcesBody: Bool) throws {
        #expect(try HTTPRequestHead.parse(bytes(text)[...]).announcesBody == announcesBody)
    }

    @Test(arguments: [
        ("\r\n\r\n", 400),
        ("GET\r\n\r\n", 400),
        ("GET  / HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1 extra\r\n\r\n", 400),
        ("GET / HTTP/9.9\r\n\r\n", 505),
        ("GET / FTP/1.0\r\n\r\n", 400),
        ("G(T / HTTP/1.1\r\n\r\n", 400),
        ("GET /hello/\0../ HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nthis is not a header\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nName : value\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\n: no name\r\n\r\n", 400),
    ] as [(String, Int)])
    func malformedHeadsAreRefused(text: String, status: Int) {
        #expect(throws: HTTPRequestHead.Problem.self) { try HTTPRequestHead.parse(self.bytes(text)[...]) }
        do {
            _ = try HTTPRequestHead.parse(bytes(text)[...])
        } catch {
            #expect(error.status == status, "\(text.debugDescription): \(error)")
        }
    }

    @Test func rawNonASCIIInTheTargetIsRefused() {
        let request: [UInt8] = Array("GET /".utf8) + [0xC3, 0x28, 0xFF] + Array(" HTTP/1.1\r\n\r\n".utf8)
        #expect(throws: HTTPRequestHead.Problem.self) { try HTTPRequestHead.parse(request[...]) }
    }

    @Test func invalidPercentEscapesHaveNoPath() throws {
        #expect(try HTTPRequestHead.parse(bytes("GET /%zz%/ HTTP/1.1\r\n\r\n")[...]).path == nil)
        // Decoded once: `%252e` stays `%2e`, never `.`.
        #expect(try HTTPRequestHead.parse(bytes("GET /%252e%252e/ HTTP/1.1\r\n\r\n")[...]).path == "/%2e%2e/")
    }
}
