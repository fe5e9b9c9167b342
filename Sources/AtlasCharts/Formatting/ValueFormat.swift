/// How a value reads in labels, tooltips and tables: plain numbers, SI prefixes, money, percentages, years.
///
/// Formatting is locale-free and deterministic: the same value prints the same bytes on every machine.
public struct ValueFormat: Sendable, Hashable {
    /// The way numbers are written.
    public enum Notation: Sendable, Hashable {
        /// Grouped digits with the unit in the axis title: "1,200" (ticks), "1,200 MW" (tooltips).
        case plain
        /// SI prefixes on the unit: "1.2 PFLOP/s", "350 kW".
        case si
        /// Money with short-scale suffixes: "$1.2B", "$350M".
        case currency(symbol: String)
        /// Values already in percent: 25 → "25%".
        case percent
        /// Calendar years, without grouping: "2024".
        case year
        /// Powers of ten, for quantities spanning many orders of magnitude: "2.1×10²⁵ FLOP".
        case scientific
    }

    /// The way numbers are written.
    public var notation: Notation
    /// The unit after the number ("MW", "FLOP/s"); empty for none.
    public var unit: String
    /// Most decimals for plain, percent and year values; significant digits (at least 1) for the others.
    public var precision: Int

    /// A format from its parts; prefer the static constructors.
    public init(notation: Notation, unit: String = "", precision: Int = 3) {
        self.notation = notation
        self.unit = unit
        self.precision = min(max(precision, 0), 9)
    }

    /// Grouped digits with at most `decimals` decimals: "1,200 MW", "1.12".
    public static func number(unit: String = "", decimals: Int = 2) -> ValueFormat {
        ValueFormat(notation: .plain, unit: unit, precision: decimals)
    }

    /// SI prefixes on `unit`: "1.2 PFLOP/s".
    public static func si(unit: String, significantDigits: Int = 3) -> ValueFormat {
        ValueFormat(notation: .si, unit: unit, precision: significantDigits)
    }

    /// Money with short-scale suffixes: "$1.2B".
    public static func currency(_ symbol: String = "$", significantDigits: Int = 3) -> ValueFormat {
        ValueFormat(notation: .currency(symbol: symbol), precision: significantDigits)
    }

    /// US dollars: "$1.2B".
    public static let usd = currency("$")

    /// Values in percent: 25 → "25%".
    public static func percent(decimals: Int = 1) -> ValueFormat {
        ValueFormat(notation: .percent, precision: decimals)
    }

    /// Calendar years: "2024".
    public static let year = ValueFormat(notation: .year, precision: 2)

    /// Powers of ten: "2.1×10²⁵ FLOP".
    public static func scientific(unit: String = "", significantDigits: Int = 2) -> ValueFormat {
        ValueFormat(notation: .scientific, unit: unit, precision: significantDigits)
    }

    /// The unit to name in an axis title, when tick labels leave it out ("Power (MW)").
    public var axisTitleUnit: String? {
        switch notation {
        case .plain, .year: unit.isEmpty ? nil : unit
        case .si, .currency, .percent, .scientific: nil
        }
    }

    /// The value in full, with its unit, for tooltips and tables: "1,200 MW", "$1.25B".
    public func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        switch notation {
        case .plain:
            if abs(value) >= DecimalText.largestFixed { return DecimalText.scientific(value, significantDigits: 3) + unitSuffix }
            return DecimalText.fixed(value, decimals: precision, groupsThousands: true) + unitSuffix
        case .year:
            return DecimalText.fixed(value, decimals: precision) + unitSuffix
        case .percent:
            return DecimalText.fixed(value, decimals: precision, groupsThousands: true) + "%" + unitSuffix
        case .si:
            return prefixed(value, prefixes: Self.siPrefixes) { number, prefix in siText(number, prefix) }
        case .currency(let symbol):
            return prefixed(value, prefixes: Self.shortScale) { number, prefix in moneyText(number, prefix, symbol: symbol) }
        case .scientific:
            return DecimalText.scientific(value, significantDigits: significantDigits) + unitSuffix
        }
    }

    /// The value for a table cell whose column header names the unit: "1,200" for a plain format, else as `format`.
    public func cellText(_ value: Double) -> String {
        guard axisTitleUnit != nil else { return format(value) }
        var bare = self
        bare.unit = ""
        return bare.format(value)
    }

    /// A column header naming the unit when cells leave it out: "Power (MW)".
    public func columnTitle(_ name: String) -> String {
        axisTitleUnit.map { "\(name) (\($0))" } ?? name
    }

    /// A compact tick label; `step` is the distance to the next tick and sets the decimals.
    func tickLabel(_ value: Double, step: Double) -> String {
        guard value.isFinite else { return "" }
        if value == 0, notation == .si { return "0" }
        switch notation {
        case .plain:
            let magnitude = abs(value)
            if magnitude >= DecimalText.largestFixed { return DecimalText.scientific(value, significantDigits: 2) }
            if magnitude >= 1e6 {
                let (scale, word) = magnitude >= 1e12 ? (1e12, "trillion") : magnitude >= 1e9 ? (1e9, "billion") : (1e6, "million")
                return DecimalText.fixed(value / scale, decimals: Self.decimals(for: step / scale)) + " " + word
            }
            return DecimalText.fixed(value, decimals: Self.decimals(for: step), groupsThousands: true)
        case .year:
            return DecimalText.fixed(value, decimals: Self.decimals(for: step))
        case .percent:
            return DecimalText.fixed(value, decimals: Self.decimals(for: step), groupsThousands: true) + "%"
        case .si:
            return tickPrefixed(value, step: step, prefixes: Self.siPrefixes) { number, prefix in siText(number, prefix) }
        case .currency(let symbol):
            return tickPrefixed(value, step: step, prefixes: Self.shortScale) { number, prefix in moneyText(number, prefix, symbol: symbol) }
        case .scientific:
            return DecimalText.scientific(value, significantDigits: min(significantDigits, 2)) + unitSuffix
        }
    }

    // MARK: - Parts

    private typealias Prefix = (scale: Double, symbol: String)

    private static let siPrefixes: [Prefix] = [
        (1e24, "Y"), (1e21, "Z"), (1e18, "E"), (1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"),
    ]
    private static let shortScale: [Prefix] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]

    private var significantDigits: Int { max(precision, 1) }

    private var unitSuffix: String { unit.isEmpty ? "" : " " + unit }

    /// "1.2 PFLOP/s", or "1.2k" without a unit; `number` carries the sign.
    private func siText(_ number: String, _ prefix: String) -> String {
        unit.isEmpty ? number + prefix : number + " " + prefix + unit
    }

    /// "$1.2B", "−$350M"; the sign goes before the symbol.
    private func moneyText(_ number: String, _ prefix: String, symbol: String) -> String {
        let negative = number.hasPrefix(DecimalText.minus)
        let digits = negative ? String(number.dropFirst()) : number
        return (negative ? DecimalText.minus : "") + symbol + digits + prefix + unitSuffix
    }

    /// The value with the largest prefix that keeps at least 1 before the point after rounding.
    private func prefixed(_ value: Double, prefixes: [Prefix], compose: (String, String) -> String) -> String {
        let magnitude = abs(value)
        if let top = prefixes.first, magnitude >= top.scale * 999.5 {
            return DecimalText.scientific(value, significantDigits: significantDigits) + unitSuffix
        }
        for prefix in prefixes where magnitude >= prefix.scale * 0.9995 {
            let number = DecimalText.significant(value / prefix.scale, digits: significantDigits)
            return compose(number, prefix.symbol)
        }
        let number = DecimalText.significant(value, digits: significantDigits)
        if number.hasSuffix("1,000"), let smallest = prefixes.last {
            return compose((value < 0 ? DecimalText.minus : "") + "1", smallest.symbol)
        }
        return compose(number, "")
    }

    private func tickPrefixed(_ value: Double, step: Double, prefixes: [Prefix], compose: (String, String) -> String) -> String {
        let magnitude = abs(value)
        if let top = prefixes.first, magnitude >= top.scale * 999.5 {
            return DecimalText.scientific(value, significantDigits: 2) + unitSuffix
        }
        let prefix = prefixes.first { magnitude >= $0.scale * 0.9995 }
        let scale = prefix?.scale ?? 1
        let number = DecimalText.fixed(value / scale, decimals: Self.decimals(for: step / scale), groupsThousands: true)
        return compose(number, prefix?.symbol ?? "")
    }

    /// Decimals that tell ticks `step` apart: 0.5 → 1, 0.25 → 2, 20 → 0.
    static func decimals(for step: Double) -> Int {
        guard step.isFinite, step > 0 else { return 0 }
        var decimals = 0
        var scaled = step
        while decimals < 9, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            decimals += 1
        }
        return decimals
    }
}
