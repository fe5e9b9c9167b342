/// Estimates how wide text will draw, from Helvetica's advance widths, since no font metrics are at hand.
///
/// The site's sans-serif stacks (system-ui, Segoe UI, Roboto, Helvetica, Arial) are close to
/// Helvetica; a small margin covers the difference, so estimates err on the wide side.
enum TextMeasure {
    /// Advance widths of ASCII 32…126 in thousandths of an em (Helvetica).
    private static let asciiWidths: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
    ]

    /// Safety margin over Helvetica for the other fonts in the stack.
    private static let margin = 1.08
    /// Bold text is about this much wider.
    private static let boldFactor = 1.08

    /// The estimated width of `text` at `fontSize` pixels.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var thousandths = 0
        for scalar in text.unicodeScalars {
            thousandths += advance(of: scalar)
        }
        return Double(thousandths) / 1000 * fontSize * margin * (bold ? boldFactor : 1)
    }

    /// `text` shortened with "…" to fit `maxWidth`; unchanged when it fits.
    static func truncate(_ text: String, toFit maxWidth: Double, fontSize: Double, bold: Bool = false) -> String {
        guard width(text, fontSize: fontSize, bold: bold) > maxWidth else { return text }
        var characters = Array(text)
        while !characters.isEmpty {
            characters.removeLast()
            let candidate = String(characters).trimmingTrailingSpaces() + "…"
            if width(candidate, fontSize: fontSize, bold: bold) <= maxWidth { return candidate }
        }
        return width("…", fontSize: fontSize, bold: bold) <= maxWidth ? "…" : ""
    }

    /// `text` broken into at most `maxLines` lines of `maxWidth`; the last line ends in "…" if text was left over.
    static func wrap(_ text: String, width maxWidth: Double, fontSize: Double, bold: Bool = false, maxLines: Int) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty, maxLines > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word : current + " " + word
            if width(candidate, fontSize: fontSize, bold: bold) <= maxWidth || current.isEmpty {
                current = candidate
                index += 1
                continue
            }
            lines.append(current)
            current = ""
            if lines.count == maxLines { break }
        }
        if lines.count < maxLines, !current.isEmpty {
            lines.append(current)
            current = ""
        }
        let leftOver = index < words.count || !current.isEmpty
        if var last = lines.popLast() {
            if leftOver { last += " " + words[index...].joined(separator: " ") }
            lines.append(truncate(last, toFit: maxWidth, fontSize: fontSize, bold: bold))
        }
        return lines.map { truncate($0, toFit: maxWidth, fontSize: fontSize, bold: bold) }
    }

    private static func advance(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 32 && value <= 126 { return asciiWidths[Int(value) - 32] }
        switch value {
        case 0x2026, 0x2014: return 1000 // … —
        case 0x2013, 0x2212, 0x00D7: return 584 // – − ×
        case 0x2070...0x209F, 0x00B2, 0x00B3, 0x00B9: return 380 // superscripts
        case 0x00B0: return 400 // °
        case 0x0300...0x036F, 0x200B...0x200F: return 0 // combining marks, zero-width
        case 0x2009, 0x202F: return 200 // thin spaces
        case 0x00A0: return 278
        case 0x1100...0x11FF, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60: return 1000 // CJK, full-width
        case 0x1F000...0x1FAFF: return 1000 // emoji
        default: return 600
        }
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
