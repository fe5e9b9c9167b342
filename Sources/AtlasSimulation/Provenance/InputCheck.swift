/// Guards that turn a bad number into a `SimulationError` before any arithmetic sees it.
enum InputCheck {
    /// Finite and greater than zero.
    static func positive(_ value: Double, _ name: String) throws(SimulationError) {
        guard value.isFinite, value > 0 else {
            throw .invalidInput(name: name, value: value, requirement: "a finite number greater than zero")
        }
    }

    /// Finite and zero or more.
    static func nonNegative(_ value: Double, _ name: String) throws(SimulationError) {
        guard value.isFinite, value >= 0 else {
            throw .invalidInput(name: name, value: value, requirement: "a finite number of zero or more")
        }
    }

    /// Finite and within `range`.
    static func within(_ value: Double, _ range: ClosedRange<Double>, _ name: String) throws(SimulationError) {
        guard value.isFinite, range.contains(value) else {
            throw .invalidInput(name: name, value: value, requirement: "between \(range.lowerBound) and \(range.upperBound)")
        }
    }

    /// A fraction greater than zero and at most one, such as an efficiency.
    static func unitFraction(_ value: Double, _ name: String) throws(SimulationError) {
        guard value.isFinite, value > 0, value <= 1 else {
            throw .invalidInput(name: name, value: value, requirement: "greater than 0 and at most 1")
        }
    }

    /// A count of at least `minimum`.
    static func count(_ value: Int, _ name: String, minimum: Int = 1) throws(SimulationError) {
        guard value >= minimum else {
            throw .invalidInput(name: name, value: Double(value), requirement: "a whole number of at least \(minimum)")
        }
    }

    /// A result that must be finite, as a last line of defence against overflow.
    static func finite(_ value: Double, _ name: String) throws(SimulationError) {
        guard value.isFinite else {
            throw .invalidInput(name: name, value: value, requirement: "finite (the inputs overflow the arithmetic)")
        }
    }
}
