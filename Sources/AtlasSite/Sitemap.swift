/// `sitemap.xml` and `robots.txt`.
enum Sitemap {
    /// A sitemap of absolute URLs in route order (no dates: output must not depend on the clock).
    static func xml(routes: [String], baseURL: SiteURL) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in routes.sorted() {
            xml += "  <url><loc>\(HTMLEscaping.escape(baseURL.absolute(route)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// Allows everything and points at the sitemap.
    static func robots(baseURL: SiteURL) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(baseURL.absolute("sitemap.xml"))\n"
    }
}
