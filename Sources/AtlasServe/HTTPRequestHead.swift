internal import Foundation

/// The request line and headers of one HTTP/1.x request: all the preview server reads of it.
///
/// The preview serves GET and HEAD without bodies, so a request is its head. Parsing is pure and
/// works on bytes, so tests feed it directly; `HTTPListener` does the socket side.
struct HTTPRequestHead: Sendable, Equatable {
    /// Most bytes of request line plus headers, blank line included: 8 KiB, nginx's default
    /// `large_client_header_buffers` size. Browsers send well under 2 KiB to a local preview.
    static let maximumBytes = 8 * 1024

    /// `GET`, `HEAD`, … as sent.
    var method: String
    /// The request target as sent, e.g. `/a%20b/?after=3`.
    var target: String
    /// 0 for HTTP/1.0, 1 for HTTP/1.1.
    var minorVersion: Int
    /// Header fields in order; names as sent.
    var fields: [Field]

    /// One `name: value` header line.
    struct Field: Sendable, Equatable {
        /// The name as sent (compare case-insensitively).
        var name: String
        /// The value without surrounding spaces.
        var value: String
    }

    /// Why a head is refused, and the status that says so.
    enum Problem: Error, Equatable {
        /// The request line alone does not fit in `maximumBytes`.
        case requestLineTooLong
        /// Request line and headers do not fit in `maximumBytes`.
        case headTooLarge
        /// Not HTTP/1.x syntax; the text says what.
        case malformed(String)
        /// `HTTP/2.0`, `HTTP/9.9`, …
        case unsupportedVersion

        /// The response status: 414, 431, 400 or 505.
        var status: Int {
            switch self {
            case .requestLineTooLong: 414
            case .headTooLarge: 431
            case .malformed: 400
            case .unsupportedVersion: 505
            }
        }
    }

    /// Where a head ends in buffered bytes.
    enum Scan: Equatable {
        /// The head is `buffer[..<end]`; what follows belongs to the next request.
        case complete(end: Int)
        /// No blank line yet; scanning may resume at `resumeAt` once more bytes arrive.
        case incomplete(resumeAt: Int)
        /// No head of at most `maximumBytes` is in there.
        case tooLarge(Problem)
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Finds the blank line that ends a head (`\r\n\r\n`, or bare `\n`s), looking only at the first
    /// `maximumBytes` bytes, each byte once over successive calls (pass the last `resumeAt`).
    static func scan(_ buffer: [UInt8], from start: Int = 0) -> Scan {
        let limit = min(buffer.count, maximumBytes)
        var index = max(0, start)
        while index < limit {
            if buffer[index] == lineFeed {
                if index + 1 < limit, buffer[index + 1] == lineFeed { return .complete(end: index + 2) }
                if index + 2 < limit, buffer[index + 1] == carriageReturn, buffer[index + 2] == lineFeed { return .complete(end: index + 3) }
                if index + 2 >= limit, buffer.count < maximumBytes { return .incomplete(resumeAt: index) }
            }
            index += 1
        }
        guard buffer.count >= maximumBytes else { return .incomplete(resumeAt: index) }
        return .tooLarge(buffer[..<maximumBytes].contains(lineFeed) ? .headTooLarge : .requestLineTooLong)
    }

    /// Parses a complete head, as delimited by `scan`.
    static func parse(_ head: ArraySlice<UInt8>) throws(Problem) -> HTTPRequestHead {
        var lines = head.split(separator: lineFeed, omittingEmptySubsequences: false).map { line in
            line.last == carriageReturn ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first, !requestLine.isEmpty else { throw .malformed("empty request line") }

        let parts = requestLine.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            throw .malformed("the request line is not `METHOD target HTTP/1.1`")
        }
        guard parts[0].allSatisfy(isTokenByte) else { throw .malformed("the method is not a token") }
        // A target is visible ASCII; anything else must be percent-encoded.
        guard parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { throw .malformed("the target has spaces, controls or raw non-ASCII bytes") }
        let version = String(decoding: parts[2], as: UTF8.self)
        let minorVersion: Int
        switch version {
        case "HTTP/1.1": minorVersion = 1
        case "HTTP/1.0": minorVersion = 0
        default:
            guard version.hasPrefix("HTTP/") else { throw .malformed("no HTTP version") }
            throw .unsupportedVersion
        }

        var fields: [Field] = []
        for line in lines.dropFirst() {
            // Folded continuation lines are obsolete (RFC 9112 §5.2); refusing them is allowed.
            guard let first = line.first, first != UInt8(ascii: " "), first != UInt8(ascii: "\t") else {
                throw .malformed("a header line is empty or folded")
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                  line[..<colon].allSatisfy(isTokenByte) else {
                throw .malformed("a header line is not `Name: value`")
            }
            var value = line[(colon + 1)...]
            while let byte = value.first, byte == 0x20 || byte == 0x09 { value.removeFirst() }
            while let byte = value.last, byte == 0x20 || byte == 0x09 { value.removeLast() }
            fields.append(Field(name: String(decoding: line[..<colon], as: UTF8.self), value: String(decoding: value, as: UTF8.self)))
        }
        return HTTPRequestHead(method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self),
                               minorVersion: minorVersion, fields: fields)
    }

    /// RFC 9110 token characters (methods and header names).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// Every value of the header `name` (case-insensitive).
    func values(of name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// The target's path, percent-decoded once (never twice); nil when its escapes are invalid.
    var path: String? {
        let raw = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return raw.removingPercentEncoding
    }

    /// The first value of query parameter `name`, percent-decoded.
    func queryValue(_ name: String) -> String? {
        guard let question = target.firstIndex(of: "?") else { return nil }
        for pair in target[target.index(after: question)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.first.flatMap({ String($0).removingPercentEncoding }) == name else { continue }
            return parts.count > 1 ? String(parts[1]).removingPercentEncoding : ""
        }
        return nil
    }

    /// Whether the client keeps the connection open after the response (HTTP/1.1 unless `close`;
    /// HTTP/1.0 only with `keep-alive`).
    var keepsAlive: Bool {
        let options = values(of: "Connection").flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if options.contains("close") { return false }
        return minorVersion == 1 || options.contains("keep-alive")
    }

    /// Whether a body follows the head: any `Transfer-Encoding`, or a `Content-Length` other than 0.
    /// An unreadable length counts as a body (the connection cannot be framed after it).
    var announcesBody: Bool {
        if !values(of: "Transfer-Encoding").isEmpty { return true }
        return values(of: "Content-Length").contains { Int($0) != 0 }
    }
}
