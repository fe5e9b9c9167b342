/// How a result was computed: which model and version, from which inputs, under which assumptions.
public struct Provenance: Sendable, Hashable {
    /// The model's name, e.g. `capacity`.
    public var model: String
    /// `ModelVersion.current` when the result was computed.
    public var modelVersion: String
    /// The caller's inputs, in the order the model reads them.
    public var inputs: [ProvenanceInput]
    /// The parameters the model supplied itself, with their sources.
    public var assumptions: [Parameter]

    /// Creates a provenance record for the current model version.
    public init(model: String, inputs: [ProvenanceInput], assumptions: [Parameter]) {
        self.model = model
        self.modelVersion = ModelVersion.current
        self.inputs = inputs
        self.assumptions = assumptions
    }

    /// Joins another record's inputs and assumptions, for results composed of several models.
    public func merging(_ other: Provenance) -> Provenance {
        var merged = self
        for input in other.inputs where !merged.inputs.contains(input) { merged.inputs.append(input) }
        for assumption in other.assumptions where !merged.assumptions.contains(assumption) {
            merged.assumptions.append(assumption)
        }
        return merged
    }
}

/// One input a caller gave to a model.
public struct ProvenanceInput: Sendable, Hashable {
    /// Machine name in snake_case, e.g. `power_mw`.
    public var name: String
    /// The value.
    public var value: Value
    /// Unit, empty for text and flags.
    public var unit: String

    /// An input's value: a number, a word or a flag.
    public enum Value: Sendable, Hashable {
        /// A number.
        case number(Double)
        /// A word such as a preset's name.
        case text(String)
        /// A yes-or-no switch.
        case flag(Bool)
    }

    /// Creates a numeric input.
    public init(_ name: String, _ number: Double, unit: String) {
        self.name = name
        self.value = .number(number)
        self.unit = unit
    }

    /// Creates a text input.
    public init(_ name: String, text: String) {
        self.name = name
        self.value = .text(text)
        self.unit = ""
    }

    /// Creates a flag input.
    public init(_ name: String, flag: Bool) {
        self.name = name
        self.value = .flag(flag)
        self.unit = ""
    }
}
