public import AtlasContent

/// The site's URL scheme: every page's site-relative path, in one place.
public enum Routes {
    /// `facilities/x/`, or `about/` for a free page.
    public static func entry(_ id: EntryID) -> String {
        id.kind == .pages ? "\(id.slug)/" : "\(id.kind.rawValue)/\(id.slug)/"
    }

    /// `facilities/`.
    public static func list(_ kind: ContentKind) -> String { "\(kind.rawValue)/" }

    /// `data/`, the downloads page.
    public static let data = "data/"

    /// `search/`, the search page.
    public static let search = "search/"

    /// `tags/`.
    public static let tags = "tags/"

    /// `tags/x/`.
    public static func tag(_ tag: String) -> String { "tags/\(tag)/" }

    /// `status/operational/`.
    public static func status(_ status: FacilityStatus) -> String { "status/\(status.rawValue)/" }

    /// `siting/subsea/`.
    public static func siting(_ siting: Siting) -> String { "siting/\(siting.rawValue)/" }

    /// The file a page path is written to: `facilities/x/` → `facilities/x/index.html`.
    static func file(for route: String) -> String { route + "index.html" }

    /// The entity a site path such as `/facilities/x/` names, if it has that shape.
    static func entryID(forPath path: String) -> EntryID? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if parts.count == 2, let kind = ContentKind(rawValue: String(parts[0])), kind != .pages {
            return EntryID(kind: kind, slug: String(parts[1]))
        }
        if parts.count == 1, ContentKind(rawValue: String(parts[0])) == nil {
            return EntryID(kind: .pages, slug: String(parts[0]))
        }
        return nil
    }
}
