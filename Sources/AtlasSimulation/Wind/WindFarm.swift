/// A wind farm: capacity, turbine curve and losses.
public struct WindFarm: Sendable, Hashable {
    /// Nameplate capacity, MW.
    public var capacityMW: Double
    /// The turbine's power curve.
    public var curve: PowerCurve
    /// Wake, electrical and availability losses.
    public var losses: WindLosses

    /// Creates a farm.
    public init(capacityMW: Double, curve: PowerCurve, losses: WindLosses = .typical) {
        self.capacityMW = capacityMW
        self.curve = curve
        self.losses = losses
    }
}
