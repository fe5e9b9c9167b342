public import AtlasContent

/// "Cite this": a plain-text reference and a BibTeX entry for an entity page.
enum Citation {
    static func plain(entry: Entry, url: String) -> String {
        let asOf = entry.common.asOf.map { ", as of \($0)" } ?? ""
        return "Atlas contributors. “\(entry.title).” Atlas of the AI-infrastructure buildout, \(entry.id.kind.singular.lowercased())\(asOf). \(url)"
    }

    static func bibtex(entry: Entry, url: String) -> String {
        let year = entry.common.asOf.map { "\n  year = {\($0.year)}," } ?? ""
        let asOf = entry.common.asOf.map { ", as of \($0)" } ?? ""
        return """
        @misc{atlas-\(entry.id.kind.rawValue)-\(entry.id.slug),
          author = {{Atlas contributors}},
          title = {\(escape(entry.title))},\(year)
          howpublished = {\\url{\(url)}},
          note = {Atlas of the AI-infrastructure buildout, \(entry.id.kind.singular.lowercased())\(asOf)}
        }
        """
    }

    /// Escapes LaTeX's special characters.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "\\": output += "\\textbackslash{}"
            case "{", "}", "&", "%", "$", "#", "_": output += "\\" + String(character)
            case "~": output += "\\textasciitilde{}"
            case "^": output += "\\textasciicircum{}"
            default: output.append(character)
            }
        }
        return output
    }
}
