/// "Did you mean" suggestions by edit distance.
public enum Spelling {
    /// The closest candidate within a small edit distance, if any.
    static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        let length = lowered.unicodeScalars.count
        let limit = max(1, word.count / 3)
        // Ties go to the alphabetically first candidate, so no sort is needed (hints run once per
        // unresolved name, and a hostile file can hold many thousands).
        var best: (String, Int)?
        for candidate in candidates {
            // The distance is at least the difference in length: skip the quadratic work.
            let other = candidate.lowercased()
            guard abs(other.unicodeScalars.count - length) <= min(limit, best?.1 ?? .max) else { continue }
            let distance = editDistance(lowered, other)
            guard distance <= limit else { continue }
            if let current = best, (current.1, current.0) <= (distance, candidate) { continue }
            best = (candidate, distance)
        }
        return best?.0
    }

    /// ` (did you mean `x`?)` or nothing.
    static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        suggestion(for: word, among: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension Spelling {
    /// Public form of `hint(for:among:)` for other modules' messages.
    public static func hintText(for word: String, among candidates: [String]) -> String {
        hint(for: word, among: candidates)
    }
}
