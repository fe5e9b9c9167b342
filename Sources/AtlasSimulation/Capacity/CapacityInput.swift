/// What the capacity model needs to know about a facility.
public struct CapacityInput: Sendable, Hashable {
    /// The quoted power figure, MW.
    public var powerMW: Double
    /// What `powerMW` measures.
    public var basis: PowerBasis
    /// Design (peak) power usage effectiveness; nil uses `CapacityModel.defaultPUE`.
    public var pue: Double?
    /// The declared fleet; when empty the count is derived from IT power and `accelerator`.
    public var fleet: [FleetItem]
    /// The accelerator to derive a count for when no fleet is declared.
    public var accelerator: Accelerator?

    /// Creates an input.
    public init(powerMW: Double, basis: PowerBasis, pue: Double? = nil, fleet: [FleetItem] = [], accelerator: Accelerator? = nil) {
        self.powerMW = powerMW
        self.basis = basis
        self.pue = pue
        self.fleet = fleet
        self.accelerator = accelerator
    }
}
