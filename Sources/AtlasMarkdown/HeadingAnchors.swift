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

        var output = ""
        output.reserveCapacity(html.utf8.count + headings.count * 80)
        var rest = html[...]
        var next = 0
        while next < anchored.count, let open = rest.firstRange(of: "<h\(anchored[next].level)>") {
            let heading = anchored[next]
            let closeTag = "</h\(heading.level)>"
            guard let close = rest[open.upperBound...].firstRange(of: closeTag) else { break }
            let id = heading.id ?? ""
            output += rest[..<open.lowerBound]
            output += "<h\(heading.level) id=\"\(id)\">"
            output += rest[open.upperBound..<close.lowerBound]
            output += " <a class=\"heading-anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a>"
            output += closeTag
            rest = rest[close.upperBound...]
            next += 1
        }
        output += rest
        return (output, anchored)
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
