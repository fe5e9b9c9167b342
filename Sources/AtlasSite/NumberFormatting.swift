/// Fixed, locale-free number formatting so that output is byte-identical everywhere.
enum NumberFormatting {
    /// Groups thousands with commas and keeps at most `decimals` decimals, trimming zeros: 1200 → "1,200", 1.045 → "1.045".
    static func decimal(_ value: Double, decimals: Int = 3) -> String {
        guard value.isFinite else { return "–" }
        // Beyond 10^15 digits stop meaning anything (and Int would overflow): use powers of ten.
        if abs(value) >= 1e15 { return scientific(value) }
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

extension NumberFormatting {
    /// Three significant figures with an SI prefix: 5.89e19 FLOP/s → "58.9 EFLOP/s".
    static func si(_ value: Double, unit: String) -> String {
        guard value.isFinite else { return "–" }
        let prefixes = [(1e24, "Y"), (1e21, "Z"), (1e18, "E"), (1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")]
        for (scale, prefix) in prefixes where abs(value) >= scale {
            return significant(value / scale) + " " + prefix + unit
        }
        return significant(value) + " " + unit
    }

    /// Three significant figures, grouped: 59523 → "59,500", 4.913 → "4.91", 0.0123 → "0.0123".
    static func significant(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite, value != 0 else { return value == 0 ? "0" : "–" }
        var magnitude = 0
        var scaled = abs(value)
        while scaled >= 10 { scaled /= 10; magnitude += 1 }
        while scaled < 1 { scaled *= 10; magnitude -= 1 }
        let decimals = max(0, digits - 1 - magnitude)
        if decimals == 0 {
            let step = (0..<max(0, magnitude - digits + 1)).reduce(1.0) { value, _ in value * 10 }
            return decimal((value / step).rounded() * step, decimals: 0)
        }
        return decimal(value, decimals: decimals)
    }

    /// `3.8 × 10²⁵`.
    static func scientific(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return decimal(value) }
        var exponent = 0
        var mantissa = abs(value)
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        while mantissa < 1 { mantissa *= 10; exponent -= 1 }
        let superscripts: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻"]
        let power = String(String(exponent).map { superscripts[$0] ?? $0 })
        return (value < 0 ? "−" : "") + decimal(mantissa, decimals: 2) + " × 10" + power
    }

    /// Large counts in words: 11,400,000 → "11.4 million".
    static func compact(_ value: Double) -> String {
        if abs(value) >= 1e9 { return significant(value / 1e9) + " billion" }
        if abs(value) >= 1e6 { return significant(value / 1e6) + " million" }
        return integer(Int(value.rounded()))
    }

    /// A fraction as a percentage with one decimal: 0.7313 → "73.1 %".
    static func percent(_ fraction: Double) -> String {
        decimal(fraction * 100, decimals: 1) + " %"
    }
}
