/// A link with its text.
struct LinkItem: Sendable {
    let title: String
    let url: String
    var note: String? = nil
    var isLast = false
}

/// The header, navigation and footer shared by every page.
struct SiteChrome: Sendable {
    let title: String
    let home: String
    let stylesheet: String
    let chartStylesheet: String
    let search: String
    let nav: [NavLink]
}

/// One navigation entry; `current` marks the section being viewed.
struct NavLink: Sendable {
    let title: String
    let url: String
    let current: Bool
}

/// Per-page metadata for `<head>` and breadcrumbs.
struct PageMeta: Sendable {
    let title: String
    let description: String
    let canonical: String
    /// OpenGraph type: `website` or `article`.
    let type: String
    /// Atom feeds announced in `<head>`.
    let feeds: [LinkItem]
    let breadcrumbs: [LinkItem]
    /// More than the home crumb (stored: Mustache reads stored properties only).
    let showBreadcrumbs: Bool
}

extension [LinkItem] {
    /// Marks the last item, so templates can put separators between items.
    func markingLast() -> [LinkItem] {
        var items = self
        if !items.isEmpty { items[items.count - 1].isLast = true }
        return items
    }
}
