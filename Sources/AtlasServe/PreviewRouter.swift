internal import Foundation
public import AtlasContent

/// A response of the preview server, independent of the HTTP library.
public struct PreviewResponse: Sendable, Equatable {
    /// HTTP status code.
    public var status: Int
    /// `Content-Type` header.
    public var contentType: String
    /// Extra headers, e.g. `Location`.
    public var headers: [String: String] = [:]
    /// The body.
    public var body: [UInt8]

    /// The body as text, for tests and logs.
    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// Maps request paths to the snapshot's files: confined to the site, pretty URLs, live reload injected.
///
/// Pure and synchronous, so tests exercise it in memory without a socket.
public struct PreviewRouter: Sendable {
    /// Where the long-poll endpoint lives; outside any content slug (slugs cannot start with `_`).
    public static let reloadPath = "/__atlas/wait"

    /// Creates a router.
    public init() {}

    /// The response for a request path (already percent-decoded once by the HTTP layer; never decoded again).
    public func response(for path: String, in snapshot: PreviewSnapshot) -> PreviewResponse {
        guard path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else { return badRequest }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return badRequest }
        let relative = segments.joined(separator: "/")

        if relative.isEmpty || path.hasSuffix("/") {
            let index = relative.isEmpty ? "index.html" : relative + "/index.html"
            if let bytes = snapshot.files[index] { return page(bytes, status: 200, snapshot: snapshot) }
        } else if let bytes = snapshot.files[relative] {
            return file(bytes, path: relative, snapshot: snapshot)
        } else if snapshot.files[relative + "/index.html"] != nil {
            return PreviewResponse(status: 301, contentType: "text/plain; charset=utf-8", headers: ["Location": "/" + relative + "/"], body: Array("Moved".utf8))
        }
        if let notFound = snapshot.files["404.html"] { return page(notFound, status: 404, snapshot: snapshot) }
        return PreviewResponse(status: 404, contentType: "text/plain; charset=utf-8", body: Array("Not found".utf8))
    }

    /// The long poll's answer: the version, and the errors if the build failed.
    public func changeNotice(_ snapshot: PreviewSnapshot) -> PreviewResponse {
        let errors = snapshot.failure.map { "\"" + jsonEscape($0.description) + "\"" }.joined(separator: ",")
        return PreviewResponse(status: 200, contentType: "application/json", headers: ["Cache-Control": "no-store"],
                               body: Array("{\"version\":\(snapshot.version),\"errors\":[\(errors)]}".utf8))
    }

    private var badRequest: PreviewResponse {
        PreviewResponse(status: 400, contentType: "text/plain; charset=utf-8", body: Array("Bad request".utf8))
    }

    private func file(_ bytes: [UInt8], path: String, snapshot: PreviewSnapshot) -> PreviewResponse {
        if path.hasSuffix(".html") { return page(bytes, status: 200, snapshot: snapshot) }
        return PreviewResponse(status: 200, contentType: Self.contentType(for: path), headers: ["Cache-Control": "no-store"], body: bytes)
    }

    /// HTML with the reload script (and the error overlay after a failed build) before `</body>`.
    private func page(_ bytes: [UInt8], status: Int, snapshot: PreviewSnapshot) -> PreviewResponse {
        var html = String(decoding: bytes, as: UTF8.self)
        let injection = LiveReload.overlay(for: snapshot.failure) + LiveReload.script(version: snapshot.version)
        if let close = html.range(of: "</body>", options: .backwards) {
            html.insert(contentsOf: injection, at: close.lowerBound)
        } else {
            html += injection
        }
        return PreviewResponse(status: status, contentType: "text/html; charset=utf-8", headers: ["Cache-Control": "no-store"], body: Array(html.utf8))
    }

    static func contentType(for path: String) -> String {
        switch path.split(separator: ".").last.map(String.init) ?? "" {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "csv": "text/csv; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }

    private func jsonEscape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "<": output += "\\u003c"
            default:
                if scalar.value < 0x20 { output += String(format: "\\u%04x", scalar.value) } else { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }
}
