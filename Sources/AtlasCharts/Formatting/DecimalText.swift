import Foundation

/// Turns doubles into digits without Locale or Foundation, so every build prints the same bytes.
///
/// All number text in the module (labels, tables, coordinates) goes through here; values are
/// rounded in integer arithmetic, never printed with `%f` or `description`.
enum DecimalText {
    /// The typographic minus used in visible text ("−3"); data files use ASCII "-".
    static let minus = "\u{2212}"

    /// Largest magnitude printed digit by digit; beyond it the integer arithmetic would overflow.
    static let largestFixed = 1e15

    /// `value` rounded to `decimals` places: "1,234.5" with grouping, "1234.50" without trimming.
    ///
    /// Never prints "-0": a value that rounds to zero loses its sign.
    static func fixed(
        _ value: Double,
        decimals: Int,
        trimsZeros: Bool = true,
        groupsThousands: Bool = false,
        minusSign: String = minus
    ) -> String {
        guard value.isFinite else { return "0" }
        let places = min(max(decimals, 0), 9)
        let scale = powerOfTen(places)
        let magnitude = abs(value)
        guard magnitude * scale < 9e18 else {
            return scientific(value, significantDigits: 3, minusSign: minusSign)
        }
        let scaled = Int64((magnitude * scale).rounded())
        let divisor = Int64(scale)
        let whole = scaled / divisor
        var fraction = ""
        if places > 0 {
            let digits = String(scaled % divisor)
            fraction = String(repeating: "0", count: places - digits.count) + digits
            if trimsZeros {
                while fraction.hasSuffix("0") { fraction.removeLast() }
            }
        }
        var text = groupsThousands ? grouped(whole) : String(whole)
        if !fraction.isEmpty { text += "." + fraction }
        return (value < 0 && scaled != 0 ? minusSign : "") + text
    }

    /// `value` with about `significantDigits` significant digits, trailing zeros trimmed: 1234 → "1,230" (grouped).
    static func significant(_ value: Double, digits: Int, groupsThousands: Bool = true, minusSign: String = minus) -> String {
        guard value.isFinite, value != 0 else { return "0" }
        let magnitude = abs(value)
        if magnitude >= largestFixed { return scientific(value, significantDigits: digits, minusSign: minusSign) }
        let exponent = decimalExponent(of: magnitude)
        let decimals = max(0, digits - 1 - exponent)
        if decimals > 9 { return scientific(value, significantDigits: digits, minusSign: minusSign) }
        // Past the significant digits, round to whole tens or hundreds: 1234 → 1230.
        var rounded = magnitude
        if exponent >= digits {
            let roundingStep = powerOfTen(exponent - digits + 1)
            rounded = (magnitude / roundingStep).rounded() * roundingStep
        }
        return fixed(value < 0 ? -rounded : rounded, decimals: decimals, groupsThousands: groupsThousands, minusSign: minusSign)
    }

    /// "2.1×10²⁵", or "10²⁵" for an exact power of ten; mantissa with up to `significantDigits` digits.
    static func scientific(_ value: Double, significantDigits: Int, minusSign: String = minus) -> String {
        guard value.isFinite, value != 0 else { return "0" }
        let magnitude = abs(value)
        var exponent = decimalExponent(of: magnitude)
        var mantissa = magnitude / power(10, exponent)
        let decimals = max(0, significantDigits - 1)
        let scale = powerOfTen(min(decimals, 9))
        mantissa = (mantissa * scale).rounded() / scale
        if mantissa >= 10 {
            mantissa /= 10
            exponent += 1
        }
        let sign = value < 0 ? minusSign : ""
        let power = "10" + superscript(exponent)
        if mantissa == 1 { return sign + power }
        return sign + fixed(mantissa, decimals: decimals) + "×" + power
    }

    /// The exponent `e` with 10^e ≤ magnitude < 10^(e+1), exact at powers of ten.
    static func decimalExponent(of magnitude: Double) -> Int {
        guard magnitude.isFinite, magnitude > 0 else { return 0 }
        var exponent = Int(log10(magnitude).rounded(.down))
        // log10 can land one off near exact powers of ten; settle it against exact powers.
        while exponent > -320, power(10, exponent) > magnitude { exponent -= 1 }
        while exponent < 320, power(10, exponent + 1) <= magnitude { exponent += 1 }
        return exponent
    }

    /// 10^exponent parsed from text, so it is the closest double on every platform.
    static func power(_ base: Int, _ exponent: Int) -> Double {
        precondition(base == 10, "only powers of ten are exact through parsing")
        return Double("1e\(exponent)") ?? (exponent < 0 ? 0 : .greatestFiniteMagnitude)
    }

    /// Digits of `value` in Unicode superscripts, for exponents: -3 → "⁻³".
    static func superscript(_ value: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var text = String(abs(value)).map { digits[Int(String($0))!] }.map(String.init).joined()
        if value < 0 { text = "⁻" + text }
        return text
    }

    /// A machine-readable number for data files: ASCII, no grouping, shortest form that reads back exactly.
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == 0 { return "0" }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    private static func grouped(_ value: Int64) -> String {
        let digits = Array(String(value))
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { output.append(",") }
            output.append(digit)
        }
        return output
    }

    private static func powerOfTen(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

}
