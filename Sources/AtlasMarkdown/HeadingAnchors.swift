/// Gives each rendered heading a stable, unique `id` and a self-link, GitHub style.
///
/// cmark-gfm emits headings as bare `<hN>` tags in document order, and in safe mode no
/// raw HTML reaches the output, so the n-th `<hN>` in the HTML is the n-th heading.
enum HeadingAnchors {
    /// Returns the HTML with ids added and the headings with their ids.
    static func apply(to html: String, headings: [MarkdownHeading]) -> (html: String, headings: [MarkdownHeading]) {
        var taken: Set<String> = []
        // The next suffix to try per base id: without it, n equal headings cost n² probes.
        var nextSuffix: [String: Int] = [:]
        var anchored = headings
        for index in anchored.indices {
            let base = slug(anchored[index].text)
            let candidate = base.isEmpty ? "section" : base
            var id = candidate
            var suffix = nextSuffix[candidate] ?? 1
            if taken.contains(id) {
                repeat {
                    id = "\(candidate)-\(suffix)"
                    suffix += 1
                } while taken.contains(id)
                nextSuffix[candidate] = suffix
            }
            taken.insert(id)
            anchored[index].id = id
        }

        // Scan bytes once: `<hN>` and `</hN>` are ASCII, and searching a String per heading is slow.
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + headings.count * 100)
        var position = 0
        var next = 0
        func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
        }
        while next < anchored.count {
            let heading = anchored[next]
            let open = Array("<h\(heading.level)>".utf8), close = Array("</h\(heading.level)>".utf8)
            var start = position
            while start < bytes.count, !matches(open, at: start) { start += 1 }
            guard start < bytes.count else { break }
            var end = start + open.count
            while end < bytes.count, !matches(close, at: end) { end += 1 }
            guard end < bytes.count else { break }
            let id = heading.id ?? ""
            output += bytes[position..<start]
            output += Array("<h\(heading.level) id=\"\(id)\">".utf8)
            output += bytes[(start + open.count)..<end]
            output += Array(" <a class=\"heading-anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a>".utf8)
            output += close
            position = end + close.count
            next += 1
        }
        output += bytes[position...]
        let result = String(decoding: output, as: UTF8.self)
        return (result, anchored)
    }

    /// GitHub's heading slug: lowercase, letters, digits, `-` and `_` kept, spaces to `-`.
    static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                result.append("-")
            } else if scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic
                || scalar.properties.numericType != nil {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
