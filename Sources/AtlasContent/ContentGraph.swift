/// A link from one entity to another, seen from the target.
public struct Backlink: Sendable, Hashable, Comparable {
    /// The entity that refers.
    public var source: EntryID
    /// The front-matter field it refers from, or nil for a mention in its text.
    public var field: String?

    /// Orders by source, then field.
    public static func < (lhs: Backlink, rhs: Backlink) -> Bool {
        (lhs.source, lhs.field ?? "") < (rhs.source, rhs.field ?? "")
    }
}

/// Every entity of a build, indexed, with references resolved both ways.
public struct ContentGraph: Sendable {
    /// Entities by id.
    public let entries: [EntryID: Entry]
    /// Entities of each kind, sorted by slug.
    public let byKind: [ContentKind: [Entry]]
    /// Who refers to each entity, sorted.
    public let backlinks: [EntryID: [Backlink]]

    /// The entity with `id`, if present.
    public subscript(_ id: EntryID) -> Entry? { entries[id] }

    /// Entities of `kind`, sorted by slug.
    public func entries(of kind: ContentKind) -> [Entry] { byKind[kind] ?? [] }

    /// Unresolved references that get a "did you mean" hint in one build; later ones get none.
    public static let maximumSpellingHints = 200

    /// Indexes `entries`, resolves front-matter references and records text mentions as backlinks.
    ///
    /// Reports duplicate slugs and titles within a kind and references that resolve to nothing.
    /// `broken` names entities whose files exist but did not parse: references to them are not
    /// reported again, since the file's own errors explain them.
    public static func build(entries: [Entry], mentions: [EntryID: Set<EntryID>] = [:], broken: Set<EntryID> = []) -> (graph: ContentGraph, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var table: [EntryID: Entry] = [:]
        // Title → path of the entry that has it, per kind.
        var titles: [ContentKind: [String: String]] = [:]
        // Entries are large values: sort their positions, not the values.
        let pathOrder = entries.indices.sorted { entries[$0].path < entries[$1].path }
        for entry in pathOrder.lazy.map({ entries[$0] }) {
            if let existing = table[entry.id] {
                diagnostics.append(Diagnostic(
                    path: entry.path, location: entry.locations["slug"],
                    message: "duplicate slug `\(entry.id.slug)`: \(existing.path) already uses it"
                ))
                continue
            }
            let titleKey = entry.title.lowercased()
            if let existing = titles[entry.id.kind]?[titleKey] {
                diagnostics.append(Diagnostic(
                    path: entry.path, location: entry.locations["title"],
                    message: "duplicate title \"\(entry.title)\": \(existing) already uses it"
                ))
            }
            titles[entry.id.kind, default: [:]][titleKey] = entry.path
            table[entry.id] = entry
        }

        var backlinks: [EntryID: Set<Backlink>] = [:]
        // Who refers to each entity from front matter, to skip text mentions of the same pair.
        var referrers: [EntryID: Set<EntryID>] = [:]
        // "Did you mean" costs an edit distance per candidate: offer it for the first unresolved
        // names only, so a file listing thousands of unknown slugs still builds in a blink.
        var slugsByKind: [ContentKind: [String]] = [:]
        for id in table.keys { slugsByKind[id.kind, default: []].append(id.slug) }
        var hintsLeft = maximumSpellingHints
        // In path order, so which names get a hint does not depend on hashing.
        for entry in pathOrder.lazy.map({ entries[$0] }) where table[entry.id]?.path == entry.path {
            for reference in entry.details.references {
                if table[reference.target] != nil {
                    backlinks[reference.target, default: []].insert(Backlink(source: entry.id, field: reference.field))
                    referrers[reference.target, default: []].insert(entry.id)
                } else if !broken.contains(reference.target) {
                    let candidates = hintsLeft > 0 ? slugsByKind[reference.target.kind] ?? [] : []
                    hintsLeft -= 1
                    diagnostics.append(Diagnostic(
                        path: entry.path, location: entry.locations[reference.field],
                        message: "`\(reference.field)`: no \(reference.target.kind.rawValue) entry `\(reference.target.slug)` "
                            + "(expected content/\(reference.target.kind.rawValue)/\(reference.target.slug).md)"
                            + Spelling.hint(for: reference.target.slug, among: candidates)
                    ))
                }
            }
        }
        for (source, targets) in mentions {
            for target in targets where target != source && table[target] != nil {
                if referrers[target]?.contains(source) != true { backlinks[target, default: []].insert(Backlink(source: source, field: nil)) }
            }
        }

        var byKind: [ContentKind: [Entry]] = [:]
        for entry in table.values { byKind[entry.id.kind, default: []].append(entry) }
        for kind in byKind.keys { byKind[kind]!.sort { $0.id.slug < $1.id.slug } }
        let graph = ContentGraph(
            entries: table, byKind: byKind,
            backlinks: backlinks.mapValues { $0.sorted() }
        )
        return (graph, diagnostics.sorted())
    }
}
