/// Decides which input values can be drawn and counts the ones left out, for the chart's notes.
struct DataCleaning {
    /// Values beyond this magnitude are treated as invalid: their spans would overflow.
    static let largestValue = 1e300
    /// The smallest positive value a log axis accepts.
    static let smallestLogValue = 1e-300

    private(set) var invalid = 0
    private(set) var notPositive = 0
    private(set) var outsideRange = 0
    private var extra: [String] = []

    /// Whether `value` can be placed on an axis of `scale`; counts it as dropped if not.
    mutating func accepts(_ value: Double, on scale: AxisScale) -> Bool {
        guard value.isFinite, abs(value) <= Self.largestValue else {
            invalid += 1
            return false
        }
        if scale == .log && value < Self.smallestLogValue {
            notPositive += 1
            return false
        }
        return true
    }

    /// Whether `value` is finite and sane; counts it as dropped if not.
    mutating func acceptsNumber(_ value: Double?) -> Bool {
        guard let value, value.isFinite, abs(value) <= Self.largestValue else {
            if value != nil { invalid += 1 }
            return false
        }
        return true
    }

    /// Counts a value dropped because it lies outside a fixed axis range.
    mutating func dropOutsideRange() { outsideRange += 1 }

    /// Counts a value dropped as invalid.
    mutating func dropInvalid() { invalid += 1 }

    /// Adds a note of the chart's own.
    mutating func note(_ text: String) { extra.append(text) }

    /// Whether `value` lies in a fixed `extent` (any value does when the extent is not fixed).
    static func inside(_ value: Double, extent: AxisExtent?) -> Bool {
        guard case .fixed(let lower, let upper)? = extent, lower < upper else { return true }
        return value >= lower && value <= upper
    }

    /// Sentences saying what was left out.
    var notes: [String] {
        var notes: [String] = []
        if invalid > 0 { notes.append("\(Self.count(invalid, "value")) missing or not a number; not shown.") }
        if notPositive > 0 { notes.append("\(Self.count(notPositive, "value")) at or below zero; not shown on the log axis.") }
        if outsideRange > 0 { notes.append("\(Self.count(outsideRange, "value")) outside the axis range; not shown.") }
        return notes + extra
    }

    /// "1 value", "3 values".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
