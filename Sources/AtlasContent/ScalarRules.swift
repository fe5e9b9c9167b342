/// Strict readings of YAML scalars: one spelling per value, no YAML 1.1 surprises.
///
/// Yams (libyaml) hands over the scalar's text and style; these rules decide what it means,
/// so `no` never becomes `false`, `010` never becomes 8, and `1:30` never becomes 90.
enum ScalarRules {
    /// A plain scalar's text that YAML 1.1 would not read as a string, and what it would read it as.
    static func nonStringReading(_ text: String) -> String? {
        if nullWords.contains(text) { return "an empty value (null)" }
        if boolWords.contains(text) { return "a boolean" }
        if specialFloats.contains(text) { return "a special number" }
        if looksNumeric(text) { return "a number" }
        if looksLikeTimestamp(text) { return "a date" }
        return nil
    }

    /// Plain `true`/`false` only.
    static func bool(_ text: String, quoted: Bool) -> Result<Bool, ScalarError> {
        if !quoted, text == "true" { return .success(true) }
        if !quoted, text == "false" { return .success(false) }
        if boolWords.contains(text) {
            return .failure(.init("`\(text)` is ambiguous (YAML 1.1 reads it as a boolean, YAML 1.2 as text); write `true` or `false`"))
        }
        return .failure(.init("expected `true` or `false`, found \(describe(text, quoted: quoted))"))
    }

    /// A plain decimal integer without sign tricks, separators, units or leading zeros.
    static func int(_ text: String, quoted: Bool) -> Result<Int, ScalarError> {
        if let problem = numberProblem(text, quoted: quoted) { return .failure(problem) }
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : text[...]
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            if looksDecimal(text) { return .failure(.init("expected a whole number, found `\(text)`")) }
            return .failure(.init("expected a whole number, found \(describe(text, quoted: quoted))"))
        }
        if digits.count > 1, digits.first == "0" {
            return .failure(.init("`\(text)` has a leading zero, which YAML 1.1 reads as an octal number; write it without the zero"))
        }
        guard let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
            return .failure(.init("`\(text)` is out of range (integer overflow)"))
        }
        return .success(value)
    }

    /// A plain finite decimal number.
    static func double(_ text: String, quoted: Bool) -> Result<Double, ScalarError> {
        if let problem = numberProblem(text, quoted: quoted) { return .failure(problem) }
        guard looksDecimal(text), let value = Double(text) else {
            return .failure(.init("expected a number, found \(describe(text, quoted: quoted))"))
        }
        let unsigned = text.drop { $0 == "-" || $0 == "+" }
        if unsigned.count > 1, unsigned.first == "0", unsigned.dropFirst().first?.isNumber == true {
            return .failure(.init("`\(text)` has a leading zero, which YAML 1.1 reads as an octal number; write it without the zero"))
        }
        guard value.isFinite else { return .failure(.init("`\(text)` is out of range (not a finite number)")) }
        return .success(value)
    }

    /// Problems common to every numeric field, checked before parsing.
    private static func numberProblem(_ text: String, quoted: Bool) -> ScalarError? {
        if quoted {
            return looksNumeric(text)
                ? ScalarError("numbers must not be quoted: write \(text), not \"\(text)\"")
                : ScalarError("expected a number, found the text \"\(text)\"")
        }
        if specialFloats.contains(text) {
            return ScalarError("`\(text)` is not a finite number; give a real value or leave the field out")
        }
        if boolWords.contains(text) {
            return ScalarError("`\(text)` is not a number (YAML 1.1 reads it as a boolean)")
        }
        if let first = text.first, first.isNumber || first == "-" || first == "+" || first == "." {
            if text.contains(" ") {
                return ScalarError("`\(text)` has a unit or text inside the value; write the bare number (the unit is in the field's name)")
            }
            if text.contains(",") {
                return ScalarError("`\(text)` uses a thousands separator; write digits only, e.g. \(text.replacing(",", with: ""))")
            }
            if text.contains(":") {
                return ScalarError("`\(text)` is a YAML 1.1 sexagesimal (base-60) number; write a plain number or quote text")
            }
            if text.contains("_") {
                return ScalarError("`\(text)` uses `_` as a separator; write digits only")
            }
            let lower = text.lowercased()
            if lower.hasPrefix("0x") || lower.hasPrefix("0o") || lower.hasPrefix("0b") {
                return ScalarError("`\(text)` is not a decimal number")
            }
        }
        return nil
    }

    private static func describe(_ text: String, quoted: Bool) -> String {
        if quoted { return "the text \"\(text)\"" }
        if nullWords.contains(text) { return "an empty value" }
        return "`\(text)`"
    }

    /// Digits with an optional sign, decimal point and exponent.
    private static func looksDecimal(_ text: String) -> Bool {
        var sawDigit = false
        var previous: Character = " "
        for (index, character) in text.enumerated() {
            switch character {
            case "0"..."9": sawDigit = true
            case "-", "+": if index != 0 && previous != "e" && previous != "E" { return false }
            case ".", "e", "E": break
            default: return false
            }
            previous = character
        }
        return sawDigit
    }

    /// Anything a YAML 1.1 or 1.2 resolver might read as a number.
    private static func looksNumeric(_ text: String) -> Bool {
        guard let first = text.first, first.isNumber || "+-.".contains(first) else { return false }
        let allowed = Set("0123456789abcdefABCDEFxXoO_.:+-")
        return text.contains(where: \.isNumber) && text.allSatisfy { allowed.contains($0) }
    }

    private static func looksLikeTimestamp(_ text: String) -> Bool {
        let scalars = Array(text.utf8.prefix(5))
        return scalars.count == 5 && scalars[0..<4].allSatisfy { (0x30...0x39).contains($0) } && scalars[4] == UInt8(ascii: "-")
    }

    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
    static let boolWords: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
        "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
    ]
    static let specialFloats: Set<String> = [
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    ]
}

/// Why a scalar was rejected.
struct ScalarError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
