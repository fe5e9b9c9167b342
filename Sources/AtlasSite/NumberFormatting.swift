/// Fixed, locale-free number formatting so that output is byte-identical everywhere.
enum NumberFormatting {
    /// Groups thousands with commas and keeps at most `decimals` decimals, trimming zeros: 1200 → "1,200", 1.045 → "1.045".
    static func decimal(_ value: Double, decimals: Int = 3) -> String {
        guard value.isFinite else { return "–" }
        let negative = value < 0
        let scale = pow10(decimals)
        let rounded = (abs(value) * scale).rounded() / scale
        let whole = rounded.rounded(.down)
        var fraction = Int(((rounded - whole) * scale).rounded())
        var wholeInt = Int(whole)
        if fraction >= Int(scale) { wholeInt += 1; fraction = 0 }
        var text = grouped(wholeInt)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: decimals - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return (negative && (wholeInt != 0 || fraction != 0) ? "−" : "") + text
    }

    /// An integer with thousands separators.
    static func integer(_ value: Int) -> String {
        (value < 0 ? "−" : "") + grouped(abs(value))
    }

    /// US dollars in words for large amounts: "$500 million", "$4.2 billion".
    static func usd(_ value: Int) -> String {
        let amount = Double(value)
        if amount >= 1e12 { return "$" + decimal(amount / 1e12, decimals: 2) + " trillion" }
        if amount >= 1e9 { return "$" + decimal(amount / 1e9, decimals: 2) + " billion" }
        if amount >= 1e6 { return "$" + decimal(amount / 1e6, decimals: 1) + " million" }
        return "$" + integer(value)
    }

    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { output.append(",") }
            output.append(digit)
        }
        return output
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
