/// Bounds the work a GFM table can cause, before cmark-gfm sees the text.
///
/// cmark-gfm 0.29.0.gfm.6 pads every body row to the header's width while parsing, so a
/// wide header over many short rows makes work and output quadratic in the input size.
/// This estimate (columns of each delimiter row × lines until the next blank line) is an
/// upper bound on the cells cmark-gfm would create.
enum TableGuard {
    /// The first table whose cells push the document over `limit`, as (header line, cells so far).
    static func firstExcess(in source: String, limit: Int) -> (line: Int, cells: Int)? {
        var total = 0
        var previous: Substring = ""
        var lineNumber = 0
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.popFirst() {
            lineNumber += 1
            defer { previous = line }
            guard isDelimiterRow(line), previous.contains("|") else { continue }
            let columns = line.split(separator: "|", omittingEmptySubsequences: true)
                .filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }.count
            let rows = lines.prefix { !$0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }.count + 1
            total += columns * rows
            if total > limit { return (lineNumber - 1, total) }
        }
        return nil
    }

    /// `|---|:--:|` and friends: only pipes, dashes, colons and spaces, with at least one dash.
    private static func isDelimiterRow(_ line: Substring) -> Bool {
        var sawDash = false
        for character in line.utf8 {
            switch character {
            case UInt8(ascii: "-"): sawDash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return false
            }
        }
        return sawDash
    }
}
