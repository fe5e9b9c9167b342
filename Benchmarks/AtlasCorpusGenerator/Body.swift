/// Writes a Markdown body of 300–1,500 words of varied GitHub-flavoured Markdown: headings, paragraphs
/// with emphasis, code spans and links to existing entities, lists, task lists, tables, quotes,
/// fenced code and footnotes.
struct BodyWriter {
    let plan: CorpusPlan
    var random: SplitMix64
    var text = ""
    var words = 0
    var footnotes = 0

    /// Appends `piece`, counting its words (runs of non-space characters).
    mutating func append(_ piece: String) {
        var inWord = false
        for byte in piece.utf8 {
            let space = byte == 0x20 || byte == 0x0A
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        text += piece
    }

    /// A body of about `target` words.
    mutating func write(target: Int) -> String {
        paragraph()
        var usedHeadings: Set<String> = []
        while words < target {
            var heading = random.pick(Vocabulary.headings)
            if usedHeadings.contains(heading) { heading += " \(usedHeadings.count)" }
            usedHeadings.insert(heading)
            append("\n## \(heading)\n\n")
            for _ in 0..<random.int(1...3) where words < target {
                switch random.below(12) {
                case 0, 1: bulletList()
                case 2: orderedList()
                case 3, 4: table()
                case 5: quote()
                case 6: code()
                case 7: taskList()
                case 8:
                    append("\n### \(random.pick(Vocabulary.headings)) in detail\n\n")
                    paragraph()
                default: paragraph()
                }
            }
        }
        if footnotes > 0 {
            append("\n")
            for n in 1...footnotes {
                append("[^\(n)]: \(sentence(min: 6, max: 14)) See \(link()).\n")
            }
        }
        return text
    }

    /// A Markdown link to a random existing entity.
    mutating func link() -> String {
        let (kind, index) = plan.linkTarget(&random)
        return "[\(plan.title(kind, index))](/\(kind.rawValue)/\(plan.slug(kind, index))/)"
    }

    /// A sentence of plain words, some decorated.
    mutating func sentence(min: Int = 8, max: Int = 22) -> String {
        let count = random.int(min...max)
        var parts: [String] = []
        parts.reserveCapacity(count)
        for i in 0..<count {
            var word = random.pick(Vocabulary.words)
            if i == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            switch random.below(40) {
            case 0: word = "*\(word)*"
            case 1: word = "**\(word)**"
            case 2: word = "`\(word)_\(random.int(1...99))`"
            case 3: word = "\(random.int(2...950)) MW"
            case 4 where i > 0: word = "~~\(word)~~"
            case 5 where i > 0: word = "\(random.int(1...99)),\(random.int(100...999)) GPUs"
            default: break
            }
            parts.append(word)
        }
        return parts.joined(separator: " ") + "."
    }

    mutating func paragraph() {
        var sentences: [String] = []
        for _ in 0..<random.int(3...7) {
            var s = sentence()
            if random.chance(0.35) { s += " It is linked to \(link())." }
            if random.chance(0.08) {
                footnotes += 1
                s += "[^\(footnotes)]"
            }
            sentences.append(s)
        }
        append(sentences.joined(separator: " ") + "\n\n")
    }

    mutating func bulletList() {
        for _ in 0..<random.int(3...7) {
            append(random.chance(0.3) ? "- **\(random.pick(Vocabulary.headings)):** \(sentence(min: 5, max: 12))\n" : "- \(sentence(min: 4, max: 14))\n")
            if random.chance(0.1) { append("  - \(sentence(min: 3, max: 8)) See \(link()).\n") }
        }
        append("\n")
    }

    mutating func orderedList() {
        for n in 1...random.int(3...6) { append("\(n). \(sentence(min: 5, max: 15))\n") }
        append("\n")
    }

    mutating func taskList() {
        for _ in 0..<random.int(2...5) { append("- [\(random.chance(0.5) ? "x" : " ")] \(sentence(min: 3, max: 8))\n") }
        append("\n")
    }

    mutating func table() {
        let columns = random.int(3...5)
        let headers = random.distinct(columns, of: Vocabulary.headings.count).map { Vocabulary.headings[$0] }
        append("| " + headers.joined(separator: " | ") + " |\n")
        append("|" + String(repeating: " --- |", count: columns) + "\n")
        for _ in 0..<random.int(3...9) {
            var cells: [String] = []
            for c in 0..<columns {
                switch c {
                case 0: cells.append(random.chance(0.3) ? link() : "Phase \(random.int(1...9))")
                case 1: cells.append("\(random.int(1...2000)) MW")
                case 2: cells.append("\(random.int(2018...2030))")
                default: cells.append(random.pick(Vocabulary.words) + " " + random.pick(Vocabulary.words))
                }
            }
            append("| " + cells.joined(separator: " | ") + " |\n")
        }
        append("\n")
    }

    mutating func quote() {
        append("> \(sentence()) \(sentence())\n>\n> \(sentence(min: 4, max: 8))\n\n")
    }

    mutating func code() {
        append("```text\n")
        for _ in 0..<random.int(2...6) {
            append("phase_\(random.int(1...9)) power_mw=\(random.int(10...900)) pue=1.\(random.int(10...40)) status=\(random.pick(Vocabulary.words))\n")
        }
        append("```\n\n")
    }
}
