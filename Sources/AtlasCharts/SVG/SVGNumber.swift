/// Prints coordinates with a fixed number of decimals: never NaN, infinity or "-0".
enum SVGNumber {
    /// `value` with at most `decimals` decimals ("12.5", "12", "0"); non-finite values print as "0".
    static func format(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else {
            assertionFailure("non-finite coordinate")
            return "0"
        }
        return DecimalText.fixed(value, decimals: decimals, minusSign: "-")
    }

    /// The shortest form for path data: leading zeros dropped (".5", "-.5").
    static func compact(_ value: Double, decimals: Int = 1) -> String {
        var text = format(value, decimals: decimals)
        if text.hasPrefix("0.") { text.removeFirst() } else if text.hasPrefix("-0.") { text.remove(at: text.index(after: text.startIndex)) }
        return text
    }

    /// "x,y x,y …" for a `points` attribute.
    static func points(_ points: [ChartPoint]) -> String {
        points.map { format($0.x) + "," + format($0.y) }.joined(separator: " ")
    }
}
