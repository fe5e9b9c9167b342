/// Characters that change how text looks without being seen, refused where they could mislead.
///
/// Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a title or a
/// source read differently from what it says ("Trojan Source"), so no text field may hold them.
/// Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) make two titles that look the same
/// differ, so titles may not hold them; other text may (U+200C/U+200D join letters in several
/// scripts and emoji).
public enum InvisibleCharacters {
    /// Bidirectional embedding, override and isolate controls.
    public static let bidiControls: Set<Unicode.Scalar> = Set((0x202A...0x202E).compactMap(Unicode.Scalar.init))
        .union((0x2066...0x2069).compactMap(Unicode.Scalar.init))
    /// Zero-width spaces, joiners and the word joiner / BOM.
    public static let zeroWidth: Set<Unicode.Scalar> = Set((0x200B...0x200D).compactMap(Unicode.Scalar.init))
        .union([Unicode.Scalar(0x2060)!, Unicode.Scalar(0xFEFF)!])

    /// Why `text` may not be used as any text field, or nil when it may.
    public static func problemInText(_ text: String) -> String? {
        guard let scalar = text.unicodeScalars.first(where: bidiControls.contains) else { return nil }
        return "contains the invisible bidirectional control \(codePoint(scalar)), which can make text read differently from what it says; remove it"
    }

    /// Why `text` may not be used as a title, or nil when it may.
    public static func problemInTitle(_ text: String) -> String? {
        if let problem = problemInText(text) { return problem }
        guard let scalar = text.unicodeScalars.first(where: zeroWidth.contains) else { return nil }
        return "contains the zero-width character \(codePoint(scalar)), which makes titles that look the same differ; remove it"
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
