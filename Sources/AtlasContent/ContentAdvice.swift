/// Warnings about content that is valid but likely needs care: stale sources, orphans.
public enum ContentAdvice {
    /// How old the newest source of a sourced entity may be before it is called stale.
    public static let staleAfterYears = 2

    /// Advice for every entity of `graph`, as of `today`.
    public static func warnings(for graph: ContentGraph, today: PartialDate) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for entry in graph.entries.values {
            // A retired site's sources are naturally old.
            if entry.id.kind == .facilities, case .facility(let facility) = entry.details, facility.status != .retired {
                let dates = (entry.common.sources ?? []).compactMap(\.date)
                if let newest = dates.max(), isStale(newest, today: today) {
                    warnings.append(Diagnostic(path: entry.path, location: entry.locations["sources"], severity: .warning,
                                               message: "the newest source is from \(newest), more than \(staleAfterYears) years ago; check for newer facts"))
                } else if dates.isEmpty, !(entry.common.sources ?? []).isEmpty {
                    warnings.append(Diagnostic(path: entry.path, location: entry.locations["sources"], severity: .warning,
                                               message: "no source has a `date`, so the atlas cannot tell whether the facts are current"))
                }
            }
            if entry.id.kind == .organizations, (graph.backlinks[entry.id] ?? []).isEmpty {
                warnings.append(Diagnostic(path: entry.path, location: entry.locations["title"], severity: .warning,
                                           message: "no entry references this organization; link it from a facility, chip, deal or text, or remove it"))
            }
        }
        return warnings.sorted()
    }

    private static func isStale(_ date: PartialDate, today: PartialDate) -> Bool {
        let months = (today.year - date.year) * 12 + ((today.month ?? 1) - (date.month ?? 12))
        return months > staleAfterYears * 12
    }
}
