internal import FlyingSocks
internal import Foundation

/// The HTTP/1.1 side of `atlas serve`: accepts connections on FlyingSocks' non-blocking
/// sockets, reads each request's head with a size limit and a deadline, and writes the answer.
///
/// FlyingFox's `HTTPServer` reads request lines and headers with no size limit, rescanning the
/// whole line for every byte it adds (a 64 KiB target cost 2.4 s of CPU in a release build, 117 s
/// in a debug one), and offers no hook to bound it. This layer reads at most
/// `HTTPRequestHead.maximumBytes` and refuses the rest with 414 or 431, so the worst request costs
/// one 8 KiB scan.
struct HTTPListener: Sendable {
    /// Time limits of one connection.
    struct Timeouts: Sendable {
        /// Longest wait for a complete head, including an idle keep-alive connection's next request.
        var head: Duration = .seconds(30)
        /// Longest wait for a slow reader to take a response.
        var write: Duration = .seconds(30)
        /// After refusing a head: how long to read and discard what the client still sends before
        /// closing, so it sees the refusal rather than a reset (Apache's and nginx's lingering close).
        var linger: Duration = .seconds(2)
    }

    /// Most bytes discarded while lingering.
    static let lingerBytes = 1 << 20

    /// Answers one parsed request (GET or HEAD, no body).
    let respond: @Sendable (HTTPRequestHead) async -> PreviewResponse
    /// The listening socket.
    private let socket: Socket
    /// The port the socket listens on (the actual one when 0 was asked for).
    let port: UInt16
    /// The time limits of every connection.
    let timeouts: Timeouts

    /// Binds and listens on `host:port` (IPv4); serving starts with `run()`.
    init(host: String, port: UInt16, timeouts: Timeouts = Timeouts(),
         respond: @escaping @Sendable (HTTPRequestHead) async -> PreviewResponse) throws {
        let socket = try Socket(domain: Int32(AF_INET))
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: sockaddr_in.inet(ip4: host, port: port))
        } catch {
            try? socket.close()
            throw error
        }
        try socket.listen() // closes the socket itself when it fails
        if case .ip4(_, let actual)? = try? socket.sockname() { self.port = actual } else { self.port = port }
        self.socket = socket
        self.timeouts = timeouts
        self.respond = respond
    }

    /// Serves until cancelled, then closes the listening socket.
    func run() async throws {
        defer { try? socket.close() }
        let pool = SocketPool.make()
        try await pool.prepare()
        let listener = try AsyncSocket(socket: socket, pool: pool)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await pool.run() }
            while !Task.isCancelled {
                let client: AsyncSocket
                do {
                    client = try await listener.accept()
                } catch SocketError.disconnected {
                    group.cancelAll()
                    return
                } catch is SocketError {
                    // Out of file descriptors and the like: back off, keep serving those already open.
                    try await Task.sleep(for: .milliseconds(50))
                    continue
                }
                group.addTask { await serve(client) }
            }
        }
    }

    /// One connection: requests in order (pipelining works), until either side closes.
    private func serve(_ client: AsyncSocket) async {
        defer { try? client.close() }
        var buffered: [UInt8] = []
        while !Task.isCancelled {
            let read: (head: Result<HTTPRequestHead, HTTPRequestHead.Problem>, rest: [UInt8])?
            do {
                read = try await Self.withDeadline(timeouts.head) { [buffered] in try await Self.readHead(from: client, buffered: buffered) }
            } catch {
                return // the client closed, perhaps mid-head, or the server stops
            }
            // A silent client is dropped without a word, like nginx's client_header_timeout.
            guard let read else { return }
            buffered = read.rest
            switch read.head {
            case .failure(let problem):
                await refuse(client, status: problem.status)
                return
            case .success(let head):
                guard head.method == "GET" || head.method == "HEAD" else {
                    await refuse(client, status: 405, headers: ["Allow": "GET, HEAD"])
                    return
                }
                // Bodies are never read, so a request with one would leave the stream unframed.
                guard !head.announcesBody else {
                    await refuse(client, status: 413)
                    return
                }
                let response = await respond(head)
                let bytes = Self.encode(response, keepAlive: head.keepsAlive, includeBody: head.method != "HEAD")
                guard await write(bytes, to: client), head.keepsAlive else { return }
            }
        }
    }

    /// Reads until `buffered` holds a whole head; returns it parsed, or the problem, with the bytes after it.
    private static func readHead(from client: AsyncSocket, buffered: [UInt8]) async throws -> (head: Result<HTTPRequestHead, HTTPRequestHead.Problem>, rest: [UInt8]) {
        var buffer = buffered
        var resumeAt = 0
        while true {
            switch HTTPRequestHead.scan(buffer, from: resumeAt) {
            case .complete(let end):
                let head = Result { () throws(HTTPRequestHead.Problem) in try HTTPRequestHead.parse(buffer[..<end]) }
                return (head, Array(buffer[end...]))
            case .tooLarge(let problem):
                return (.failure(problem), [])
            case .incomplete(let index):
                resumeAt = index
                buffer += try await client.read(atMost: 4096)
            }
        }
    }

    /// Answers `status` with `Connection: close`, then lingers so the answer is read, and returns.
    private func refuse(_ client: AsyncSocket, status: Int, headers: [String: String] = [:]) async {
        let response = PreviewResponse(status: status, contentType: "text/plain; charset=utf-8", headers: headers,
                                       body: Array((Self.reason(status) + "\n").utf8))
        guard await write(Self.encode(response, keepAlive: false, includeBody: true), to: client) else { return }
        _ = shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        _ = try? await Self.withDeadline(timeouts.linger) {
            var discarded = 0
            while discarded < Self.lingerBytes { discarded += try await client.read(atMost: 4096).count }
        }
    }

    /// Writes `bytes` within the write timeout; false when the client is gone or too slow.
    private func write(_ bytes: [UInt8], to client: AsyncSocket) async -> Bool {
        (try? await Self.withDeadline(timeouts.write) { try await client.write(Data(bytes)) }) != nil
    }

    /// Runs `work`, cancelling it after `limit`; nil when the time ran out.
    static func withDeadline<T: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () async throws -> T) async throws -> T? {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }

    /// The status line, headers and (unless answering HEAD) body of `response`.
    static func encode(_ response: PreviewResponse, keepAlive: Bool, includeBody: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(response.status) \(reason(response.status))\r\n"
        head += "Content-Type: \(response.contentType)\r\n"
        for (name, value) in response.headers.sorted(by: { $0.key < $1.key }) {
            // A line break in a value (say, from a decoded path in `Location`) would start a header of its own.
            head += "\(name): \(value.filter { !$0.isNewline })\r\n"
        }
        head += "Content-Length: \(response.body.count)\r\n"
        head += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        return Array(head.utf8) + (includeBody ? response.body : [])
    }

    /// The reason phrase of every status the preview answers with.
    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 413: "Content Too Large"
        case 414: "URI Too Long"
        case 431: "Request Header Fields Too Large"
        case 505: "HTTP Version Not Supported"
        default: "Status \(status)"
        }
    }
}
