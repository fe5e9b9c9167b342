public import ArgumentParser
internal import AtlasSimulation

/// Turns bad numbers on the command line into `ValidationError`s (exit code 2).
///
/// `Double("nan")` and `Double("inf")` parse, so every option is checked for being finite too.
enum ArgumentCheck {
    static func positive(_ value: Double, _ option: String) throws {
        guard value.isFinite, value > 0 else { throw ValidationError("\(option) must be a finite number greater than zero, got \(value)") }
    }

    static func positive(_ value: Double?, _ option: String) throws {
        if let value { try positive(value, option) }
    }

    static func nonNegative(_ value: Double, _ option: String) throws {
        guard value.isFinite, value >= 0 else { throw ValidationError("\(option) must be a finite number of zero or more, got \(value)") }
    }

    static func nonNegative(_ value: Double?, _ option: String) throws {
        if let value { try nonNegative(value, option) }
    }

    static func fraction(_ value: Double?, _ option: String, allowingZero: Bool = false) throws {
        guard let value else { return }
        guard value.isFinite, value <= 1, allowingZero ? value >= 0 : value > 0 else {
            throw ValidationError("\(option) must be \(allowingZero ? "between 0 and 1" : "greater than 0 and at most 1"), got \(value)")
        }
    }

    static func count(_ value: Int?, _ option: String, minimum: Int = 1) throws {
        guard let value else { return }
        guard value >= minimum else { throw ValidationError("\(option) must be at least \(minimum), got \(value)") }
    }

    /// Runs a core model, reporting its refusal as a usage error.
    static func model<Result>(_ body: () throws(SimulationError) -> Result) throws -> Result {
        do {
            return try body()
        } catch {
            throw ValidationError(error.description)
        }
    }
}
