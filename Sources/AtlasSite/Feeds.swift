public import AtlasContent

/// Atom feeds: every investment by date, and entries by their `as_of` date.
enum Feeds {
    /// Site-relative paths of the feeds.
    static let investments = "feeds/investments.xml"
    static let updates = "feeds/updates.xml"

    /// Entries in the updates feed.
    static let updatesLimit = 50

    static func files(graph: ContentGraph, baseURL: SiteURL) -> [OutputFile] {
        let deals = ListPage.ordered(graph.entries(of: .investments), kind: .investments).compactMap { entry -> (Entry, PartialDate)? in
            guard case .investment(let deal) = entry.details else { return nil }
            return (entry, deal.date)
        }
        let dated = graph.entries.values.filter { $0.id.kind != .pages }.compactMap { entry in entry.common.asOf.map { (entry, $0) } }
            .sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
            .prefix(updatesLimit)
        return [
            OutputFile(path: investments, text: atom(title: "Atlas: investments", path: investments, items: deals, baseURL: baseURL)),
            OutputFile(path: updates, text: atom(title: "Atlas: recently updated entries", path: updates, items: Array(dated), baseURL: baseURL)),
        ]
    }

    /// An Atom 1.0 document; dates come from the content, never the clock.
    static func atom(title: String, path: String, items: [(Entry, PartialDate)], baseURL: SiteURL) -> String {
        let feedURL = baseURL.absolute(path)
        let updated = items.map(\.1).max().map(timestamp) ?? "1970-01-01T00:00:00Z"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>\(HTMLEscaping.escape(title))</title>
          <id>\(HTMLEscaping.escape(feedURL))</id>
          <link rel="self" href="\(HTMLEscaping.escape(feedURL))"/>
          <link href="\(HTMLEscaping.escape(baseURL.absolute("")))"/>
          <updated>\(updated)</updated>
          <author><name>Atlas contributors</name></author>

        """
        for (entry, date) in items {
            let url = baseURL.absolute(Routes.entry(entry.id))
            xml += """
              <entry>
                <title>\(HTMLEscaping.escape(entry.title))</title>
                <id>\(HTMLEscaping.escape(url))</id>
                <link href="\(HTMLEscaping.escape(url))"/>
                <updated>\(timestamp(date))</updated>
                <category term="\(entry.id.kind.rawValue)"/>
                <summary>\(HTMLEscaping.escape(entry.common.summary ?? entry.title))</summary>
              </entry>

            """
        }
        return xml + "</feed>\n"
    }

    /// RFC 3339 at midnight UTC; a year or month alone means its first day.
    static func timestamp(_ date: PartialDate) -> String {
        let month = date.month ?? 1, day = date.day ?? 1
        return "\(date.year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)T00:00:00Z"
    }
}
