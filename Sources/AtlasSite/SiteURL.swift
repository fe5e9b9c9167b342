/// The site's base URL, split into the origin and the path every link starts with.
public struct SiteURL: Sendable, Hashable, CustomStringConvertible {
    /// `https://host` or empty for a path-only base.
    public let origin: String
    /// Always starts and ends with `/`, e.g. `/atlas/`.
    public let basePath: String

    /// Where `atlas build` points links when no `--base-url` is given.
    public static let `default` = SiteURL(origin: "http://localhost:8000", basePath: "/")

    private init(origin: String, basePath: String) {
        self.origin = origin
        self.basePath = basePath
    }

    /// Parses `https://host/sub/`, `http://host:port` or a path like `/sub/`; nil if malformed.
    public init?(parsing text: String) {
        var rest = Substring(text)
        var origin = ""
        for scheme in ["https://", "http://"] where rest.lowercased().hasPrefix(scheme) {
            let afterScheme = rest.dropFirst(scheme.count)
            let host = afterScheme.prefix { $0 != "/" }
            guard !host.isEmpty else { return nil }
            origin = String(rest.prefix(scheme.count)).lowercased() + host
            rest = afterScheme.dropFirst(host.count)
        }
        if origin.isEmpty, !rest.hasPrefix("/") { return nil }
        guard !rest.contains(where: { $0.isWhitespace || "\"'<>\\?#".contains($0) }) else { return nil }
        let segments = rest.split(separator: "/")
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        self.origin = origin
        self.basePath = segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
    }

    /// The link for a site-relative path such as `facilities/x/` (no leading slash).
    public func link(_ relative: String) -> String { basePath + relative }

    /// The absolute URL for a site-relative path, for sitemaps and canonical links.
    public func absolute(_ relative: String) -> String { origin + basePath + relative }

    /// The full base URL.
    public var description: String { origin + basePath }
}
