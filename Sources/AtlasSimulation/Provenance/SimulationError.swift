/// Why a model refused its inputs; models never return NaN or infinity instead.
public enum SimulationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A number is outside what the model accepts (negative, zero, NaN, infinite, too large).
    case invalidInput(name: String, value: Double, requirement: String)
    /// A value the model needs was not given and has no default.
    case missingInput(name: String, reason: String)
    /// A preset name is not in the catalogue.
    case unknownPreset(kind: String, name: String, known: [String])
    /// The combination of options is not modelled.
    case unsupported(String)

    /// A sentence for a person at a terminal.
    public var description: String {
        switch self {
        case let .invalidInput(name, value, requirement):
            "\(name) must be \(requirement), got \(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)")"
        case let .missingInput(name, reason):
            "\(name) is required: \(reason)"
        case let .unknownPreset(kind, name, known):
            "unknown \(kind) `\(name)`; known: \(known.joined(separator: ", "))"
        case let .unsupported(message):
            message
        }
    }
}
