/// Bounds the work a GFM table can cause, before cmark-gfm sees the text.
///
/// cmark-gfm 0.29.0.gfm.6 pads every body row to the header's width while parsing, so a
/// wide header over many short rows makes work and output quadratic in the input size.
/// This estimate (columns of each delimiter row × lines until the next blank line) is an
/// upper bound on the cells cmark-gfm would create.
enum TableGuard {
    /// The first table whose cells push the document over `limit`, as (header line, cells so far).
    static func firstExcess(in source: String, limit: Int) -> (line: Int, cells: Int)? {
        // Bytes, not Characters: this runs over every body, and `\r\n` is one Character.
        var source = source
        return source.withUTF8 { bytes -> (line: Int, cells: Int)? in
            guard bytes.contains(UInt8(ascii: "|")) else { return nil }
            var total = 0
            var previous: Slice<UnsafeBufferPointer<UInt8>> = bytes[0..<0]
            var lineNumber = 0
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[...]
            while let line = lines.popFirst() {
                lineNumber += 1
                defer { previous = line }
                guard isDelimiterRow(line), previous.contains(UInt8(ascii: "|")) else { continue }
                let columns = line.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: true)
                    .filter { !$0.allSatisfy(isBlank) }.count
                let rows = lines.prefix { !$0.allSatisfy { isBlank($0) || $0 == UInt8(ascii: "\r") } }.count + 1
                total += columns * rows
                if total > limit { return (lineNumber - 1, total) }
            }
            return nil
        }
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// `|---|:--:|` and friends: only pipes, dashes, colons and spaces, with at least one dash.
    private static func isDelimiterRow(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var sawDash = false
        for character in line {
            switch character {
            case UInt8(ascii: "-"): sawDash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return false
            }
        }
        return sawDash
    }
}
